package examples_test

import (
	"fmt"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
)

// The article's story, as sample data for a test of your own: find
// Thursday's strikes and read their death toll as reported.
func ExampleArticle() {
	s := examples.MustArticle()
	strikes, _ := s.Event(examples.EventID("E10"))
	for _, c := range event.Figures(strikes) {
		if c.Measure == "killed" {
			fmt.Println(strikes.Head().Time.Start.Format("2006-01-02"), c.Qualifier, c.Value, "killed, “"+c.Text+"”")
		}
	}
	fmt.Println(s.Validate() == nil)
	// Output:
	// 2025-04-24 as_many_as 12 killed, “as many as 12”
	// true
}
