package source_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsevent/newsevent/source"
)

// fuzzReadLocals are the zones of the place FuzzResolverRead tries, an
// unknown one and a bad one among them.
var fuzzReadLocals = []string{"", "Europe/Kyiv", "UTC+3", "America/New_York", "Kyiv time", "garbage"}

// FuzzResolverRead reads a report's phrases, separated by "|", in order
// with one Resolver, and checks that Read never panics; that a phrase it
// rejects is an error that starts with the package and changes nothing
// the Resolver remembers; that what it accepts is a valid Time with a date
// that keeps the phrase as written and covers its own start; that reading
// a phrase again from the same state gives the same Time; and that on a
// new Resolver, Read gives what Parse gives. A reference of 0 stands for
// the zero time.
func FuzzResolverRead(f *testing.F) {
	friday := time.Date(2025, 4, 25, 0, 0, 0, 0, time.UTC).Unix()
	for _, s := range []string{
		"on Thursday at 15:00 Kyiv time|at 18:00|the day before|at 09:00",
		"at 03:00 local time (00:00 GMT)|at 06:00|the next day",
		"at 10:00 Kyiv time|at 13:00 (10:00 GMT)|at 13:00 (11:00 GMT)",
		"the day before|Thursday|two days later|a week earlier",
		"at 18:00 GMT|garbage|at 19:00|by 18:00 UTC+2|at 20:00",
		"last week|the previous day|early March|at dawn",
		"at 03:30 local time|at 02:30 local time on March 30|at 03:30 local time on October 26",
		"Monday at 18:00 America/New_York|the following day at 01:30",
		"at 15:00 GMT|at 4:17 am (0117 GMT)|at 05:00|at 4:17 am (0217 GMT)",
		"at 03:00 local time|at 4:17 am (0117 GMT)|at 01:17 (04:17 local time)",
		"on January 10|since October 7|the next day|Wednesday, February 8, 2023|Monday's",
		"from July to August 2024|in June|the 7th of October|the day before|from 6 to 8 February 2023",
	} {
		for local := range fuzzReadLocals {
			f.Add(s, friday, uint8(local), false)
		}
	}
	f.Add("Wednesday|the day after|at noon UTC", friday, uint8(0), true)
	f.Add("at 18:00 GMT|the day before", int64(0), uint8(1), false)
	f.Fuzz(func(t *testing.T, report string, refUnix int64, local uint8, future bool) {
		var ref time.Time
		if refUnix != 0 {
			ref = time.Unix(refUnix, 0).UTC()
		}
		fresh := source.Resolver{Ref: ref, Future: future, Local: fuzzReadLocals[int(local)%len(fuzzReadLocals)]}
		r := fresh
		for i, phrase := range strings.SplitN(report, "|", 8) {
			before := r
			got, err := r.Read(phrase)
			if i == 0 {
				want, wantErr := fresh.Parse(phrase)
				if got != want || (err == nil) != (wantErr == nil) {
					t.Errorf("Read(%q) = %+v, %v on a new Resolver; Parse gives %+v, %v", phrase, got, err, want, wantErr)
				}
			}
			if err != nil {
				if !got.IsZero() {
					t.Errorf("Read(%q) failed but returned %+v", phrase, got)
				}
				if !strings.HasPrefix(err.Error(), "source: ") {
					t.Errorf("Read(%q): the error does not start with the package: %v", phrase, err)
				}
				if r != before {
					t.Errorf("Read(%q) failed but changed the Resolver", phrase)
				}
				continue
			}
			if want := strings.TrimSpace(phrase); got.Text != want {
				t.Errorf("Read(%q).Text = %q, want %q", phrase, got.Text, want)
			}
			if err := got.Validate(); err != nil {
				t.Errorf("Read(%q) = %+v, which does not validate: %v", phrase, got, err)
			}
			if got.Start.IsZero() || !got.Precision.IsValid() {
				t.Errorf("Read(%q) = %+v: want a start and a precision", phrase, got)
			}
			if !got.Covers(got.Start) {
				t.Errorf("Read(%q) = %+v does not cover its own start", phrase, got)
			}
			again := before
			if g, err := again.Read(phrase); err != nil || g != got {
				t.Errorf("Read(%q) is not deterministic: %+v then %+v, %v", phrase, got, g, err)
			}
		}
	})
}
