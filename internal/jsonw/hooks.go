package jsonw

// Source holds the hand-written encoders of package source, which sets
// them in its init, for the hand-written encoders of the packages that
// hold its values (the event header): each appends to b the JSON of the
// value v points to, a *source.Time, a *source.Attribution or a
// *source.Count, as json.Marshal writes it, or returns an error.
var Source struct {
	Time, Attribution, Count func(b []byte, v any) ([]byte, error)
}
