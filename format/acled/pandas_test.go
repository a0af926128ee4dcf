package acled_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/tooltest"
)

// pandasView is what testdata/read_acled.py prints of a CSV.
type pandasView struct {
	CSVHeader       []string            `json:"csv_header"`
	Columns         []string            `json:"columns"`
	Rows            int                 `json:"rows"`
	Dtypes          map[string]string   `json:"dtypes"`
	FatalitiesTotal int                 `json:"fatalities_total"`
	DatesParsed     int                 `json:"dates_parsed"`
	Records         []map[string]string `json:"records"`
}

// readWithPandas writes the CSV of a story to a file and reads it with
// Debian's python3: its csv module and pandas.
func readWithPandas(t *testing.T, s *newsevent.Story) ([]map[string]string, pandasView) {
	t.Helper()
	python := tooltest.Python(t)
	data := write(t, s)
	path := filepath.Join(t.TempDir(), "acled.csv")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	out := tooltest.Run(t, python, filepath.Join("testdata", "read_acled.py"), path)
	var v pandasView
	require.NoError(t, json.Unmarshal(out, &v), "%s", out)
	return rows(t, data), v
}

// Python's csv module and pandas read the CSV with the codebook's column
// names, every value as written, the numeric columns as numbers and the
// dates as dates.
func TestPandasReadsTheCSV(t *testing.T) {
	for name, s := range map[string]*newsevent.Story{
		"article":   examples.MustArticle(),
		"generated": synth.Story(300, 1),
	} {
		t.Run(name, func(t *testing.T) {
			want, v := readWithPandas(t, s)
			assert.Equal(t, codebook, v.CSVHeader)
			assert.Equal(t, codebook, v.Columns)
			assert.Equal(t, len(want), v.Rows)
			assert.Equal(t, len(want), v.DatesParsed)
			assert.Equal(t, want, v.Records)
			total := 0
			for _, r := range want {
				n, err := strconv.Atoi(r["fatalities"])
				require.NoError(t, err)
				total += n
			}
			assert.Equal(t, total, v.FatalitiesTotal)
			for _, c := range []string{"year", "time_precision", "fatalities"} {
				assert.Equal(t, "int64", v.Dtypes[c], c)
			}
			for _, c := range []string{"latitude", "longitude", "iso", "inter1", "inter2", "geo_precision"} {
				// Numbers; floats where some cells are empty (missing).
				assert.Contains(t, []string{"int64", "float64"}, v.Dtypes[c], c)
			}
			if name == "article" {
				checkArticle(t, v)
			}
		})
	}
}

// checkArticle checks that what pandas reads of the article is what the
// article says: the strike of Thursday on Kyiv, 12 killed.
func checkArticle(t *testing.T, v pandasView) {
	t.Helper()
	require.NotEmpty(t, v.Records)
	strike := v.Records[0]
	assert.Equal(t, map[string]string{
		"event_id_cnty": "UKR1", "event_date": "2025-04-24", "location": "Kyiv", "country": "Ukraine", "iso": "804",
		"sub_event_type": "Shelling/artillery/missile attack", "actor1": "Russia", "fatalities": "12",
		"notes": "Russian missile and drone strikes across Ukraine",
	}, map[string]string{
		"event_id_cnty": strike["event_id_cnty"], "event_date": strike["event_date"], "location": strike["location"],
		"country": strike["country"], "iso": strike["iso"], "sub_event_type": strike["sub_event_type"],
		"actor1": strike["actor1"], "fatalities": strike["fatalities"], "notes": strike["notes"],
	})
	assert.Equal(t, 12+0+0+3+1+0, v.FatalitiesTotal)
}
