package parquet_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	parquetgo "github.com/parquet-go/parquet-go"

	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/parquet"
)

// Write the worked article as Parquet tables, then read the number of
// rows of each file back with parquet-go.
func ExampleWrite() {
	dir, err := os.MkdirTemp("", "newsevent-parquet")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	if err := parquet.Write(dir, examples.MustArticle(), parquet.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range parquet.Tables() {
		rows, err := countRows(filepath.Join(dir, t.File()))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-21s %2d rows\n", t.File(), rows)
	}
	// Output:
	// events.parquet        19 rows
	// times.parquet         12 rows
	// participants.parquet  38 rows
	// places.parquet        31 rows
	// figures.parquet       13 rows
	// attributions.parquet  73 rows
	// links.parquet         24 rows
	// statuses.parquet       6 rows
	// actors.parquet        23 rows
	// territories.parquet   20 rows
	// sources.parquet       15 rows
	// identities.parquet     0 rows
}

// countRows returns the number of rows of a Parquet file, from its footer.
func countRows(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return 0, err
	}
	pf, err := parquetgo.OpenFile(f, info.Size())
	if err != nil {
		return 0, err
	}
	return pf.NumRows(), nil
}

// Write one table to any writer (here a buffer; an upload works the
// same), then read its rows back with parquet-go into a struct of the
// columns wanted.
func ExampleWriteTable() {
	var b bytes.Buffer
	if err := parquet.WriteTable(&b, examples.MustArticle(), parquet.TableFigures, parquet.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	type figure struct {
		Path      string   `parquet:"path"`
		Measure   string   `parquet:"measure"`
		Qualifier string   `parquet:"qualifier"`
		Value     *float64 `parquet:"value,optional"`
		Text      *string  `parquet:"text,optional"`
	}
	rows, err := parquetgo.Read[figure](bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rows[:5] {
		fmt.Printf("%-16s %-8s %-10s %4v %q\n", f.Path, f.Measure, f.Qualifier, *f.Value, *f.Text)
	}
	// Output:
	// figures[0]       year_of_war exact         4 "fourth"
	// weapons[0].count missiles nearly       70 "nearly 70"
	// weapons[1].count drones   about       150 "about 150"
	// casualties[0]    killed   as_many_as   12 "as many as 12"
	// casualties[1]    injured  exact        90 "90"
}
