// Package parquet writes a story as Parquet tables: flat tables with
// stable column names and types, one file per table, for the engines that
// read Parquet (DuckDB, Spark, BigQuery and others). It is how a user who
// outgrows one machine takes years of events to a distributed engine:
// write each batch of stories to its own directory, and point the engine
// at all of them.
//
// [Write] writes every table into a directory: events.parquet,
// times.parquet, participants.parquet, places.parquet, figures.parquet,
// attributions.parquet, links.parquet, statuses.parquet, actors.parquet,
// territories.parquet, sources.parquet and identities.parquet ([Tables],
// [Table.File]). [WriteTable] writes one table to an [io.Writer]. Both
// read the story a record at a time and keep at most one row group of
// each table in memory ([Options]), so the memory a write takes does not
// grow with the story; files are compressed with Snappy, which every
// engine reads. The same story gives the same bytes.
//
// # Reading the tables
//
// In DuckDB, from the directory the tables were written to:
//
//	select kind, count(*) as events from 'events.parquet' group by kind order by kind;
//
// Fatalities per country, by the conservative rule of
// [newsevent.Claims.Fatalities] that every export of the library shares
// (the events table's fatalities column), counted in each country the
// event's places lie in:
//
//	with countries as (
//	  select distinct p.record_id as event_id, t.country
//	  from 'places.parquet' p join 'territories.parquet' t using (territory_id)
//	  where p.record_type = 'event' and p.relation = 'place' and t.country is not null)
//	select country, sum(fatalities) as killed
//	from 'events.parquet' join countries using (event_id)
//	where fatalities is not null
//	group by country order by country;
//
// An event whose places lie in two countries counts in both; the query
// reads no figure's own places (the rows of places with relation "in"),
// which a finer query over the figures table can. A place's country is
// the one the territory gives (a parent's is not inherited), so places
// without one count in none.
//
// # Columns
//
// Every column is a leaf at the top level: no lists, maps or nested
// groups, so that every engine reads them as plain columns. Names are
// snake_case and follow the story's JSON: a field is named as in the JSON
// ("qualifier", "as_of"), a reference to another record adds "_id"
// ("holder_id", "via_id"), and a record's own ID is named after its type
// ("event_id"). Three JSON names are changed because they are reserved
// words of SQL: a figure's "within" is within_ref, a territory's "group"
// is is_group, and a time's "end" is always prefixed (time_end). The types:
//
//	STRING     BYTE_ARRAY with the logical type STRING (UTF-8)
//	TIMESTAMP  INT64 with the logical type TIMESTAMP(MICROS, isAdjustedToUTC=true): microseconds since 1970 in UTC
//	DOUBLE     DOUBLE
//	INT32      INT32 with the logical type INT(32, signed)
//	BOOLEAN    BOOLEAN
//
// A "?" after a type makes the column optional: null where the record has
// no value (an empty string, a zero ID, a time not given, a number not
// given). Columns without it are required and never null; join keys are
// among them. IDs are strings in the canonical UUID form, as in the JSON;
// enums are their JSON strings ("attack", "at_least"); countries are ISO
// 3166-1 alpha-2 codes ("UA").
//
// A time as reported ([source.Time]) takes seven columns, shown in the
// tables below as one line "X_*  TIME":
//
//	X_start      TIMESTAMP?  its start (an instant, the start of a period, or a bound)
//	X_end        TIMESTAMP?  the end of a period
//	X_precision  STRING?     second, minute, hour, day, month or year
//	X_bound      STRING?     not_before, not_after or since, for an open time
//	X_text       STRING?     the phrase as written ("Thursday")
//	X_zone       STRING?     the zone as written ("Kyiv time")
//	X_inferred   STRING?     from what the time is inferred, when it is not printed
//
// A day, month or year is stored as its first instant in UTC, as the model
// stores it: filter on X_precision before reading X_start as an instant.
//
// # Addresses
//
// Figures, attributions and places of figures sit anywhere in a record, so
// their rows say where, as the story's claims view does
// ([newsevent.Address]): record_id and record_type (event, territory,
// status, source, actor or identity) name the record, and path is the JSON
// path inside it ("casualties[1]", "weapons[0].count", "share"). A figure
// revises another through its revises (the other's ref) and
// revises_in_id (the other's record, null for its own):
//
//	select f.text as revised, r.text as revised_by
//	from 'figures.parquet' f join 'figures.parquet' r
//	  on r.revises = f.ref and coalesce(r.revises_in_id, r.record_id) = f.record_id;
//
// The accounts of an event's time (table times) revise each other the
// same way, the event's own time having the ref "time".
//
// # Table events
//
// One row per event, in story order.
//
//	event_id         STRING     the event's ID
//	kind             STRING     its kind: meeting, attack, statement, proposal, …
//	title            STRING     its title
//	status           STRING     where it stands: occurred, ongoing, planned, …
//	time_*           TIME       its time as reported: the account the story places it by
//	rescheduled_*    TIME       the new time of a postponed event
//	placed_start     TIMESTAMP? the start of the time the story's timeline places it by (Story.TimeOf): its own, or the one its links imply
//	placed_end       TIMESTAMP? the end of that time
//	placed_precision STRING?    the precision of that time
//	placed_bound     STRING?    the bound of that time (an inferred time is often one)
//	placed_by_links  BOOLEAN    whether that time is inferred from links, the event having no date of its own
//	cameo            STRING?    its CAMEO code (Event.Codes)
//	plover           STRING?    its PLOVER category
//	plover_mode      STRING?    its PLOVER mode
//	description      STRING?    its description
//	fatalities       INT32?     the number of dead its reports guarantee (newsevent.Claims.Fatalities, the rule of format/acled); null when no figure gives one
//
// # Table times
//
// One row per account of when an event happened: the event's own time
// (path "time", ref "time"; none for an event without one), then each of
// its other accounts (other_times), each with the sources in
// attributions under the same path (the own time's sources are the
// event's, path "").
//
//	event_id         STRING     the event
//	path             STRING     the account's JSON path: "time" or "other_timesi"
//	ref              STRING?    its ref, by which another account revises it
//	time_*           TIME       the time as that account gives it
//	revises          STRING?    the ref of the account it revises
//	revises_in_id    STRING?    the event that holds that account, when it is another
//
// # Table participants
//
// One row per actor in a role in an event, as [event.Event.Participants]
// lists them (typed roles such as attacker, target, speaker, and the
// roles of the header's involved actors and names).
//
//	event_id         STRING     the event
//	actor_id         STRING     the actor
//	role             STRING     the role: attacker, target, speaker, …
//
// # Table places
//
// One row per place of an event ([event.Event.AllPlaces]: the header's
// places and those its kind names, such as targets), per territory of a
// status, and per place a figure is in or excludes.
//
//	record_id        STRING     the event, status or other record
//	record_type      STRING     its type
//	path             STRING     the figure's path, for a figure's place; "" otherwise
//	relation         STRING     place (of an event), territory (of a status), in or excluding (of a figure)
//	territory_id     STRING     the territory
//
// # Table figures
//
// One row per figure ([source.Count]) of every record, wherever it sits:
// an event's casualties, weapon counts, occurrences, toll, results or
// header figures, a status's share, a territory's population.
//
//	record_id        STRING     the record that holds it
//	record_type      STRING     its type
//	path             STRING     the figure's JSON path in the record
//	ref              STRING?    its ref
//	measure          STRING     what it counts: killed, injured, missiles, …
//	family           STRING     the broadest measure it is a kind of (Count.Family): killed for confirmed_killed
//	broader          STRING?    the measure it is a kind of, where the dataset says
//	qualifier        STRING     exact, about, nearly, at_least, more_than, as_many_as, up_to, range, vague, …
//	value            DOUBLE?    the number; null for a range, a vague figure and a period
//	min              DOUBLE?    the low end of a range
//	max              DOUBLE?    the high end of a range
//	magnitude        STRING?    what a vague figure names: dozens, hundreds, …
//	period           STRING?    a duration in combined units, in ISO 8601 ("P2Y2D")
//	text             STRING?    the figure as written ("nearly 70")
//	unit             STRING?    the unit of the value: percent, day, km, …
//	per              STRING?    the unit of a rate ("400 lorries a day": day)
//	currency         STRING?    the ISO 4217 currency of an amount of money
//	modality         STRING?    estimated, possible, feared, projected, expected or planned
//	subject          STRING?    whom it counts: civilians, children, …
//	of_id            STRING?    the actor whose people or things it counts
//	within_ref       STRING?    the ref of the figure of the same record it is a part of
//	revises          STRING?    the ref of the figure it revises
//	revises_in_id    STRING?    the record that holds that figure, when it is another
//	as_of_*          TIME       when the figure held ("as of April 24")
//	over_*           TIME       the period it counts over ("in June")
//	conservative     DOUBLE?    the lowest number its words allow (Count.Conservative); null for a period
//	best             DOUBLE?    a single central number (Count.Best); null for a period
//	usable           BOOLEAN    whether the helpers that pick one figure consider it (Count.Usable)
//	denied           BOOLEAN    whether every source it is attributed to denies it (Count.Denied)
//
// # Table attributions
//
// One row per attribution ([source.Attribution]) of every record,
// wherever it sits: a record's own, and those of its figures, links,
// claims, notes, names, accounts of time, clauses and aliases. A figure
// without attributions of its own is given by its record's.
//
//	record_id        STRING     the record that holds it
//	record_type      STRING     its type
//	path             STRING     the JSON path of what is attributed: "" for the record itself, "casualties[0]" for a figure
//	index            INT32      its position in that list of attributions, from 0
//	source_id        STRING     the source
//	verb             STRING     how the source puts it: reported, said, claimed, denied, …
//	text             STRING?    the attribution as written ("as per a Reuters report")
//	grade            STRING?    the Admiralty grade ("B2")
//	quotes           INT32      the number of quotes it carries, whose words the tables do not hold
//
// # Table links
//
// One row per link from an event to another ([event.Event.AllLinks]): the
// header's links, then those the kind implies (a response's responds_to,
// a statement's about, a meeting's agenda). A header link's attributions
// are in attributions with the path "links[i]".
//
//	event_id            STRING     the linking event
//	index               INT32      the link's position in AllLinks, from 0 (that of linksi for a header link)
//	type                STRING     part_of, caused_by, responds_to, follows, …
//	to_id               STRING     the other event
//	implied             BOOLEAN    whether the kind implies it, rather than the header giving it
//	ref                 STRING?    its ref
//	text                STRING?    the relation as written ("prompted")
//	offset_min_seconds  DOUBLE?    for a follows link with an offset, the shortest delay in seconds
//	offset_max_seconds  DOUBLE?    the longest delay in seconds; null for no limit
//	offset_text         STRING?    the delay as written ("within 24 hours of")
//
// # Table statuses
//
// One row per territorial status. Its territories are in places
// (relation territory), its share in figures (path "share"), its sources
// in attributions.
//
//	status_id        STRING     the status's ID
//	relation         STRING     controls, occupies, annexed, claims, recognises_de_jure, …
//	holder_id        STRING?    the actor that holds, annexed or claims the territories
//	recogniser_id    STRING?    the recognising actor, for a recognition
//	extent           STRING?    whole, partial or share
//	standing         STRING     in_force, proposed or asserted
//	period_*         TIME       when it holds
//	words            STRING?    the report's own words ("illegally annexed")
//	from_event_id    STRING?    the event it holds from
//	until_event_id   STRING?    the event it holds until
//	boundary_id      STRING?    the line that bounds it
//	revises_id       STRING?    the status it revises
//
// # Table actors
//
//	actor_id         STRING     the actor's ID
//	kind             STRING     person, state, government, organisation, …
//	name             STRING?    the name the dataset shows; null for an unnamed actor
//	description      STRING?    its description: the only name of an unnamed actor
//	country          STRING?    the country it belongs to or stands for
//
// # Table territories
//
// A territory's figures are in figures, its aliases' sources in
// attributions (path "aliases[i]").
//
//	territory_id     STRING     the territory's ID
//	kind             STRING     country, region, city, town, facility, …
//	name             STRING?    its name; null for an unnamed place
//	description      STRING?    its description: the only name of an unnamed place
//	country          STRING?    the country it is or lies in
//	subdivision      STRING?    its ISO 3166-2 subdivision ("UA-30")
//	parent_id        STRING?    the territory that contains it
//	lat              DOUBLE?    the latitude of its point, WGS 84 degrees
//	lon              DOUBLE?    the longitude of its point
//	point_precision  STRING?    how closely the point locates it: exact, near, …
//	is_group         BOOLEAN    whether it stands for several places not named one by one
//
// # Table sources
//
//	source_id        STRING     the source's ID
//	kind             STRING     report, article, post, interview, statement, …
//	title            STRING?    its title
//	publisher_id     STRING?    the actor that publishes it
//	platform         STRING?    the platform of a post ("x")
//	handle           STRING?    the account on it
//	url              STRING?    its address
//	published_*      TIME       when it was published (published_inferred: the source's own note of from what the date is inferred, else its time's)
//	language         STRING?    its language, a BCP 47 tag
//	via_id           STRING?    the source through which it reached the reader
//	description      STRING?    its description
//	excerpt          BOOLEAN    whether the text read is cut from a longer one
//	dateline_id      STRING?    the place it was filed from
//	copy_of_id       STRING?    the source it copies word for word
//	revises_id       STRING?    the earlier version it revises
//	correction       BOOLEAN    whether that revision corrects an error
//
// # Table identities
//
// One row per identity claim ([newsevent.Identity]); its sources are in
// attributions.
//
//	identity_id      STRING     the claim's ID
//	actor_id         STRING     the actor it is about
//	relation         STRING     same_as, named_as, possibly_same_as or not_same_as
//	other_id         STRING     the other actor
//	text             STRING?    the claim as written ("later named as")
//
// # What is lost
//
// The tables hold what engines aggregate and join on; the story's JSON
// (or JSON Lines) holds everything, and is the form to keep. Not in any
// table:
//
//   - The fields of each kind of event other than its roles, places,
//     figures, links and attributions: an attack's methods, whether it
//     was targeted, its weapons' names (their counts are figures, path
//     "weapons[i].count") and the words of its targets and claims; a
//     statement's speech acts, content, quotes and medium; a proposal's
//     name, stage, clauses, phases and conditions (their figures, places
//     and sources are kept); a response's act and qualifiers; a meeting's
//     agenda words, outcome, and whether it was remote or multilateral; a
//     disaster's hazard; an election's office, round, seats and outcomes;
//     a role change's change, role, and announced and effective times;
//     the action of a generic event. Each row of events has its kind and
//     event_id, to look the rest up in the JSON.
//   - An event's notes and names (their words; who uses a name is a
//     participant named_by, and their sources are in attributions).
//   - Quotes: their words, language, speaker, translations,
//     transliterations and glosses (attributions counts them).
//   - A figure's includes and excludes, as written.
//   - Names in other languages and scripts, aliases, handles, roles,
//     memberships and external IDs (Wikidata, GeoNames) of actors and
//     territories.
//   - A source's authors and related sources.
//   - A time's own note of from what it is inferred, for a source that
//     gives its own (published_inferred holds the source's).
//   - Times finer than a microsecond (the model's are at most to the
//     second).
//
// Rows refer to records by ID and may name records the story does not
// hold, when the story is not valid ([newsevent.Story.Validate]); the
// tables do not check. An attribution, place or time row may belong to a
// part whose words no table holds (a note, a quote): its path says which.
package parquet
