package territory_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Build the proposed US de jure recognition of Crimea as Russian, as a
// Reuters report gives it: a recognition needs its recogniser, and a
// proposal is recorded as proposed, not as in force.
func ExampleNewStatus() {
	crimea := territory.IDFor("T10")
	russia, us := actor.IDFor("A11"), actor.IDFor("A10")
	reuters := source.IDFor("S1")

	ts3, err := territory.NewStatus(territory.StatusIDFor("TS3"),
		territory.RelationRecognisesDeJure, russia, territory.StandingProposed, crimea).
		Recogniser(us).
		Extent(territory.ExtentWhole).
		Attributions(source.Attribute(reuters, source.VerbReported)).
		Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ts3.Relation, ts3.Standing, ts3.Recogniser == us, ts3.Attributions[0].Verb)

	// Without the recogniser, Build says what is missing.
	_, err = territory.NewStatus(territory.StatusIDFor("TS3"),
		territory.RelationRecognisesDeJure, russia, territory.StandingProposed, crimea).
		Attributions(source.Attribute(reuters, source.VerbReported)).
		Build()
	var ve *territory.ValidationError
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p.Path, p.Rule)
		}
	}
	// Output:
	// recognises_de_jure proposed true reported
	// recogniser requires
}

// Build Kyiv with its ISO codes, and an unnamed city known only by its
// description.
func ExampleNew() {
	kyiv, err := territory.New(territory.IDFor("T7"), territory.KindCity, "Kyiv").
		Names(vocab.Name{Text: "Київ", Lang: language.Ukrainian}).
		Country("UA").
		Subdivision("UA-30").
		Parent(territory.IDFor("T1")).
		Point(territory.Point{Lat: 50.45, Lon: 30.52, Precision: territory.PrecisionTown}).
		Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(kyiv.Name, kyiv.Country, kyiv.Subdivision, kyiv.Point.Precision)

	city, err := territory.New(territory.IDFor("T18"), territory.KindCity, "").
		Country("UA").
		Description("a southwestern city in Ukraine").
		Build()
	fmt.Printf("%q %q %v\n", city.Name, city.Description, err)
	// Output:
	// Kyiv UA UA-30 town
	// "" "a southwestern city in Ukraine" <nil>
}

// A subdivision code must lie in the territory's country.
func ExampleTerritory_Validate() {
	balashikha := territory.Territory{
		ID:          territory.IDFor("T17"),
		Kind:        territory.KindTown,
		Name:        "Balashikha",
		Country:     vocab.MustCountry("UA"),
		Subdivision: vocab.MustSubdivision("RU-MOS"),
	}
	var ve *territory.ValidationError
	if errors.As(balashikha.Validate(), &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p.Path, p.Rule)
		}
	}
	// Output:
	// subdivision mismatch
}
