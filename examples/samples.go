package examples

import (
	"github.com/google/uuid"

	"github.com/newsevent/newsevent"
)

// Sample is one of the sample stories of this package: its name, the
// report it is built from, and the functions that build it and label its
// records with their census IDs.
type Sample struct {
	// Name names the sample: "article", "earthquake", "election",
	// "ceasefire", "outbreak".
	Name string
	// Report is where the report it is built from can be read.
	Report string
	// Shape says what the sample shows of the model.
	Shape string
	// Build builds the story.
	Build func() (*newsevent.Story, error)
	// Census lists the census IDs of its items, in census order.
	Census func() []string
	// Label gives the census ID of a record ("E3"), the Label option of
	// format/timeline and format/dot.
	Label func(uuid.UUID) string
}

// Samples returns every sample story of this package, the worked article
// first, then the reports of other shapes.
func Samples() []Sample {
	return []Sample{
		{"article", "the file 000_686a018f731943a1.txt of the project's shared article folder",
			"a news article on talks, strikes and a peace plan: the worked example", Article, Census, CensusLabel},
		{"earthquake", "https://trt.global/world/article/13118950",
			"a disaster across two countries whose tolls several bodies give and revise over days", Earthquake, EarthquakeCensus, EarthquakeLabel},
		{"election", "https://telegraf.com.ua/ukraina/politika/4970053-tsik-obnarodovala-dannyie-15-protokolov.html",
			"an election with results per candidate, a run-off, exit polls that disagree and names in Cyrillic", Election, ElectionCensus, ElectionLabel},
		{"ceasefire", "https://www.israelnationalnews.com/news/402347",
			"an agreement whose terms take effect in phases and on conditions", Ceasefire, CeasefireCensus, CeasefireLabel},
		{"outbreak", "https://newtimes.co.rw/article/19175/news/health/who-report-new-mpox-cases-in-africa-surge-by-61-in-june",
			"a disease outbreak with counts by region, shares and as-of dates", Outbreak, OutbreakCensus, OutbreakLabel},
	}
}
