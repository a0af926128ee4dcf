package source_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
)

// ParseCount keeps a figure as the report words it: "nearly 70" is 70 with
// the qualifier nearly, never 69.
func ExampleParseCount() {
	for _, text := range []string{"nearly 70", "as many as 12", "over 4,500", "three", "20 to 30", "about 53%"} {
		c, err := source.ParseCount(text)
		if err != nil {
			fmt.Println(err)
			continue
		}
		figure := fmt.Sprint(c.Value)
		if c.IsRange() {
			figure = fmt.Sprintf("%v-%v", c.Min, c.Max)
		}
		if c.Unit != "" {
			figure += " " + c.Unit.String()
		}
		fmt.Printf("%-15q %-10s %s\n", c.Text, c.Qualifier, figure)
	}
	_, err := source.ParseCount("many")
	fmt.Println(err != nil)
	// Output:
	// "nearly 70"     nearly     70
	// "as many as 12" as_many_as 12
	// "over 4,500"    more_than  4500
	// "three"         exact      3
	// "20 to 30"      range      20-30
	// "about 53%"     about      53 percent
	// true
}

// A count writes "value" for a single figure and "min" and "max" for a
// range.
func ExampleCount_MarshalJSON() {
	c, _ := source.ParseCount("nearly 70")
	c.Measure = "missiles"
	b, _ := json.Marshal(c)
	fmt.Println(string(b))

	r, _ := source.ParseCount("between 20 and 30")
	r.Measure = source.MeasureKilled
	b, _ = json.Marshal(r)
	fmt.Println(string(b))
	// Output:
	// {"value":70,"qualifier":"nearly","text":"nearly 70","measure":"missiles"}
	// {"min":20,"max":30,"qualifier":"range","text":"between 20 and 30","measure":"killed"}
}

// Lowest picks the most conservative of several reports of one figure.
func ExampleLowest() {
	var counts []source.Count
	for _, text := range []string{"at least 12", "9 to 15", "nearly 10"} {
		c, _ := source.ParseCount(text)
		counts = append(counts, c)
	}
	low, _ := source.Lowest(counts)
	fmt.Println(low.Text, "->", low.Conservative(), "best", low.Best())
	// Output:
	// 9 to 15 -> 9 best 12
}

// ParseTime resolves the phrases of a report against its date and keeps
// each phrase as written. The article speaks from Friday, April 25, 2025.
func ExampleParseTime() {
	ref := time.Date(2025, time.April, 25, 0, 0, 0, 0, time.UTC)
	for _, phrase := range []string{"Thursday", "on Friday", "overnight", "April 23", "since 2022", "not before April 25, 2025"} {
		t, err := source.ParseTime(phrase, ref)
		if err != nil {
			fmt.Println(err)
			continue
		}
		from, to := t.Span()
		fmt.Printf("%-27q %-5s %s from %s to %s\n", t.Text, t.Precision, t.Bound, dateOrOpen(from), dateOrOpen(to))
	}
	// Output:
	// "Thursday"                  day    from 2025-04-24 to 2025-04-25
	// "on Friday"                 day    from 2025-04-25 to 2025-04-26
	// "overnight"                 day    from 2025-04-24 to 2025-04-26
	// "April 23"                  day    from 2025-04-23 to 2025-04-24
	// "since 2022"                year  since from 2022-01-01 to open
	// "not before April 25, 2025" day   not_before from 2025-04-25 to open
}

func dateOrOpen(t time.Time) string {
	if t.IsZero() {
		return "open"
	}
	return t.Format(time.DateOnly)
}

// A Resolver in the future mode reads a bare weekday as the next such day,
// as a schedule does.
func ExampleResolver_Parse() {
	ref := time.Date(2025, time.April, 25, 0, 0, 0, 0, time.UTC) // a Friday
	past, _ := source.Resolver{Ref: ref}.Parse("Wednesday")
	next, _ := source.Resolver{Ref: ref, Future: true}.Parse("Wednesday")
	fmt.Println(past.Start.Format(time.DateOnly), next.Start.Format(time.DateOnly))
	// Output:
	// 2025-04-23 2025-04-30
}

// At stores a clock time in UTC and keeps the zone as the report writes it.
func ExampleAt() {
	kyiv := time.FixedZone("EEST", 3*60*60)
	t := source.At(time.Date(2025, time.April, 24, 9, 30, 0, 0, kyiv), source.PrecisionMinute, "Kyiv time", "9:30 a.m. Kyiv time")
	fmt.Println(t.Start, "|", t.Zone, "|", t.Text)
	// Output:
	// 2025-04-24 06:30:00 +0000 UTC | Kyiv time | 9:30 a.m. Kyiv time
}

// Build Zelenskyy's post on X, which relays Syrskyi's report and reached
// the reader through the article.
func ExampleNew() {
	article, report := source.IDFor("S0"), source.IDFor("S10")
	post, err := source.New(source.IDFor("S9"), source.KindPost).
		Authors(actor.IDFor("A4")).
		Platform("x").
		Handle("ZelenskyyUa").
		Published(source.Day(2025, time.April, 24, "April 24, 2025")).
		Language(language.English).
		Via(article).
		Related(report).
		Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(post.Kind, post.Platform, post.Handle, post.Published.Start.Format(time.DateOnly), post.Via == article)

	_, err = source.New(source.IDFor("S8"), source.KindPost).Build()
	var ve *source.ValidationError
	if errors.As(err, &ve) {
		fmt.Println(ve.Problems[0].Path, ve.Problems[0].Rule)
	}
	// Output:
	// post x ZelenskyyUa 2025-04-24 true
	// platform requires
}
