package acled

// This file holds what the ACLED codebook fixes: the export's columns in
// their order, the event types and sub-event types, the disorder types and
// the actor type ("inter") codes. They are facts of the codebook, spelled
// as ACLED spells them; nothing here is a choice of this package.

// columns are the columns of an ACLED export, in the codebook's order.
var columns = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
	"event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
	"actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "admin3", "location",
	"latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
	"fatalities", "tags", "timestamp",
}

// The index of each column in a row.
const (
	colEventID = iota
	colEventDate
	colYear
	colTimePrecision
	colDisorderType
	colEventType
	colSubEventType
	colActor1
	colAssocActor1
	colInter1
	colActor2
	colAssocActor2
	colInter2
	colInteraction
	colCivilianTargeting
	colISO
	colRegion
	colCountry
	colAdmin1
	colAdmin2
	colAdmin3
	colLocation
	colLatitude
	colLongitude
	colGeoPrecision
	colSource
	colSourceScale
	colNotes
	colFatalities
	colTags
	colTimestamp
	numColumns
)

// Columns returns the columns of an ACLED export in the codebook's order,
// the header that [Write] writes and [Read] requires.
func Columns() []string { return append([]string(nil), columns...) }

// The event types of the codebook.
const (
	typeBattles    = "Battles"
	typeExplosions = "Explosions/Remote violence"
	typeViolence   = "Violence against civilians"
	typeProtests   = "Protests"
	typeRiots      = "Riots"
	typeStrategic  = "Strategic developments"
)

// The sub-event types of the codebook that this package writes from typed
// kinds; every other one is in subEventTypes.
const (
	subArmedClash      = "Armed clash"
	subAirDrone        = "Air/drone strike"
	subSuicideBomb     = "Suicide bomb"
	subShelling        = "Shelling/artillery/missile attack"
	subRemoteExplosive = "Remote explosive/landmine/IED"
	subAttack          = "Attack"
	subAbduction       = "Abduction/forced disappearance"
	subAgreement       = "Agreement"
)

// The disorder types of the codebook.
const (
	disorderViolence       = "Political violence"
	disorderDemonstrations = "Demonstrations"
	disorderBoth           = "Political violence; Demonstrations"
	disorderStrategic      = "Strategic developments"
)

// subEventType is one sub-event type of the codebook: its event type and
// the disorder type it belongs to.
type subEventType struct {
	eventType string
	disorder  string
}

// subEventTypes are the 25 sub-event types of the codebook, each with its
// event type and its disorder type. The disorder types follow ACLED's own
// table of event categories (the acledR package's acled_event_categories):
// a sub-event type that is political violence and a demonstration
// (excessive force against protesters) is "Political violence;
// Demonstrations"; one that is neither is a strategic development.
var subEventTypes = map[string]subEventType{
	subArmedClash:                         {typeBattles, disorderViolence},
	"Government regains territory":        {typeBattles, disorderViolence},
	"Non-state actor overtakes territory": {typeBattles, disorderViolence},
	"Chemical weapon":                     {typeExplosions, disorderViolence},
	subAirDrone:                           {typeExplosions, disorderViolence},
	subSuicideBomb:                        {typeExplosions, disorderViolence},
	subShelling:                           {typeExplosions, disorderViolence},
	subRemoteExplosive:                    {typeExplosions, disorderViolence},
	"Grenade":                             {typeExplosions, disorderViolence},
	"Sexual violence":                     {typeViolence, disorderViolence},
	subAttack:                             {typeViolence, disorderViolence},
	subAbduction:                          {typeViolence, disorderViolence},
	"Peaceful protest":                    {typeProtests, disorderDemonstrations},
	"Protest with intervention":           {typeProtests, disorderDemonstrations},
	"Excessive force against protesters":  {typeProtests, disorderBoth},
	"Violent demonstration":               {typeRiots, disorderDemonstrations},
	"Mob violence":                        {typeRiots, disorderViolence},
	subAgreement:                          {typeStrategic, disorderStrategic},
	"Arrests":                             {typeStrategic, disorderStrategic},
	"Change to group/activity":            {typeStrategic, disorderStrategic},
	"Disrupted weapons use":               {typeStrategic, disorderStrategic},
	"Headquarters or base established":    {typeStrategic, disorderStrategic},
	"Looting/property destruction":        {typeStrategic, disorderStrategic},
	"Non-violent transfer of territory":   {typeStrategic, disorderStrategic},
	"Other":                               {typeStrategic, disorderStrategic},
}

// The actor type codes of the codebook's inter1 and inter2 columns: 0 for
// no actor, 1 to 8 for the types below.
const (
	interNone          = 0 // no actor in the column
	interStateForces   = 1 // State Forces
	interRebelGroups   = 2 // Rebel Groups
	interPolitical     = 3 // Political Militias
	interIdentity      = 4 // Identity Militias
	interRioters       = 5 // Rioters
	interProtesters    = 6 // Protesters
	interCivilians     = 7 // Civilians
	interExternalOther = 8 // External/Other Forces
)

// interNames are the codebook's names of the actor types, by code.
var interNames = [...]string{
	interStateForces:   "State Forces",
	interRebelGroups:   "Rebel Groups",
	interPolitical:     "Political Militias",
	interIdentity:      "Identity Militias",
	interRioters:       "Rioters",
	interProtesters:    "Protesters",
	interCivilians:     "Civilians",
	interExternalOther: "External/Other Forces",
}

// interaction returns the codebook's interaction code of two actor type
// codes: the two digits with the lower first ("13", never "31"), the type
// followed by 0 when there is one actor ("10"), and "" when there is
// none.
func interaction(a, b int) string {
	if a > b {
		a, b = b, a
	}
	switch {
	case b == interNone:
		return ""
	case a == interNone:
		return string(rune('0'+b)) + "0"
	}
	return string(rune('0'+a)) + string(rune('0'+b))
}
