package event

import (
	"fmt"
	"time"
)

// Duration is a time.Duration that encodes in JSON as text ("24h",
// "1h30m") rather than as a count of nanoseconds.
type Duration time.Duration

// String returns the duration as time.Duration writes it ("24h0m0s").
func (d Duration) String() string { return time.Duration(d).String() }

// MarshalText encodes the duration as time.Duration writes it.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes a duration written as time.ParseDuration reads it.
func (d *Duration) UnmarshalText(text []byte) error {
	v, err := time.ParseDuration(string(text))
	if err != nil {
		return fmt.Errorf("event: invalid duration %q: %w", text, err)
	}
	*d = Duration(v)
	return nil
}
