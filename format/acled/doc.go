// Package acled writes a story as CSV in the columns of an ACLED export and
// reads such a CSV back into a story.
//
// ACLED (Armed Conflict Location & Event Data) codes political violence,
// demonstrations and strategic developments as one row per event, in the
// columns its codebook names: https://acleddata.com/knowledge-base/codebook
// (ACLED Codebook, published 2 June 2023, last updated 3 October 2024).
// The columns, their order and their values are the codebook's, as ACLED's
// own R package acledR lists them (github.com/dtacled/acledR): [Columns].
// Any CSV reader reads the output; Python's csv module and pandas read it
// with the codebook's column names, as the tests check.
//
//	s := examples.MustArticle()
//	err := acled.Write(os.Stdout, s, acled.Options{})
//	back, err := acled.Read(file) // one *event.Other per row
//
// # Which events are written
//
// One row per event that ACLED would code, that took place (its status is
// occurred, ongoing, suspended or alleged: a plan, a proposal or a
// postponed or cancelled event did not), that not every source denies,
// and that has a date at one of the codebook's precisions (see event_date
// below):
//
//   - an [event.Attack] is political violence, its sub-event type from its
//     first method that has one: an air or drone strike is "Air/drone
//     strike"; a missile strike or shelling "Shelling/artillery/missile
//     attack"; a suicide bombing "Suicide bomb"; a car, roadside or other
//     bombing "Remote explosive/landmine/IED" (ACLED codes a thrown bomb as a
//     "Grenade", and the model does not tell thrown from planted); an
//     abduction "Abduction/forced disappearance"; a physical assault
//     "Attack" (Violence against civilians); a ground assault "Armed clash"
//     (Battles); a shooting "Armed clash" when a target is an armed force, a
//     state or a government, else "Attack". Without such a method, its first
//     weapon decides as the method would (missiles, rockets and artillery;
//     drones and aerial bombs; an IED; firearms as a shooting). Without
//     either, an attack on an armed force, a state or a government is an
//     "Armed clash" and a targeted killing of a person an "Attack"; any
//     other attack is not written, as nothing in it says which type it is.
//     The types the model has no method for ("Chemical weapon", "Grenade",
//     "Sexual violence", "Government regains territory", "Non-state actor
//     overtakes territory") come only from an [event.Other] (below).
//   - Strategic developments, "Agreement" (ACLED's guide to its event types
//     names peace agreements and summits): an [event.Proposal] agreed,
//     signed or in force; an [event.Response] that signs or accepts a
//     proposal; an [event.Meeting] whose agenda is a proposal of the story
//     (talks on a plan).
//   - An [event.Other] whose action is one of the codebook's 25 sub-event
//     types, spelled as the codebook spells it ("Peaceful protest", "Mob
//     violence", "Arrests"): that type. This is how a story records
//     protests, riots and the other types, and what [Read] makes.
//
// Not written, because ACLED does not code them as events: statements,
// elections, role changes, disasters, conflicts (a war is the frame of
// ACLED's events, not one of them), meetings on other agendas, other
// responses and proposals not yet agreed, and other events of the generic
// kind. No row is written with an empty type.
//
// Rows are ordered by event_date and, on one day, in the story's order, so
// the same story always gives the same bytes.
//
// # Columns written
//
//   - event_id_cnty: the ISO 3166-1 alpha-3 code of the row's country and a
//     number, counted per country in the order of the rows ("UKR1",
//     "UKR2", "RUS1"); a number alone for a row without a country code.
//     ACLED's own IDs are not the story's: the story's event IDs (UUIDs)
//     are not written.
//   - event_date, year, time_precision: from the event's time. A day (or
//     an instant, dated by its day in UTC) is precision 1; a period of two
//     to seven days is precision 2, dated by its middle day (the earlier of
//     two), as the codebook dates the middle of a week; a month, or a
//     period of more than a week within one month, is precision 3, dated
//     the 15th, or the 1st for a period that ends by the 10th, or the last
//     day for one that starts on the 21st or later and ends with the month,
//     as the codebook dates the beginning and end of a month. Not written:
//     an event without a date, a year, an open or bounded time ("since",
//     "not before"), and a period longer than a week across months. Lost:
//     the phrase as written, the zone, the hour, what a time was inferred
//     from, and the other sources' accounts of the time.
//   - disorder_type, event_type, sub_event_type: see above; the disorder
//     type follows the sub-event type, as ACLED's table of categories does
//     ("Political violence; Demonstrations" for excessive force against
//     protesters).
//   - actor1, assoc_actor_1, actor2, assoc_actor_2: names (the description
//     of an unnamed actor), several joined with "; ". An attack's attacker
//     and its first targeted actor, the other targeted actors associated
//     with actor2 (places are not actors); the first two parties of an
//     agreement (else its proposers) or attendees of a meeting, the others
//     associated with actor1, as the model does not say with whom they
//     stand; a response's responder; an Other's roles "actor1", "actor2",
//     "assoc_actor_1", "assoc_actor_2", else its participants as a
//     meeting's attendees.
//     An attack whose attacker the report does not give has an empty
//     actor1: who is blamed is not written (ACLED names an unidentified
//     group; the model has none to name). Lost: the roles' words, who is
//     blamed, and every other participant.
//   - inter1, inter2: 1 (State Forces) for a state, a government or an
//     armed force; 0 for no actor; empty for a person, an organisation, a
//     group or a medium, which the model does not sort into the codebook's
//     other types (rebels, political or identity militias, rioters,
//     protesters, civilians, external forces).
//   - interaction: the codebook's two-digit code of inter1 and inter2
//     ("11", "10"); empty when either type is not known.
//   - civilian_targeting, region, source_scale, tags, timestamp: empty.
//     The model does not mark civilian targeting, has no ACLED world
//     regions nor source scales, and ACLED's tags and upload time are
//     ACLED's own.
//   - iso, country, admin1, admin2, admin3, location: the row's place is,
//     of the event's places, the first that stands for one place and
//     contains none of the others (ACLED codes the most specific location
//     it can; "cities across the country" stand for several), else the
//     first. Its country is the country territory above it (else the
//     English name of its country code, from CLDR), iso the number of that
//     code in ISO 3166-1 (empty for a code without one, such as Kosovo's
//     XK); admin1 to admin3 the regions between the country and the place,
//     the place included, from the top (a fourth is lost, and a subdivision
//     code without a region record gives no name); location the place's
//     name, or its description. Lost: the other places of the event, the
//     kinds of the places, subdivision codes, other names.
//   - latitude, longitude, geo_precision: the point of the place, else of
//     the nearest territory that contains it, in four decimal places.
//     geo_precision is 1 for a point of the place itself or its town, 2 for
//     a point near it, 3 for the point of a region or a country, and 3 for
//     a point taken from a containing territory other than a city, a town
//     or a facility. Empty when no territory of the chain has a point.
//   - source: the names of the sources the event is attributed to (not
//     those that deny it), once each, joined with "; ": a source's
//     publisher, else its first author, else its title; a source with
//     none of them is left out. Lost: the verbs, quotes, the relay chain,
//     and sources' kinds, dates and addresses. A name that holds a ";" is
//     read back as two.
//   - notes: the event's title, and its description after it.
//   - fatalities: the codebook's conservative count, "the most
//     conservative estimate" when reports differ, with the library's
//     figure helpers. Of the event's figures of the killed family
//     (killed, deaths, confirmed killed, identified, bodies; not missing),
//     those that count people (no unit, rate or amount of money) and that
//     the story's claims view keeps live are weighed: a figure revised by a
//     later one is left for the later one (ACLED updates its counts as
//     tolls are revised), one that every source denies is left out, and so
//     is one that is feared, possible or planned. Figures that count the
//     same thing (source.Groups) give the lowest [source.Count.Conservative]
//     figure (source.Lowest): a range its lower end ("20 to 30" is 20), a
//     vague figure the floor the library documents, which is ACLED's own
//     rule ("dozens" is 12, "hundreds" 100), and every other figure its
//     number, whatever its qualifier ("nearly 70" is 70, "as many as 12"
//     12, "more than 4,500" 4,500). When figures count different groups of
//     one event (civilians and soldiers, two places), the largest of their
//     lowest figures is written: each is a number of dead the reports
//     guarantee, and the model does not say whether the groups overlap.
//     A fraction is rounded down. 0 when there is no such figure, as ACLED
//     codes an event whose reports give no deaths. Lost: the qualifier, the
//     words, who gives the figure, the injured and every other measure.
//
// Everything else an event holds (links, notes, names, quotes, clauses,
// weapons and their counts, lifecycle status) and the story's territorial
// statuses and identity claims are not written.
//
// # Reading
//
// [Read] requires the codebook's columns, each once, in any order, and
// makes one [event.Other] per row, whose action is the row's sub-event
// type, so that writing it again gives the same type, and whose status is
// occurred. Its ID comes from event_id_cnty (event.IDFor), and its title is
// the notes (else event_id_cnty). IDs are deterministic: the same CSV
// always gives the same story.
//
//   - The date and its precision become a time: precision 1 the day;
//     precision 2 the seven days around the date; precision 3 the month,
//     or its first ten days for a date on the 1st, or its days from the
//     21st for a date on its last day, each with Inferred saying so. year
//     must agree with event_date.
//   - Each named actor becomes an actor of that name (one per name and
//     type code), in the roles "actor1", "actor2", "assoc_actor_1",
//     "assoc_actor_2": State Forces (1) an armed force; rebel groups,
//     political and identity militias and external or other forces (2, 3, 4,
//     8) an organisation; rioters, protesters and civilians (5, 6, 7), and an
//     actor without a type, a group. The type is kept in words in the
//     description ("of ACLED's actor type 2, Rebel Groups"); writing the
//     actor again gives 1 for State Forces and an empty type for the others,
//     as the model's kinds do not hold them.
//   - country, admin1 to admin3 and location become a territory each (a
//     country, regions, and an area, each inside the one above), with the
//     country code of iso; a location of the same name as the level above
//     it and without a point is that level. The point goes to the location,
//     precise (1), near (2) or of its region (3).
//   - Each name in source becomes a source (a report whose title is the
//     name), and the event is attributed to each (reported); a row without
//     a source is attributed to one source that stands for the CSV itself.
//   - fatalities above 0 becomes a figure of the killed measure, exact, with
//     the number as written; 0 gives none, as the row cannot tell "no one
//     was killed" from "no deaths reported".
//   - civilian_targeting, region, source_scale and tags are not read, and
//     timestamp only checked to be a number: the model has no place for
//     them.
//
// So a story written, read and written again gives the same bytes:
// Write(Read(Write(s))) is Write(s), for every story s; what survives a
// read is what the columns hold, as listed above.
package acled
