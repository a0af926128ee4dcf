package source

import (
	"github.com/google/uuid"

	"github.com/newsevent/newsevent/internal/jsonw"
)

// The JSON of a count is written by hand, byte for byte what json.Marshal
// of countJSON writes (a test checks both on many counts, and that every
// field of Count, Time and Attribution is written here): a count is the
// most frequent value with a MarshalJSON of its own, whose output
// encoding/json re-scans, so making it by reflection as well cost twice.

// appendJSON appends the JSON of c to b.
func (c *Count) appendJSON(b []byte) ([]byte, error) {
	if b == nil {
		b = make([]byte, 0, 256)
	}
	o := jsonw.Start(b)
	if c.IsRange() {
		if c.Value != 0 {
			o.Float("value", c.Value)
		}
		o.Float("min", c.Min)
		o.Float("max", c.Max)
	} else {
		if c.Value != 0 || (!c.IsVague() && c.Period.IsZero()) {
			o.Float("value", c.Value)
		}
		if c.Min != 0 {
			o.Float("min", c.Min)
		}
		if c.Max != 0 {
			o.Float("max", c.Max)
		}
	}
	if c.Ref != "" {
		o.String("ref", c.Ref)
	}
	jsonw.Enum(&o, "qualifier", c.Qualifier)
	if c.Text != "" {
		o.String("text", c.Text)
	}
	o.String("measure", string(c.Measure))
	if c.Unit != "" {
		o.String("unit", string(c.Unit))
	}
	if c.Includes != nil {
		if o.Key("includes") {
			o.Set(appendStrings(o.Buf(), c.Includes), nil)
		}
	}
	if !c.AsOf.IsZero() {
		if o.Key("as_of") {
			o.Set(c.AsOf.appendJSON(o.Buf()))
		}
	}
	if c.Revises != "" {
		o.String("revises", c.Revises)
	}
	if c.RevisesIn != (uuid.UUID{}) {
		o.UUID("revises_in", [16]byte(c.RevisesIn))
	}
	if c.Attributions != nil {
		if o.Key("attributions") {
			o.Set(jsonw.Array(o.Buf(), c.Attributions, (*Attribution).appendJSON))
		}
	}
	if c.Magnitude != "" {
		jsonw.Enum(&o, "magnitude", c.Magnitude)
	}
	if c.Modality != "" {
		jsonw.Enum(&o, "modality", c.Modality)
	}
	if c.Broader != "" {
		o.String("broader", string(c.Broader))
	}
	if c.Per != "" {
		o.String("per", string(c.Per))
	}
	if c.Within != "" {
		o.String("within", c.Within)
	}
	if !c.Currency.IsZero() {
		putText(&o, "currency", c.Currency)
	}
	if !c.Period.IsZero() {
		putText(&o, "period", c.Period)
	}
	if c.Subject != "" {
		o.String("subject", string(c.Subject))
	}
	if !c.Of.IsZero() {
		o.UUID("of", [16]byte(c.Of))
	}
	if c.In != nil {
		if o.Key("in") {
			o.Set(jsonw.UUIDs(o.Buf(), c.In), nil)
		}
	}
	if c.Excluding != nil {
		if o.Key("excluding") {
			o.Set(jsonw.UUIDs(o.Buf(), c.Excluding), nil)
		}
	}
	if c.Excludes != nil {
		if o.Key("excludes") {
			o.Set(appendStrings(o.Buf(), c.Excludes), nil)
		}
	}
	if !c.Over.IsZero() {
		if o.Key("over") {
			o.Set(c.Over.appendJSON(o.Buf()))
		}
	}
	return o.End()
}

// appendJSON appends the JSON of a to b, as json.Marshal writes it; its
// quotes, which are rare, through json.Marshal.
func (a *Attribution) appendJSON(b []byte) ([]byte, error) {
	o := jsonw.Start(b)
	o.UUID("source", a.Source)
	jsonw.Enum(&o, "verb", a.Verb)
	if a.Text != "" {
		o.String("text", a.Text)
	}
	if a.Quotes != nil {
		o.Value("quotes", a.Quotes)
	}
	if !a.Grade.IsZero() {
		putText(&o, "grade", a.Grade)
	}
	return o.End()
}

// appendJSON appends the JSON of t to b, as json.Marshal writes it.
func (t *Time) appendJSON(b []byte) ([]byte, error) {
	o := jsonw.Start(b)
	if !t.Start.IsZero() {
		o.Time("start", t.Start)
	}
	if !t.End.IsZero() {
		o.Time("end", t.End)
	}
	if t.Precision != "" {
		jsonw.Enum(&o, "precision", t.Precision)
	}
	if t.Bound != "" {
		jsonw.Enum(&o, "bound", t.Bound)
	}
	if t.Text != "" {
		o.String("text", t.Text)
	}
	if t.Zone != "" {
		o.String("zone", t.Zone)
	}
	if t.Inferred != "" {
		o.String("inferred", t.Inferred)
	}
	return o.End()
}

// putText writes the member name with the text of v.
func putText[T interface{ MarshalText() ([]byte, error) }](o *jsonw.Object, name string, v T) {
	if o.Key(name) {
		data, err := v.MarshalText()
		if err != nil {
			o.Fail(err)
			return
		}
		o.Set(jsonw.String(o.Buf(), string(data)), nil)
	}
}

// appendStrings appends a JSON array of strings.
func appendStrings(b []byte, l []string) []byte {
	b = append(b, '[')
	for i, s := range l {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonw.String(b, s)
	}
	return append(b, ']')
}

// The hand-written encoders, for those of other packages (the event
// header), through internal/jsonw.
func init() {
	jsonw.Source.Time = func(b []byte, v any) ([]byte, error) { return v.(*Time).appendJSON(b) }
	jsonw.Source.Attribution = func(b []byte, v any) ([]byte, error) { return v.(*Attribution).appendJSON(b) }
	jsonw.Source.Count = func(b []byte, v any) ([]byte, error) { return v.(*Count).appendJSON(b) }
}
