package source_test

import (
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsevent/newsevent/source"
)

// FuzzParseCount checks that ParseCount never panics, that what it accepts
// is a valid Count that keeps the text as written and survives a JSON round
// trip, and that what it rejects comes back as an error that quotes the
// text. Seeds beyond these live in testdata/fuzz/FuzzParseCount.
func FuzzParseCount(f *testing.F) {
	for _, s := range []string{
		"nearly 70", "as many as 12", "over 4,500", "three", "a dozen", "20 to 30", "between 20 and 30",
		"up to 20,000", "about 53%", "fewer than 10", "two hundred and fifty", "1.5 million", "half a dozen",
		"dozens", "4,50", "10 to 5", "12 people", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c, err := source.ParseCount(text)
		if err != nil {
			if !c.IsZero() {
				t.Errorf("ParseCount(%q) failed but returned %+v", text, c)
			}
			// A text past MaxPhraseBytes is quoted by an excerpt only.
			if len(text) <= source.MaxPhraseBytes && !strings.Contains(err.Error(), strconv.Quote(text)) {
				t.Errorf("ParseCount(%q): the error does not quote the text: %v", text, err)
			}
			return
		}
		if want := strings.TrimSpace(text); c.Text != want {
			t.Errorf("ParseCount(%q).Text = %q, want %q", text, c.Text, want)
		}
		for name, v := range map[string]float64{"value": c.Value, "min": c.Min, "max": c.Max} {
			if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
				t.Errorf("ParseCount(%q): %s = %v, want a finite number of at least 0", text, name, v)
			}
		}
		if c.Min > c.Max {
			t.Errorf("ParseCount(%q): min %v above max %v", text, c.Min, c.Max)
		}
		if c.IsRange() && c.Conservative() > c.Best() {
			t.Errorf("ParseCount(%q): conservative %v above best %v", text, c.Conservative(), c.Best())
		}
		c.Measure = source.MeasureKilled
		if err := c.Validate(); err != nil {
			t.Errorf("ParseCount(%q) = %+v, which does not validate: %v", text, c, err)
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("ParseCount(%q): encoding: %v", text, err)
		}
		var back source.Count
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("ParseCount(%q): decoding %s: %v", text, b, err)
		}
		if !reflect.DeepEqual(back, c) {
			t.Errorf("ParseCount(%q): JSON round trip gave %+v, want %+v", text, back, c)
		}
	})
}

// FuzzParseTime checks that Resolver.Parse never panics, that what it
// accepts is a valid Time with a date that keeps the phrase as written,
// covers its own start and survives a JSON round trip, and that what it
// rejects is an error. A reference of 0 stands for the zero time. Seeds
// beyond these live in testdata/fuzz/FuzzParseTime.
func FuzzParseTime(f *testing.F) {
	friday := time.Date(2025, 4, 25, 0, 0, 0, 0, time.UTC).Unix()
	for _, s := range []string{
		"Thursday", "on Friday", "overnight", "overnight into Friday", "since 2022", "not before April 25, 2025",
		"April 23", "last Friday", "next Monday", "this Friday", "yesterday", "24 April 2025", "2025-04-24",
		"2025-04-24T10:30:00+03:00", "February 30", "", "garbage",
		"last night", "this morning", "tonight", "at dawn on Monday", "early Monday", "late on Tuesday",
		"earlier this week", "last week", "next week", "two days ago", "a week ago", "in two days",
		"the day before", "the following day", "in the coming days", "next month", "last year", "early March",
		"mid-March", "late February", "mid-2024", "early 2025", "the end of March", "the weekend", "this weekend",
		"before Monday", "until Friday", "by the end of the month", "within 72 hours", "within two days",
		"over the next five days", "over the past week", "for the first five days", "at 03:00", "at 3 a.m. GMT",
		"3:15 p.m. Kyiv time", "at 18:00 UTC+3", "at noon GMT+02:00", "at midnight +0300", "at 0300 GMT",
		"Monday at 18:00 Europe/Kyiv", "on April 24 at 03:00 New York time", "early Monday at 03:00 Gaza time",
		"at 15:00 IST", "at 03:00 local time (00:00 GMT)", "at 01:00 local time (22:00 GMT)",
		"at 03:30 Kyiv time on March 30", "at 03:30 Kyiv time on October 26", "at 3 a.m. UTC+5:30",
		"at 18:00 Washington time", "at 15:00 Europe/../etc",
	} {
		f.Add(s, friday, false)
	}
	f.Add("Wednesday", friday, true)
	f.Add("Thursday", int64(0), false)
	f.Fuzz(func(t *testing.T, phrase string, refUnix int64, future bool) {
		var ref time.Time
		if refUnix != 0 {
			ref = time.Unix(refUnix, 0).UTC()
		}
		r := source.Resolver{Ref: ref, Future: future}
		got, err := r.Parse(phrase)
		if err != nil {
			if !got.IsZero() {
				t.Errorf("Parse(%q) failed but returned %+v", phrase, got)
			}
			if !strings.HasPrefix(err.Error(), "source: ") {
				t.Errorf("Parse(%q): the error does not start with the package: %v", phrase, err)
			}
			return
		}
		if want := strings.TrimSpace(phrase); got.Text != want {
			t.Errorf("Parse(%q).Text = %q, want %q", phrase, got.Text, want)
		}
		if err := got.Validate(); err != nil {
			t.Errorf("Parse(%q) = %+v, which does not validate: %v", phrase, got, err)
		}
		if got.Start.IsZero() || !got.Precision.IsValid() {
			t.Errorf("Parse(%q) = %+v: want a start and a precision", phrase, got)
		}
		if !got.Covers(got.Start) {
			t.Errorf("Parse(%q) = %+v does not cover its own start", phrase, got)
		}
		again, err := r.Parse(phrase)
		if err != nil || again != got {
			t.Errorf("Parse(%q) is not deterministic: %+v then %+v, %v", phrase, got, again, err)
		}
		b, err := json.Marshal(got)
		if err != nil {
			t.Fatalf("Parse(%q) = %+v: encoding: %v", phrase, got, err)
		}
		var back source.Time
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Parse(%q): decoding %s: %v", phrase, b, err)
		}
		if back != got {
			t.Errorf("Parse(%q): JSON round trip gave %+v, want %+v", phrase, back, got)
		}
	})
}
