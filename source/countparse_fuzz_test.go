package source_test

import (
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/source"
)

// FuzzCountParser checks CountParser as FuzzParseCount checks ParseCount,
// in any language and with vague figures: no panic; an error quotes the
// text and returns the zero Count; an accepted Count keeps the text,
// validates with the Measure the parser gave it (or "killed"), survives a
// JSON round trip, and has the shape its fields promise. With no language
// it is ParseCount.
func FuzzCountParser(f *testing.F) {
	for _, s := range []struct{ text, lang string }{
		{"1.500", "de"}, {"1,5 million", "de"}, {"1 500", "fr"}, {"1\u202f500,5", "fr"},
		{"1,00,000", "hi"}, {"١٬٥٠٠", "ar"}, {"٥٣٪", "ar"}, {"%53", "tr"},
		{"1’500", "de-CH"}, {"$5", "en-CA"}, {"¥5", "ja"}, {"5 kr a day", "sv"},
		{"dozens of lorries a day", ""}, {"several hundred", ""}, {"at least dozens", "en"},
		{"about dozens", ""}, {"$1.2bn", ""}, {"two years and two days", ""},
		{"a year and a half", ""}, {"400 lorries a day", ""}, {"1.500", ""},
		{"above 40,000", ""}, {"only a few", ""}, {"17,9 km", "de"}, {"4.3 miles", ""}, {"7km", "fr"},
		{"no one", "de"}, {"no cases", "sv"}, {"none", ""}, {"up more than 30 per cent", ""},
	} {
		f.Add(s.text, s.lang)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		tag, _ := language.Parse(lang)
		p := source.CountParser{Lang: tag}
		c, err := p.Parse(text)
		if lang == "" {
			want, werr := source.ParseCount(text)
			if !reflect.DeepEqual(c, want) || (err == nil) != (werr == nil) {
				t.Errorf("CountParser{}.Parse(%q) = %+v, %v; ParseCount gives %+v, %v", text, c, err, want, werr)
			}
		}
		if err != nil {
			if !c.IsZero() {
				t.Errorf("Parse(%q) failed but returned %+v", text, c)
			}
			if len(text) <= source.MaxPhraseBytes && !strings.Contains(err.Error(), strconv.Quote(text)) {
				t.Errorf("Parse(%q): the error does not quote the text: %v", text, err)
			}
			return
		}
		if want := strings.TrimSpace(text); c.Text != want {
			t.Errorf("Parse(%q).Text = %q, want %q", text, c.Text, want)
		}
		for name, v := range map[string]float64{"value": c.Value, "min": c.Min, "max": c.Max} {
			if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
				t.Errorf("Parse(%q): %s = %v, want a finite number of at least 0", text, name, v)
			}
		}
		switch {
		case c.IsVague() && (!c.Magnitude.IsValid() || c.Value != 0):
			t.Errorf("Parse(%q) = %+v: a vague figure needs a magnitude and no value", text, c)
		case !c.Period.IsZero() && (c.Measure != source.MeasureDuration || c.Value != 0 || c.Unit != "" || c.Per != ""):
			t.Errorf("Parse(%q) = %+v: a period is a duration with no value, unit or rate", text, c)
		case !c.Currency.IsZero() && c.Unit != "":
			t.Errorf("Parse(%q) = %+v: money has no unit", text, c)
		case c.Measure == source.MeasureDuration && c.Unit == "" && c.Period.IsZero():
			t.Errorf("Parse(%q) = %+v: a duration needs a unit or a period", text, c)
		}
		again, err := p.Parse(text)
		if err != nil || !reflect.DeepEqual(again, c) {
			t.Errorf("Parse(%q) is not deterministic: %+v then %+v, %v", text, c, again, err)
		}
		if c.Measure == "" {
			c.Measure = source.MeasureKilled
		}
		if err := c.Validate(); err != nil {
			t.Errorf("Parse(%q) = %+v, which does not validate: %v", text, c, err)
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("Parse(%q): encoding: %v", text, err)
		}
		var back source.Count
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Parse(%q): decoding %s: %v", text, b, err)
		}
		if !reflect.DeepEqual(back, c) {
			t.Errorf("Parse(%q): JSON round trip gave %+v, want %+v", text, back, c)
		}
	})
}
