package acled_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/acled"
)

// FuzzRead reads any bytes: Read never panics, and what it accepts is a
// valid story that writes rows Read accepts again and that write the same
// bytes once more: Write(Read(Write(Read(x)))) is Write(Read(x)).
func FuzzRead(f *testing.F) {
	var article bytes.Buffer
	if err := acled.Write(&article, examples.MustArticle(), acled.Options{}); err != nil {
		f.Fatal(err)
	}
	f.Add(article.Bytes())
	f.Add(csvOf(f, codebook, goodRow()))
	header := strings.Join(codebook, ",") + "\n"
	for _, row := range []string{
		"",
		"UKR1,2024-02-29,2024,3,,Riots,Mob violence,Rioters (Ukraine),,5,,,0,50,,804,,Ukraine,,,,Kyiv,50.45,30.52,3,,,,0,,",
		"X,2024-05-31,2024,2,,Protests,Peaceful protest,,,,,,,,,,,,,,,,,,,a;;b; a,,,7,,",
		"X,2024-01-01,2024,3,,Strategic developments,Other,A,B;B,,C,,0,,,250,,,R,,S,R,-0.00001,180,2,\"q\"\"s\",,\"two\nlines\",,,",
		"UKR1,2024-05-10,2023,1,,Battles,Armed clash,,,,,,,,,,,,,,,,,,,,,,,,",
	} {
		f.Add([]byte(header + row + "\n"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := acled.Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("Read returned a story that does not validate: %v", err)
		}
		var first, second bytes.Buffer
		if err := acled.Write(&first, s, acled.Options{}); err != nil {
			t.Fatal(err)
		}
		again, err := acled.Read(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("Read refuses what Write wrote: %v\n%s", err, first.Bytes())
		}
		if err := acled.Write(&second, again, acled.Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("written again, the rows differ:\n%s\n---\n%s", first.Bytes(), second.Bytes())
		}
	})
}
