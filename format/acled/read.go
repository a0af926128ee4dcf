package acled

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Error is what [Read] returns for a CSV it refuses: where the problem is
// (the row, the line it starts on, the column) and what it is. Use
// errors.As to get it.
type Error struct {
	// Row is the record's number in the file, the header being row 1.
	Row int
	// Line is the line the record starts on (a quoted field may hold
	// line breaks, so it may differ from Row); 0 when not known.
	Line int
	// Column is the name of the column, or of the column missing from
	// the header; empty for a problem of the whole row.
	Column string
	// Err is the problem.
	Err error
}

// Error says where the problem is and what it is: "acled: row 3, column
// event_date: ...".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("acled: row ")
	b.WriteString(strconv.Itoa(e.Row))
	if e.Line > 0 && e.Line != e.Row {
		b.WriteString(" (line " + strconv.Itoa(e.Line) + ")")
	}
	if e.Column != "" {
		b.WriteString(", column " + e.Column)
	}
	if e.Err != nil {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the problem, so that errors.Is and errors.As see it.
func (e *Error) Unwrap() error { return e.Err }

// The largest number of fatalities Read takes: a float64 holds every
// whole number up to it.
const maxFatalities = 1 << 53

// Read reads a CSV in the columns of an ACLED export (the header of
// [Columns], in any order, each column once) into a new story: one
// *event.Other per row, with the actors, places and sources the row
// names. The package doc says field by field what each column becomes.
//
// A header with a column the codebook does not have, or without one it
// has, and a row with a value the codebook does not allow (an unknown
// event type, a date not written YYYY-MM-DD, a number that is not one, an
// actor type code out of range or at odds with the actor column, an
// event_id_cnty given twice) are an *[Error] that names the row and the
// column. The story returned is valid ([newsevent.Story.Validate]).
func Read(r io.Reader) (*newsevent.Story, error) {
	if r == nil {
		return nil, errors.New("acled: no reader to read from")
	}
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = errors.New("the file is empty: it needs the header")
		}
		return nil, &Error{Row: 1, Line: 1, Err: err}
	}
	index, err := headerIndex(header)
	if err != nil {
		return nil, err
	}
	rd := &reader{s: new(newsevent.Story), rowOf: map[string]int{}, added: map[[16]byte]bool{}}
	for n := 2; ; n++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// FieldPos is only for a record read; a parse error says
			// where it starts.
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
				err = pe.Err
			}
			return nil, &Error{Row: n, Line: line, Err: err}
		}
		line, _ := cr.FieldPos(0)
		var c [numColumns]string
		for i, col := range index {
			c[col] = strings.TrimSpace(rec[i])
		}
		rd.n, rd.line = n, line
		if err := rd.row(&c); err != nil {
			return nil, err
		}
	}
	if err := rd.s.Validate(); err != nil {
		return nil, fmt.Errorf("acled: the story read does not validate: %w", err)
	}
	return rd.s, nil
}

// headerIndex returns, for each field of the header, the index of its
// column, or an *Error for a column that is unknown, repeated or missing.
func headerIndex(header []string) ([]int, error) {
	at := make(map[string]int, numColumns)
	for i, c := range columns {
		at[c] = i
	}
	index := make([]int, len(header))
	seen := make([]bool, numColumns)
	for i, name := range header {
		if i == 0 {
			name = strings.TrimPrefix(name, "\uFEFF") // a byte order mark, as spreadsheets write it
		}
		col, ok := at[name]
		switch {
		case !ok:
			return nil, &Error{Row: 1, Line: 1, Column: name, Err: errors.New("the codebook has no such column")}
		case seen[col]:
			return nil, &Error{Row: 1, Line: 1, Column: name, Err: errors.New("the column is given twice")}
		}
		seen[col] = true
		index[i] = col
	}
	for col, ok := range seen {
		if !ok {
			return nil, &Error{Row: 1, Line: 1, Column: columns[col], Err: errors.New("the column is missing")}
		}
	}
	return index, nil
}

// reader builds the story of one CSV, row by row.
type reader struct {
	s     *newsevent.Story
	n     int               // the row being read
	line  int               // the line it starts on
	rowOf map[string]int    // the row of each event_id_cnty
	added map[[16]byte]bool // the IDs of the records added
}

// fail returns an *Error at column col of the row being read.
func (rd *reader) fail(col int, format string, args ...any) error {
	return &Error{Row: rd.n, Line: rd.line, Column: columns[col], Err: fmt.Errorf(format, args...)}
}

// wrap returns an *Error at column col of the row being read for err.
func (rd *reader) wrap(col int, err error) error {
	return &Error{Row: rd.n, Line: rd.line, Column: columns[col], Err: err}
}

// row reads one row into the story.
func (rd *reader) row(c *[numColumns]string) error {
	id := c[colEventID]
	if id == "" {
		return rd.fail(colEventID, "is empty: every row needs its event ID")
	}
	if prev, ok := rd.rowOf[id]; ok {
		return rd.fail(colEventID, "%q is the ID of the event of row %d too", id, prev)
	}
	rd.rowOf[id] = rd.n

	when, err := rd.time(c)
	if err != nil {
		return err
	}
	sub := c[colSubEventType]
	info, ok := subEventTypes[sub]
	switch {
	case !ok:
		return rd.fail(colSubEventType, "%q is not a sub-event type of the codebook", sub)
	case c[colEventType] != info.eventType:
		return rd.fail(colEventType, "%q is not the event type of the sub-event type %q, which is %q", c[colEventType], sub, info.eventType)
	case c[colDisorderType] != "" && c[colDisorderType] != info.disorder:
		return rd.fail(colDisorderType, "%q is not the disorder type of the sub-event type %q, which is %q", c[colDisorderType], sub, info.disorder)
	}

	roles, err := rd.actors(c)
	if err != nil {
		return err
	}
	if c[colTimestamp] != "" {
		if _, err := strconv.ParseInt(c[colTimestamp], 10, 64); err != nil {
			return rd.fail(colTimestamp, "%q is not a Unix timestamp", c[colTimestamp])
		}
	}
	place, err := rd.place(c)
	if err != nil {
		return err
	}
	attrs, err := rd.sources(c[colSource])
	if err != nil {
		return err
	}

	title := c[colNotes]
	if title == "" {
		title = id
	}
	h := event.Header{
		ID:           event.IDFor("acled/event/" + id),
		Title:        title,
		Time:         when,
		Status:       event.StatusOccurred,
		Attributions: attrs,
	}
	if !place.IsZero() {
		h.Places = []territory.ID{place}
	}
	if f := c[colFatalities]; f != "" {
		n, err := strconv.ParseUint(f, 10, 64)
		if err != nil || n > maxFatalities {
			return rd.fail(colFatalities, "%q is not a number of fatalities (a whole number from 0 to %d)", f, uint64(maxFatalities))
		}
		if n > 0 {
			h.Figures = []source.Count{{Value: float64(n), Qualifier: source.QualifierExact, Text: f, Measure: source.MeasureKilled}}
		}
	}
	e := &event.Other{Header: h, Action: sub, Roles: roles}
	if err := e.Validate(); err != nil {
		return rd.wrap(colNotes, err)
	}
	if err := rd.s.AddEvent(e); err != nil {
		return rd.wrap(colEventID, err)
	}
	return nil
}

// time reads event_date, year and time_precision into a source.Time (see
// the package doc for what each precision becomes).
func (rd *reader) time(c *[numColumns]string) (source.Time, error) {
	date, err := time.Parse(time.DateOnly, c[colEventDate])
	if err != nil || date.IsZero() {
		return source.Time{}, rd.fail(colEventDate, "%q is not a date written YYYY-MM-DD", c[colEventDate])
	}
	if y := c[colYear]; y != "" {
		n, err := strconv.Atoi(y)
		if err != nil {
			return source.Time{}, rd.fail(colYear, "%q is not a year", y)
		}
		if n != date.Year() {
			return source.Time{}, rd.fail(colYear, "is %d, but event_date is in %d", n, date.Year())
		}
	}
	var t source.Time
	switch p := c[colTimePrecision]; p {
	case "1":
		t = source.Day(date.Year(), date.Month(), date.Day(), "")
	case "2":
		t = source.Between(date.AddDate(0, 0, -3), date.AddDate(0, 0, 3), source.PrecisionDay, "")
		t.Inferred = "ACLED's time precision 2: the date is the middle of the week or weekend the event took place in"
	case "3":
		last := time.Date(date.Year(), date.Month()+1, 0, 0, 0, 0, 0, time.UTC)
		switch date.Day() {
		case 1:
			t = source.Between(date, date.AddDate(0, 0, 9), source.PrecisionDay, "")
			t.Inferred = "ACLED's time precision 3 on the first of the month: the event took place at the beginning of the month"
		case last.Day():
			t = source.Between(date.AddDate(0, 0, 21-date.Day()), date, source.PrecisionDay, "")
			t.Inferred = "ACLED's time precision 3 on the last day of the month: the event took place at the end of the month"
		default:
			t = source.Month(date.Year(), date.Month(), "")
		}
	default:
		return source.Time{}, rd.fail(colTimePrecision, "%q is not a time precision of the codebook (1, 2 or 3)", p)
	}
	if err := t.Validate(); err != nil {
		return source.Time{}, rd.wrap(colEventDate, err)
	}
	return t, nil
}

// actors reads the actor columns into the roles of the row's event,
// adding the actors to the story.
func (rd *reader) actors(c *[numColumns]string) ([]event.Participant, error) {
	var roles []event.Participant
	codes := [2]int{}
	for side, cols := range [2][3]int{{colActor1, colAssocActor1, colInter1}, {colActor2, colAssocActor2, colInter2}} {
		name, inter := c[cols[0]], c[cols[2]]
		code := -1
		if inter != "" {
			n, err := strconv.Atoi(inter)
			if err != nil || n < interNone || n > interExternalOther {
				return nil, rd.fail(cols[2], "%q is not an actor type code of the codebook (0 to 8)", inter)
			}
			code = n
		}
		switch {
		case name == "" && code > interNone:
			return nil, rd.fail(cols[2], "is %d, but %s names no actor", code, columns[cols[0]])
		case name != "" && code == interNone:
			return nil, rd.fail(cols[2], "is 0 (no actor), but %s names %q", columns[cols[0]], name)
		case name == "" && code < 0:
			code = interNone
		}
		codes[side] = code
		role := [2]event.Role{roleActor1, roleActor2}[side]
		if name != "" {
			id, err := rd.actor(name, code, cols[0])
			if err != nil {
				return nil, err
			}
			roles = append(roles, event.Participant{Actor: id, Role: role})
		}
		assocRole := [2]event.Role{roleAssoc1, roleAssoc2}[side]
		for _, n := range split(c[cols[1]]) {
			id, err := rd.actor(n, -1, cols[1])
			if err != nil {
				return nil, err
			}
			roles = append(roles, event.Participant{Actor: id, Role: assocRole})
		}
	}
	if x := c[colInteraction]; x != "" {
		if _, err := strconv.Atoi(x); err != nil {
			return nil, rd.fail(colInteraction, "%q is not an interaction code of the codebook (two digits)", x)
		}
		if codes[0] >= 0 && codes[1] >= 0 {
			if want := interaction(codes[0], codes[1]); want != x && (want != "" || x != "0") {
				return nil, rd.fail(colInteraction, "is %s, but inter1 and inter2 make %q", x, want)
			}
		}
	}
	return roles, nil
}

// split returns the names of a list the codebook separates with
// semicolons, trimmed, without empty ones, once each.
func split(s string) []string {
	var out []string
	for _, n := range strings.Split(s, ";") {
		if n = strings.TrimSpace(n); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// actor returns the ID of the actor of this name and type code (-1 for
// none given), adding it to the story the first time. The type decides its
// kind: State Forces an armed force; rebel groups, militias and external
// or other forces an organisation; rioters, protesters, civilians and an
// actor without a type a group.
func (rd *reader) actor(name string, code int, col int) (actor.ID, error) {
	key := "acled/actor/" + strconv.Itoa(code) + "/" + name
	id := actor.IDFor(key)
	if rd.added[[16]byte(id)] {
		return id, nil
	}
	a := actor.Actor{ID: id, Kind: actor.KindGroup, Name: name}
	switch code {
	case interStateForces:
		a.Kind = actor.KindArmedForce
	case interRebelGroups, interPolitical, interIdentity, interExternalOther:
		a.Kind = actor.KindOrganisation
	}
	if code > interNone {
		a.Description = "of ACLED's actor type " + strconv.Itoa(code) + ", " + interNames[code]
	}
	if err := a.Validate(); err != nil {
		return actor.ID{}, rd.wrap(col, err)
	}
	if err := rd.s.AddActor(a); err != nil {
		return actor.ID{}, rd.wrap(col, err)
	}
	rd.added[[16]byte(id)] = true
	return id, nil
}

// place reads the place columns into territories and returns the one the
// row's event is at (zero when the row names none): the country, its
// admin levels as regions, each in the one above, and the location in the
// lowest of them, with the row's point.
func (rd *reader) place(c *[numColumns]string) (territory.ID, error) {
	var code vocab.Country
	if iso := c[colISO]; iso != "" {
		n, err := strconv.Atoi(iso)
		if err != nil || n < 1 || n > 999 {
			return territory.ID{}, rd.fail(colISO, "%q is not an ISO 3166-1 numeric country code", iso)
		}
		r, err := language.ParseRegion(fmt.Sprintf("%03d", n))
		if err == nil {
			code, err = vocab.ParseCountry(r.String())
		}
		if err != nil {
			return territory.ID{}, rd.fail(colISO, "%q is not the ISO 3166-1 numeric code of a country", iso)
		}
	}
	point, err := rd.point(c)
	if err != nil {
		return territory.ID{}, err
	}

	var parent territory.ID
	parentName := ""
	key := "acled/place"
	add := func(col int, kind territory.Kind, name, more string) error {
		key += "/" + strconv.Quote(name) + more
		t := territory.Territory{ID: territory.IDFor(key), Kind: kind, Name: name, Parent: parent, Country: code}
		if kind == territory.KindArea {
			t.Point = point
		}
		parent, parentName = t.ID, name
		if rd.added[[16]byte(t.ID)] {
			return nil
		}
		if err := t.Validate(); err != nil {
			return rd.wrap(col, err)
		}
		if err := rd.s.AddTerritory(t); err != nil {
			return rd.wrap(col, err)
		}
		rd.added[[16]byte(t.ID)] = true
		return nil
	}
	if name := c[colCountry]; name != "" {
		if err := add(colCountry, territory.KindCountry, name, "/country/"+code.String()); err != nil {
			return territory.ID{}, err
		}
	}
	for _, col := range []int{colAdmin1, colAdmin2, colAdmin3} {
		if name := c[col]; name != "" {
			if err := add(col, territory.KindRegion, name, "/admin"); err != nil {
				return territory.ID{}, err
			}
		}
	}
	loc := c[colLocation]
	switch {
	case loc == "" && !point.IsZero():
		return territory.ID{}, rd.fail(colLocation, "is empty, but latitude and longitude locate it")
	case loc == "", loc == parentName && point.IsZero():
		return parent, nil // the event is at the lowest level the row names
	}
	more := "/location"
	if !point.IsZero() {
		more += "@" + c[colLatitude] + "," + c[colLongitude] + "," + c[colGeoPrecision]
	}
	if err := add(colLocation, territory.KindArea, loc, more); err != nil {
		return territory.ID{}, err
	}
	return parent, nil
}

// point reads latitude, longitude and geo_precision: precision 1 (a
// particular town) is a point of the place itself, 2 (near a known
// location, or a small part of a region) one near it, 3 (a larger region)
// one of the region it is in.
func (rd *reader) point(c *[numColumns]string) (territory.Point, error) {
	lat, lon, gp := c[colLatitude], c[colLongitude], c[colGeoPrecision]
	if lat == "" && lon == "" {
		if gp != "" {
			return territory.Point{}, rd.fail(colGeoPrecision, "is %q, but latitude and longitude are empty", gp)
		}
		return territory.Point{}, nil
	}
	coord := func(col int, s string, limit float64) (float64, error) {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(v) || math.Abs(v) > limit {
			return 0, rd.fail(col, "%q is not a coordinate in degrees from -%g to %g", s, limit, limit)
		}
		return v, nil
	}
	var p territory.Point
	var err error
	if p.Lat, err = coord(colLatitude, lat, 90); err != nil {
		return p, err
	}
	if p.Lon, err = coord(colLongitude, lon, 180); err != nil {
		return p, err
	}
	switch gp {
	case "1":
		p.Precision = territory.PrecisionExact
	case "2":
		p.Precision = territory.PrecisionNear
	case "3":
		p.Precision = territory.PrecisionRegion
	default:
		return p, rd.fail(colGeoPrecision, "%q is not a geo precision of the codebook (1, 2 or 3)", gp)
	}
	return p, nil
}

// fileSource is the ID of the source that stands for the CSV itself, to
// which Read attributes the events of rows that name no source.
var fileSource = source.IDFor("acled/file")

// sources reads the source column: a source per name, each a report whose
// title is the name, to which the event is attributed (reported); with no
// name, the CSV itself.
func (rd *reader) sources(s string) ([]source.Attribution, error) {
	names := split(s)
	if len(names) == 0 {
		if !rd.added[[16]byte(fileSource)] {
			src := source.Source{ID: fileSource, Kind: source.KindDocument, Description: "the CSV in ACLED's columns that the events were read from"}
			if err := rd.s.AddSource(src); err != nil {
				return nil, rd.wrap(colSource, err)
			}
			rd.added[[16]byte(fileSource)] = true
		}
		return []source.Attribution{source.Attribute(fileSource, source.VerbReported)}, nil
	}
	var attrs []source.Attribution
	for _, n := range names {
		id := source.IDFor("acled/source/" + n)
		if !rd.added[[16]byte(id)] {
			src := source.Source{ID: id, Kind: source.KindReport, Title: n}
			if err := src.Validate(); err != nil {
				return nil, rd.wrap(colSource, err)
			}
			if err := rd.s.AddSource(src); err != nil {
				return nil, rd.wrap(colSource, err)
			}
			rd.added[[16]byte(id)] = true
		}
		attrs = append(attrs, source.Attribute(id, source.VerbReported))
	}
	return attrs, nil
}
