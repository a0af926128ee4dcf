package actor_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/vocab"
)

// Build Volodymyr Zelenskyy as the article knows him: his name in
// Ukrainian, his account on X, his country and his office.
func ExampleNew() {
	ukraine := actor.IDFor("A12")
	zelenskyy, err := actor.New(actor.IDFor("A4"), actor.KindPerson, "Volodymyr Zelenskyy").
		Names(vocab.Name{Text: "Володимир Зеленський", Lang: language.Ukrainian}).
		Handles(actor.Handle{Platform: "x", Handle: "ZelenskyyUa"}).
		Country("UA").
		Roles(actor.Role{Title: "President", Of: ukraine}).
		Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(zelenskyy.Name, "-", zelenskyy.Kind, "-", zelenskyy.Country)
	for _, n := range zelenskyy.Names {
		fmt.Printf("in %s: %s\n", n.Lang, n.Text)
	}
	for _, h := range zelenskyy.Handles {
		fmt.Printf("on %s: @%s\n", h.Platform, h.Handle)
	}
	fmt.Println(zelenskyy.Roles[0].Title, "of Ukraine:", zelenskyy.Roles[0].Of == ukraine)
	// Output:
	// Volodymyr Zelenskyy - person - UA
	// in uk: Володимир Зеленський
	// on x: @ZelenskyyUa
	// President of Ukraine: true
}

// A builder reports a bad argument together with everything Validate finds.
func ExampleBuilder_Build() {
	_, err := actor.New(actor.IDFor("A4"), actor.KindPerson, "").
		Country("ua").
		Handles(actor.Handle{Platform: "x", Handle: "@ZelenskyyUa"}).
		Build()
	var ve *actor.ValidationError
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p.Path, p.Rule)
		}
	}
	// Output:
	// country country
	// handles[0].handle excludes
	// name required
}

// A struct literal is validated the same way; every problem comes with its
// JSON path and rule. A group such as the EU has no country: its Country
// stays zero, and a vocab.Country cannot hold "EU" at all.
func ExampleActor_Validate() {
	eu := actor.Actor{
		ID:          actor.IDFor("european-union"),
		Kind:        actor.KindOrganisation,
		Name:        "European Union",
		Aliases:     []actor.Alias{{Text: "Brussels", Kind: "metonymy"}},
		ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: "458"}}, // Q458
	}
	var ve *actor.ValidationError
	if errors.As(eu.Validate(), &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p.Path, p.Rule)
		}
	}
	_, err := vocab.ParseCountry("EU")
	fmt.Println(errors.Is(err, vocab.ErrUnknown))
	// Output:
	// aliases[0].kind enum
	// external_ids[0].value wikidata
	// true
}

// The same key always gives the same ID, and an actor ID differs from the
// IDs other record types derive from the same key.
func ExampleIDFor() {
	a, b := actor.IDFor("A4"), actor.IDFor("A4")
	fmt.Println(a == b, a.IsZero())
	fmt.Println(a == actor.IDFor("A5"))
	// Output:
	// true false
	// false
}

// Kinds are lower-case strings in JSON; an unknown kind is an error that
// quotes it.
func ExampleParseKind() {
	k, err := actor.ParseKind("armed_force")
	fmt.Println(k, err)
	b, _ := json.Marshal(actor.KindArmedForce)
	fmt.Println(string(b))
	_, err = actor.ParseKind("Army")
	fmt.Println(err != nil)
	// Output:
	// armed_force <nil>
	// "armed_force"
	// true
}
