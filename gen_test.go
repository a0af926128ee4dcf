package newsevent_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/internal/synth"
)

// Property tests over generated stories: every story the generator makes
// is valid, survives JSON and JSON Lines round trips byte for byte and
// value for value, and passes a streaming Checker; generation is
// deterministic.

// genCases are the (seed, size) pairs the property tests run: fifty seeds
// with sizes spread over 1 to 200 events (the generator makes every event
// kind from ten events on), about 5,000 events in all. Under the race
// detector, which makes them ten times slower, and with -short, they run
// every fifth seed with at most 50 events, so that CI stays quick.
func genCases() []struct {
	seed uint64
	n    int
} {
	var out []struct {
		seed uint64
		n    int
	}
	quick := testing.Short() || genRace()
	for seed := uint64(1); seed <= 50; seed++ {
		n := int(1 + (seed*37)%200) // 38, 75, 112, ... covering 1..200
		if seed == 1 {
			n = 1
		}
		if seed == 2 {
			n = 200
		}
		if quick {
			if seed%5 != 1 && seed != 2 {
				continue
			}
			n = min(n, 50)
		}
		out = append(out, struct {
			seed uint64
			n    int
		}{seed, n})
	}
	return out
}

// genRace reports whether the test binary was built with -race.
func genRace() bool {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range bi.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

// genRecords returns a story's records in order, for assert.Equal.
func genRecords(s *newsevent.Story) []newsevent.Record {
	var out []newsevent.Record
	for r := range s.Records() {
		out = append(out, r)
	}
	return out
}

// genJSONL returns the story as JSON Lines.
func genJSONL(t testing.TB, s *newsevent.Story) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, s.WriteJSONL(&b))
	return b.Bytes()
}

func TestGenPropertyValid(t *testing.T) {
	for _, c := range genCases() {
		t.Run(fmt.Sprintf("seed=%d/n=%d", c.seed, c.n), func(t *testing.T) {
			t.Parallel()
			s := synth.Story(c.n, c.seed)
			require.Equal(t, c.n, s.Counts().Events)
			assert.NoError(t, s.Validate())
		})
	}
}

func TestGenPropertyJSONRoundTrip(t *testing.T) {
	for _, c := range genCases() {
		t.Run(fmt.Sprintf("seed=%d/n=%d", c.seed, c.n), func(t *testing.T) {
			t.Parallel()
			s := synth.Story(c.n, c.seed)
			data, err := json.Marshal(s)
			require.NoError(t, err)
			var back newsevent.Story
			require.NoError(t, json.Unmarshal(data, &back))
			again, err := json.Marshal(&back)
			require.NoError(t, err)
			assert.True(t, bytes.Equal(data, again), "json.Marshal after a round trip gives other bytes")
			assert.Equal(t, genRecords(s), genRecords(&back))
			assert.Equal(t, s.Counts(), back.Counts())
		})
	}
}

func TestGenPropertyJSONLRoundTrip(t *testing.T) {
	for _, c := range genCases() {
		t.Run(fmt.Sprintf("seed=%d/n=%d", c.seed, c.n), func(t *testing.T) {
			t.Parallel()
			s := synth.Story(c.n, c.seed)
			data := genJSONL(t, s)
			back, err := newsevent.ReadJSONL(bytes.NewReader(data))
			require.NoError(t, err)
			assert.True(t, bytes.Equal(data, genJSONL(t, back)), "WriteJSONL after a round trip gives other bytes")
			assert.Equal(t, genRecords(s), genRecords(back))
			assert.NoError(t, back.Validate())
		})
	}
}

func TestGenPropertyChecker(t *testing.T) {
	for _, c := range genCases() {
		t.Run(fmt.Sprintf("seed=%d/n=%d", c.seed, c.n), func(t *testing.T) {
			t.Parallel()
			s := synth.Story(c.n, c.seed)
			dec := newsevent.NewDecoder(bytes.NewReader(genJSONL(t, s)))
			var chk newsevent.Checker
			records := 0
			for {
				rec, err := dec.Next()
				if errors.Is(err, io.EOF) {
					break
				}
				require.NoError(t, err)
				chk.Record(rec)
				records++
			}
			cs := s.Counts()
			assert.Equal(t, cs.Actors+cs.Territories+cs.Sources+cs.Statuses+cs.Events, records)
			assert.NoError(t, chk.Err())
		})
	}
}

func TestGenDeterministic(t *testing.T) {
	for _, c := range genCases()[:10] {
		a, err := json.Marshal(synth.Story(c.n, c.seed))
		require.NoError(t, err)
		b, err := json.Marshal(synth.Story(c.n, c.seed))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(a, b), "seed %d, %d events: two generations differ", c.seed, c.n)
		assert.True(t, bytes.Equal(genJSONL(t, synth.Story(c.n, c.seed)), genJSONL(t, synth.Story(c.n, c.seed))))
	}
}

func TestGenSeedsDiffer(t *testing.T) {
	seen := map[string]uint64{}
	for seed := uint64(1); seed <= 20; seed++ {
		data, err := json.Marshal(synth.Story(20, seed))
		require.NoError(t, err)
		if prev, ok := seen[string(data)]; ok {
			t.Errorf("seeds %d and %d give the same story", prev, seed)
		}
		seen[string(data)] = seed
	}
}

// TestGenPropertyPadding checks that padding makes events larger without
// changing the records' IDs, which the memory benchmark relies on.
func TestGenPropertyPadding(t *testing.T) {
	plain := synth.New(synth.Options{Events: 100, Seed: 7})
	padded := synth.New(synth.Options{Events: 100, Seed: 7, Padding: 2000})
	require.NoError(t, padded.Validate())
	assert.Equal(t, plain.Counts(), padded.Counts())
	pe, qe := plain.Events(), padded.Events()
	for i := range pe {
		assert.Equal(t, pe[i].Head().ID, qe[i].Head().ID)
		assert.GreaterOrEqual(t, len(qe[i].Head().Description), 2000)
	}
	assert.Greater(t, len(genJSONL(t, padded)), 2*len(genJSONL(t, plain)))
}
