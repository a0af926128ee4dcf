package vocab_test

import (
	"errors"
	"fmt"

	"github.com/newsevent/newsevent/vocab"
)

// Countries are values made only by parsing, so an invalid code never
// reaches a record; an unknown code is an UnknownError.
func ExampleParseCountry() {
	ua, err := vocab.ParseCountry("UA")
	fmt.Println(ua, err)

	_, err = vocab.ParseCountry("UKR")
	fmt.Println(errors.Is(err, vocab.ErrUnknown))

	kyiv := vocab.MustSubdivision("UA-30")
	fmt.Println(kyiv, "lies in", kyiv.Country())
	// Output:
	// UA <nil>
	// true
	// UA-30 lies in UA
}

// Programs decide on a problem's path and rule; the message is for people.
func ExampleValidationError() {
	var err error = &vocab.ValidationError{Scope: "event: meeting", Problems: []vocab.Problem{
		{Path: "attendees", Rule: vocab.RuleMin, Message: "must have at least one entry"},
		{Path: "title", Rule: vocab.RuleRequired, Message: "is required"},
	}}
	var verr *vocab.ValidationError
	if errors.As(err, &verr) {
		for _, p := range verr.Problems {
			fmt.Println(p.Path, p.Rule)
		}
	}
	fmt.Println(err)
	// Output:
	// attendees min
	// title required
	// event: meeting: attendees: must have at least one entry (and 1 more problem)
}
