package newsevent

// Limits bound the work and memory of reading untrusted JSON and JSON
// Lines: how long a line or a document may be, how deep values nest, how
// many keys an object and how many bytes a string may have, and how many
// records a story or stream may hold. Input beyond a limit is an error (a
// *[vocab.LimitError] inside a *[vocab.DecodeError] that says where),
// never a crash or an unbounded wait.
//
// A zero field takes its default ([DefaultLimits]); a negative one turns
// that limit off. Use the methods of Limits to read with other limits
// than the defaults:
//
//	s, err := newsevent.Limits{MaxLineBytes: 64 << 20}.ReadJSONL(r)
//
// Within the limits, every decoder runs in time linear in its input and
// holds at most one line (JSON Lines) or the document (JSON) and the
// records read.
type Limits struct {
	// MaxLineBytes is the longest line of JSON Lines; default 8 MiB.
	MaxLineBytes int
	// MaxDocumentBytes is the largest JSON document of a whole story;
	// default 1 GiB.
	MaxDocumentBytes int64
	// MaxDepth is how deep objects and lists may nest; default 64 (the
	// records of this library nest less than 20 levels).
	MaxDepth int
	// MaxKeys is the most keys one object may have; default 256 (no
	// record of this library has 30 fields).
	MaxKeys int
	// MaxStringBytes is the longest string, in bytes as written in JSON;
	// default 1 MiB.
	MaxStringBytes int
	// MaxRecords is the most records a story or a stream may hold;
	// default 10,000,000.
	MaxRecords int
}

// DefaultLimits returns the limits that the package's functions and a
// Story's UnmarshalJSON use.
func DefaultLimits() Limits {
	return Limits{
		MaxLineBytes:     8 << 20,
		MaxDocumentBytes: 1 << 30,
		MaxDepth:         64,
		MaxKeys:          256,
		MaxStringBytes:   1 << 20,
		MaxRecords:       10_000_000,
	}
}

// resolved returns the limits with zero fields set to their defaults and
// negative ones to 0, which the scanner reads as "no limit".
func (l Limits) resolved() Limits {
	d := DefaultLimits()
	pick := func(v, def int) int {
		switch {
		case v == 0:
			return def
		case v < 0:
			return 0
		}
		return v
	}
	l.MaxLineBytes = pick(l.MaxLineBytes, d.MaxLineBytes)
	switch {
	case l.MaxDocumentBytes == 0:
		l.MaxDocumentBytes = d.MaxDocumentBytes
	case l.MaxDocumentBytes < 0:
		l.MaxDocumentBytes = 0
	}
	l.MaxDepth = pick(l.MaxDepth, d.MaxDepth)
	l.MaxKeys = pick(l.MaxKeys, d.MaxKeys)
	l.MaxStringBytes = pick(l.MaxStringBytes, d.MaxStringBytes)
	l.MaxRecords = pick(l.MaxRecords, d.MaxRecords)
	return l
}
