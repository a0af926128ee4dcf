package event_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/event"
)

var update = flag.Bool("update", false, "rewrite the seed corpus in testdata/fuzz from the samples")

// seeds returns the named inputs of the seed corpus: the JSON of every
// sample and of every minimal event, and inputs that tested the decoder's
// edges: other layouts, errors, values that decode but do not validate.
func seeds(t testing.TB) map[string][]byte {
	t.Helper()
	enc := func(e any) string {
		data, err := json.Marshal(e)
		require.NoError(t, err)
		return string(data)
	}
	out := map[string][]byte{}
	for _, k := range event.Kinds() {
		out["sample-"+string(k)] = []byte(enc(sample(k)))
		out["minimal-"+string(k)] = []byte(enc(minimal(k)))
	}
	resp := enc(minimal(event.KindResponse))
	rest := resp[len(`{"kind":"response",`):]
	attack := enc(minimal(event.KindAttack))
	id := `"` + event.IDFor("x").String() + `"`
	for name, s := range map[string]string{
		"kind-last":       "{" + rest[:len(rest)-1] + `,"kind":"response"}`,
		"white-space":     " \n\t{ \"kind\" : \"response\" , " + rest + "\n",
		"escaped-kind":    `{"kind":"respons\u0065",` + rest,
		"duplicate-kind":  `{"kind":"response","kind":"meeting",` + rest,
		"unknown-kind":    `{"kind":"meating",` + rest,
		"missing-kind":    "{" + rest,
		"upper-case-keys": strings.NewReplacer(`"kind"`, `"KIND"`, `"title"`, `"Title"`).Replace(resp),
		"unknown-field":   strings.Replace(attack, `"title"`, `"colour":"red","title"`, 1),
		"nested-unknown": strings.Replace(attack, `"targets":[`,
			`"casualties":[{"value":3,"qualifier":"exact","measure":"killed","bogus":1}],"targets":[`, 1),
		"empty-lists": strings.Replace(attack, `"targets":[`,
			`"places":[],"methods":[],"casualties":[{"value":3,"qualifier":"exact","measure":"killed","includes":[]}],"targets":[`, 1),
		"range-casualty": strings.Replace(attack, `"targets":[`,
			`"casualties":[{"min":20,"max":30,"value":0,"qualifier":"range","measure":"injured"},{"value":-0,"qualifier":"exact","measure":"killed"}],"targets":[`, 1),
		"offsets": strings.Replace(attack, `"status"`,
			`"links":[{"type":"follows","to":`+id+`,"offset":{"min":"-1h","max":"2562047h47m16.854775807s"}},{"type":"part_of","to":`+id+`,"offset":{"max":"1ns"}}],"status"`, 1),
		"huge-numbers": strings.Replace(attack, `"targets":[`,
			`"casualties":[{"value":1e308,"qualifier":"exact","measure":"killed"},{"value":4.9e-324,"qualifier":"about","measure":"injured"}],"targets":[`, 1),
		"time-zones": strings.Replace(attack, `"status"`,
			`"time":{"start":"2025-04-24T00:00:00+00:00","precision":"day"},"rescheduled":{"start":"2025-04-24T03:00:00+03:00","precision":"hour","zone":"Kyiv time"},"status"`, 1),
		"bad-utf8":      strings.Replace(attack, `"A attack"`, "\"A \xff\xfe attack \\ud800\"", 1),
		"language-tags": `{"kind":"statement","id":` + id + `,"title":"Q","status":"occurred","attributions":[{"source":` + id + `,"verb":"said"}],"speaker":` + id + `,"acts":["claim"],"quotes":[{"text":"x","lang":"EN-latn-us-u-ca-gregory-x-priv"},{"text":"y","lang":"zh-Hant-TW"}]}`,
		"other-codes":   `{"kind":"other","id":` + id + `,"title":"X","status":"occurred","attributions":[{"source":` + id + `,"verb":"said"}],"action":"did","cameo":"08","mode":"m"}`,
		"proposal-refs": `{"kind":"proposal","id":` + id + `,"title":"P","status":"proposed","attributions":[{"source":` + id + `,"verb":"said"}],"proposers":[` + id + `],"stage":"agreed","clauses":[{"ref":"C1","kind":"recognition","text":"t"}],"phases":[{"ref":"C1","clauses":["C1","P9"]}],"conditions":[{"subject":"C1","on":"C1","text":"t"}]}`,
		"null":          `null`,
		"empty-object":  `{}`,
		"array":         `[` + resp + `]`,
	} {
		out[name] = []byte(s)
	}
	return out
}

// corpusFile is the go test fuzz v1 form of one []byte input.
func corpusFile(data []byte) []byte {
	return fmt.Appendf(nil, "go test fuzz v1\n[]byte(%q)\n", data)
}

// TestFuzzCorpus keeps the committed seed corpus in step with the samples:
// each named seed file holds the current input. Run with -update to
// rewrite it after a change to the samples or the JSON form.
func TestFuzzCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzUnmarshal")
	s := seeds(t)
	names := make([]string, 0, len(s))
	for name := range s {
		names = append(names, name)
	}
	sort.Strings(names)
	if *update {
		require.NoError(t, os.MkdirAll(dir, 0o755))
		for _, name := range names {
			require.NoError(t, os.WriteFile(filepath.Join(dir, name), corpusFile(s[name]), 0o644))
		}
	}
	for _, name := range names {
		got, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err, "run go test ./event -run TestFuzzCorpus -update")
		assert.Equal(t, string(corpusFile(s[name])), string(got), "%s is stale: run go test ./event -run TestFuzzCorpus -update", name)
	}
}

// FuzzUnmarshal decodes arbitrary bytes. Nothing may panic; a decoded
// event answers every method; an event that also validates encodes, and
// decodes back to an equal value with the same bytes (lossless).
func FuzzUnmarshal(f *testing.F) {
	for _, data := range seeds(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := event.Unmarshal(data)
		if err != nil {
			require.Nil(t, e)
			require.True(t, strings.HasPrefix(err.Error(), "event: "), "%q", err)
			return
		}
		require.NotNil(t, e)
		require.True(t, e.Kind().IsValid())

		// The uniform view works on anything decoded, valid or not.
		h := e.Head()
		_ = e.Participants()
		_ = e.AllPlaces()
		for _, l := range e.AllLinks() {
			_, _ = l.Resolve(h.Time)
		}
		codes := e.Codes()
		verr := e.Validate()
		out, merr := json.Marshal(e)

		// The list form decodes the same input.
		var list event.List
		require.NoError(t, json.Unmarshal(append(append([]byte("["), data...), ']'), &list))
		require.Len(t, list, 1)
		require.Equal(t, e, list[0])

		if verr != nil {
			var ve *event.ValidationError
			require.ErrorAs(t, verr, &ve)
			require.NotEmpty(t, ve.Problems)
			return
		}
		if codes.CAMEO != "" {
			_, ok := event.CAMEOLabel(codes.CAMEO)
			require.True(t, ok, "valid event with unknown CAMEO code %q", codes.CAMEO)
		}
		require.NoError(t, merr, "a valid event must encode")
		require.True(t, bytes.HasPrefix(out, []byte(`{"kind":"`+string(e.Kind())+`"`)), "%s", out)
		back, err := event.Unmarshal(out)
		require.NoError(t, err, "%s", out)
		require.Equal(t, e, back, "lossless round trip of %s", out)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(out), string(again))
	})
}
