package newsevent

import (
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/walk"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// Claims is the claims view of a story: who says what, what was revised
// or denied, and where sources disagree, for its figures, the times of its
// events and its territorial statuses. [Story.Claims] makes it for a whole
// story and [Story.ClaimsOf] for one event. Nothing in it is overwritten:
// every figure, time and status of the story stays, with its state.
//
// The view is data: its JSON form (snake_case names, as the story's own)
// is for programs, and [Claims.String] writes it as text for people.
// Every list is in story order: the order of the story's JSON form
// (territories, then statuses, then events, each in the order they were
// added), and within a record the order of its fields.
//
// # Groups of figures
//
// Every figure of the story ([source.Count], wherever it sits in a record:
// an event's casualties or toll, a weapon's count, a clause's terms, a
// candidate's results, a territory's figures, a status's share, as
// [event.Figures] finds them) is in exactly one [FigureGroup]: figures of
// one record that count the same thing. Two figures count the same thing
// when [source.Comparable] says so (the same measure family, unit, rate,
// currency, subject, actor, period and places in and excluded) and they
// are parts of the same whole (the same Within, or none): "50 of them
// carry fuel" is not the count of all trucks. A figure that revises
// another (Revises, and RevisesIn for a figure of another record) joins
// the group of the figure it revises, whatever its own record or measure:
// the statement that "now says 12" about yesterday's strike sits with the
// strike's toll. A revision that does not resolve (which [Story.Validate]
// reports) is left in its own record's groups.
//
// # The state of a claim
//
// Each figure, time and status has a [ClaimState]: revised when another
// one revises it (its RevisedBy say by which, by whom and as of when), and
// the revising one is not itself denied; else denied when every source
// it is attributed to denies it ([source.Count.Denied]); else, for a
// figure, not actual when its modality is not ([source.Modality.Actual]:
// feared, possible, projected, expected, planned); else live. A claim
// denied by some of its sources and given by others is live, with
// DeniedBy naming those that deny it.
//
// # Current and disputed
//
// The rules of each kind of claim are on [FigureGroup], [TimeGroup] and
// [StatusGroup].
type Claims struct {
	// Figures are the story's figures in groups, ordered by the first
	// figure of each group.
	Figures []FigureGroup `json:"figures,omitzero"`
	// Times are, per event with a time of its own or an account of one,
	// every account of when it happened, in the order of the events.
	Times []TimeGroup `json:"times,omitzero"`
	// Statuses are the story's territorial statuses, per territory,
	// relation and recogniser, ordered by the first status of each group.
	Statuses []StatusGroup `json:"statuses,omitzero"`
	// Names are the names of the records and sources the view refers to,
	// for people to read: an event's title, an actor's or territory's
	// name (or its description when it has none), a status's words (or
	// its relation), a source's title, description, author or URL, or
	// else its kind.
	Names map[uuid.UUID]string `json:"names,omitzero"`
}

// ClaimState says where a claim stands: live, revised, denied or not
// actual. See [Claims] for how it is decided.
type ClaimState string

// The states of a claim.
const (
	ClaimLive      ClaimState = "live"       // no one revises it, and not every source denies it
	ClaimRevised   ClaimState = "revised"    // a later claim revises it; it stays, marked
	ClaimDenied    ClaimState = "denied"     // every source it is attributed to denies it
	ClaimNotActual ClaimState = "not_actual" // a figure of what is feared, possible, projected, expected or planned
)

// DisputeReason says why two claims of a group are in dispute.
type DisputeReason string

// The reasons of a dispute.
const (
	DisputeRange  DisputeReason = "range"  // two figures whose numbers do not overlap
	DisputeTime   DisputeReason = "time"   // two accounts of a time that do not overlap
	DisputeHolder DisputeReason = "holder" // two statuses that name different holders for overlapping periods
	DisputeDenied DisputeReason = "denied" // a status one source states and another denies
)

// Address says where a claim sits in a story: the record that holds it,
// the JSON path inside that record ("casualties[1]", "figures[0]",
// "time", "other_times[0]"; empty for a status, which is a record of its
// own), and its Ref, if it has one. An address with an empty Path names a
// whole record.
type Address struct {
	// Record is the ID of the record that holds the claim.
	Record uuid.UUID `json:"record"`
	// Type is the record's type: "event", "territory" or "status".
	Type string `json:"type"`
	// Path is the claim's JSON path inside the record.
	Path string `json:"path,omitempty"`
	// Ref is the claim's ref: a figure's or reported time's own label,
	// [event.RefTime] for an event's own time.
	Ref string `json:"ref,omitempty"`
}

// Claim is what the view says of every figure, time and status: where it
// is, who gives it, and its state.
type Claim struct {
	// At is where the claim sits in the story.
	At Address `json:"at"`
	// Sources are the sources that give the claim (its attributions
	// whose verb is not denied), once each, in order. A figure without
	// attributions of its own has those of the record that holds it (an
	// event's or a status's), and Inherited says so.
	Sources []source.ID `json:"sources,omitzero"`
	// Inherited says Sources are those of the record, not the claim's own.
	Inherited bool `json:"inherited,omitempty"`
	// DeniedBy are the sources that deny the claim.
	DeniedBy []source.ID `json:"denied_by,omitzero"`
	// Published is the latest publication time among Sources, when the
	// story knows one; it orders claims that give no time of their own.
	Published source.Time `json:"published,omitzero"`
	// State says whether the claim is live, revised, denied or not actual.
	State ClaimState `json:"state"`
	// RevisedBy are the claims that revise this one, in story order.
	RevisedBy []Revision `json:"revised_by,omitzero"`
}

// Revision is a claim that revises another: where it is, who gives it,
// and as of when.
type Revision struct {
	// By is where the revising claim sits.
	By Address `json:"by"`
	// Sources are the sources that give the revising claim.
	Sources []source.ID `json:"sources,omitzero"`
	// AsOf is the revising figure's "as of" time; zero for a time or a
	// status, and for a figure that gives none.
	AsOf source.Time `json:"as_of,omitzero"`
	// Published is the latest publication time among Sources, when known.
	Published source.Time `json:"published,omitzero"`
}

// Dispute is a pair of claims of one group that cannot both be right: two
// indexes into the group's list, the lower first, and why. A status given
// by some sources and denied by others is in dispute with itself: both
// indexes are the same.
type Dispute struct {
	// Between are the indexes of the two claims in the group's list.
	Between [2]int `json:"between"`
	// Reason says why they are in dispute.
	Reason DisputeReason `json:"reason"`
}

// FigureGroup is the figures of one record that count the same thing
// (see [Claims] for the grouping), with the current one and the disputes.
//
// # Current
//
// The current figure is the latest live actual figure that has a number
// ([source.Count.Usable], and not revised): the one whose AsOf starts
// last (a figure without AsOf is older than any with one); between
// figures as recent, the one whose sources were published last (Published;
// a figure whose sources have no publication time is older than any that
// has one); between figures still as recent, the lower
// [source.Count.Conservative] value (ties are broken conservatively); and
// last the one later in story order. A group whose figures are all
// revised, denied or not actual has none.
//
// # Disputed
//
// Two live actual figures with numbers are in dispute when they come from
// different sources (no source gives both, and each has at least one) and
// the numbers their words allow do not overlap ([source.Count.Bounds]:
// "at least 9" and "12" agree; "9" and "12" do not; a vague figure allows
// its floor and anything above). Revised, denied and not actual figures
// are never in dispute. Disputes are listed by their first index, then
// their second.
type FigureGroup struct {
	// About is the record the figures are about: the one that holds the
	// first figure that revises no other.
	About Address `json:"about"`
	// Family is the measure family of that figure ([source.Count.Family]).
	Family source.Measure `json:"family"`
	// Figures are the group's figures, in story order.
	Figures []FigureClaim `json:"figures"`
	// Current is the index in Figures of the current figure, or -1 when
	// there is none.
	Current int `json:"current"`
	// Disputed reports whether any two figures of the group are in
	// dispute.
	Disputed bool `json:"disputed"`
	// Disputes are the pairs of figures in dispute.
	Disputes []Dispute `json:"disputes,omitzero"`
}

// FigureClaim is one figure of a [FigureGroup]: the figure as the story
// holds it (its qualifier, words, modality and AsOf are in Count), with
// where it is, who gives it and its state.
type FigureClaim struct {
	Claim
	// Count is a copy of the figure.
	Count source.Count `json:"count"`
}

// TimeGroup is every account of when one event happened: the event's own
// time ("time") and the reported times of its header (OtherTimes), with
// the reported times of other events that revise them (through RevisesIn),
// which join the event they are about.
//
// # Current
//
// The current account is the event's own time while that is live: it is
// the account the dataset places the event by, and the one
// [Story.Timeline] and [Story.TimeOf] use, so that the view and the
// timeline agree (an own time without a date, a phrase alone, the
// timeline reads with the time the event's links imply: see Timeline). When the event's own time is revised or denied, the
// current account is the live account whose sources were published last
// (an account with no publication time known is older than any with one),
// then the later in story order: the view says which account supersedes
// it, while the timeline keeps the event's own time (Timeline), as a
// time given in a record is never changed. When no account is live, the
// current one is the event's own time, whatever its state, or none (-1)
// for an event without a time of its own.
//
// # Disputed
//
// Two live dated accounts are in dispute when they come from different
// sources (no source gives both, and each has at least one) and the
// instants they cover do not overlap ([source.Time.Span], at their
// precision: "Sunday" and "late on Sunday" agree, "Sunday" and "Monday" do
// not; an open time has no end on its open side). An account without a
// date (a phrase alone) is never in dispute.
type TimeGroup struct {
	// Event is the event the accounts are about.
	Event Address `json:"event"`
	// Accounts are the accounts, in story order: the event's own time
	// first, with the Ref [event.RefTime].
	Accounts []TimeClaim `json:"accounts"`
	// Current is the index in Accounts of the current account, or -1.
	Current int `json:"current"`
	// Timeline is the time the story's timeline places the event by
	// ([Story.TimeOf]): its own time, or the time its links imply.
	Timeline source.Time `json:"timeline,omitzero"`
	// Disputed reports whether any two accounts are in dispute.
	Disputed bool `json:"disputed"`
	// Disputes are the pairs of accounts in dispute.
	Disputes []Dispute `json:"disputes,omitzero"`
}

// TimeClaim is one account of when an event happened, with where it is,
// who gives it and its state.
type TimeClaim struct {
	Claim
	// Time is the time as that account gives it.
	Time source.Time `json:"time"`
}

// StatusGroup is the territorial statuses of one territory, relation and
// recogniser: who controls, occupies, annexed or claims it, or whose hold
// a recogniser recognises. A status of several territories is in the
// group of each. Two recognisers do not dispute each other: each
// recognition is a fact of its own, so the recogniser is part of the
// group.
//
// # Disputed
//
// A status says that something holds when it is live and in force or
// asserted (a proposed status only proposes). Two statuses are in dispute
// when both say that something holds, from different sources (no source
// gives both, and each has at least one), name different holders, and
// their periods overlap ([source.Time.Span]; a status without a date
// overlaps every other, as [Story.StatusesOf] reads it): [DisputeHolder].
// A status that says something holds is in dispute with a denied status
// of the same holder and an overlapping period, when no source gives the
// one and denies the other, and with itself when some of its sources
// deny it: [DisputeDenied]. Revised statuses are never in dispute.
type StatusGroup struct {
	// Territory is the territory the statuses are about.
	Territory Address `json:"territory"`
	// Relation is how the holders stand to it.
	Relation territory.Relation `json:"relation"`
	// Recogniser is the recognising actor, for a recognition.
	Recogniser actor.ID `json:"recogniser,omitzero"`
	// Statuses are the group's statuses, in story order.
	Statuses []StatusClaim `json:"statuses"`
	// Disputed reports whether any two statuses are in dispute.
	Disputed bool `json:"disputed"`
	// Disputes are the pairs of statuses in dispute.
	Disputes []Dispute `json:"disputes,omitzero"`
}

// StatusClaim is one territorial status of a [StatusGroup] (a copy of the
// whole status: its holder, standing, period and attributions), with who
// gives it and its state. Its address is the status record.
type StatusClaim struct {
	Claim
	// Status is a copy of the status.
	Status territory.Status `json:"status"`
}

// Claims returns the claims view of the whole story: every figure in its
// group, every account of every event's time, every territorial status,
// each with its sources and state, the current figure and time, and the
// disputes (see [Claims] and the groups for the rules). The view holds
// copies: changing it changes nothing in the story.
//
// It walks every record once and groups in time near-linear in the
// figures, times and statuses, except that the disputes of a group are
// listed pair by pair, and the statuses of one territory and relation are
// compared pair by pair.
func (s *Story) Claims() Claims {
	return newClaimBuilder(s).build(-1)
}

// ClaimsOf returns the claims view of one event: the groups of figures
// that hold a figure of the event or are about it (so a figure of another
// event that revises the event's toll is there, in the toll's group, and a
// figure of the event that revises another event's toll brings that
// group), and the accounts of the event's time, with those of other
// events that revise them, and those of the accounts the event gives that
// are about other events. It has no statuses. An ID that is not an event
// of the story gives an empty view. As a revision may come from any
// record, it walks the whole story, as [Story.Claims] does.
func (s *Story) ClaimsOf(id event.ID) Claims {
	sl, ok := s.byID[uuid.UUID(id)]
	if !ok || sl.typ != typeEvent {
		return Claims{}
	}
	b := newClaimBuilder(s)
	return b.build(int32(b.off[typeEvent] + sl.i))
}

// build makes the view of the story, or, when only is not negative, of
// the event at that record position.
func (b *claimBuilder) build(only int32) Claims {
	b.collect()
	var out Claims
	out.Figures = b.figureGroups(only)
	out.Times = b.timeGroups(only)
	if only < 0 {
		out.Statuses = b.statusGroups()
	}
	if len(b.names) > 0 {
		out.Names = b.names
	}
	return out
}

// claimKey is the address of a figure or reported time by ref: the
// record that holds it and its ref.
type claimKey struct {
	rec uuid.UUID
	ref string
}

// figItem is a figure found in a record.
type figItem struct {
	pos   int32 // the position of the record that holds it
	path  string
	c     *source.Count // the story's own figure: read, never written
	group int32
}

// timeItem is an account of an event's time: the event's own time, or a
// reported time.
type timeItem struct {
	pos       int32 // the position of the event that holds it
	path      string
	ref       string
	t         *source.Time
	attrs     []source.Attribution
	revises   string
	revisesIn event.ID
	own       bool  // the event's own time
	about     int32 // the position of the event it is about
}

// claimBuilder gathers the claims of a story. Records are numbered by
// their position in the story's JSON form: actors, territories, sources,
// statuses, events, identities.
type claimBuilder struct {
	s   *Story
	off [typeIdentity + 2]int // off[t] is the position of the first record of type t

	figs   []figItem
	figAt  map[claimKey]int32
	times  []timeItem
	timeAt map[claimKey]int32

	cur   int32 // the position of the record being walked
	curID uuid.UUID
	at    walk.Path

	timeline []source.Time // the story's index: each event's time on the timeline

	names map[uuid.UUID]string
}

func newClaimBuilder(s *Story) *claimBuilder {
	b := &claimBuilder{s: s}
	n := 0
	for t, l := range [...]int{
		typeActor: len(s.actors), typeTerritory: len(s.territories), typeSource: len(s.sources),
		typeStatus: len(s.statuses), typeEvent: len(s.events), typeIdentity: len(s.identities),
	} {
		if t == 0 {
			continue
		}
		b.off[t] = n
		n += l
	}
	b.off[typeIdentity+1] = n
	return b
}

// record returns the type of the record at position pos and its index in
// the list of that type.
func (b *claimBuilder) record(pos int32) (recordType, int) {
	for t := typeActor; t <= typeIdentity; t++ {
		if int(pos) < b.off[t+1] {
			return t, int(pos) - b.off[t]
		}
	}
	return 0, -1
}

// position returns the position of the record with this ID, or -1.
func (b *claimBuilder) position(id uuid.UUID) int32 {
	sl, ok := b.s.byID[id]
	if !ok {
		return -1
	}
	return int32(b.off[sl.typ] + sl.i)
}

// idAt returns the ID of the record at position pos.
func (b *claimBuilder) idAt(pos int32) uuid.UUID {
	t, i := b.record(pos)
	switch t {
	case typeActor:
		return uuid.UUID(b.s.actors[i].ID)
	case typeTerritory:
		return uuid.UUID(b.s.territories[i].ID)
	case typeSource:
		return uuid.UUID(b.s.sources[i].ID)
	case typeStatus:
		return uuid.UUID(b.s.statuses[i].ID)
	case typeEvent:
		return uuid.UUID(event.HeaderOf(b.s.events[i]).ID)
	case typeIdentity:
		return uuid.UUID(b.s.identities[i].ID)
	}
	return uuid.UUID{}
}

// attributionsAt returns the attributions of the record at position pos
// that its figures inherit: an event's or a status's.
func (b *claimBuilder) attributionsAt(pos int32) []source.Attribution {
	switch t, i := b.record(pos); t {
	case typeStatus:
		return b.s.statuses[i].Attributions
	case typeEvent:
		return event.HeaderOf(b.s.events[i]).Attributions
	}
	return nil
}

// address returns the address of a claim in the record at pos, and names
// the record.
func (b *claimBuilder) address(pos int32, path, ref string) Address {
	t, _ := b.record(pos)
	id := b.idAt(pos)
	b.name(id)
	return Address{Record: id, Type: t.String(), Path: path, Ref: ref}
}

// collect walks every record of the story for its figures and reported
// times, in story order, with the typed walks of the Checker (refs_gen.go).
func (b *claimBuilder) collect() {
	s := b.s
	b.figAt = make(map[claimKey]int32)
	b.timeAt = make(map[claimKey]int32)
	pos := int32(0)
	next := func(id uuid.UUID) *walk.Path {
		b.cur, b.curID = pos, id
		pos++
		b.at.Reset()
		return &b.at
	}
	for i := range s.actors {
		refsActor(&s.actors[i], b, next(uuid.UUID(s.actors[i].ID)))
	}
	for i := range s.territories {
		refsTerritory(&s.territories[i], b, next(uuid.UUID(s.territories[i].ID)))
	}
	for i := range s.sources {
		refsSource(&s.sources[i], b, next(uuid.UUID(s.sources[i].ID)))
	}
	for i := range s.statuses {
		refsStatus(&s.statuses[i], b, next(uuid.UUID(s.statuses[i].ID)))
	}
	for _, e := range s.events {
		h := event.HeaderOf(e)
		if !h.Time.IsZero() {
			b.addTime(timeItem{pos: pos, path: "time", ref: event.RefTime, t: &h.Time, attrs: h.Attributions, own: true}, uuid.UUID(h.ID))
		}
		if at := next(uuid.UUID(h.ID)); !refsEvent(e, b, at) {
			reflectRefs(e, b, at) // a kind refs_gen.go does not know yet
		}
	}
	for i := range s.identities {
		refsIdentity(&s.identities[i], b, next(uuid.UUID(s.identities[i].ID)))
	}
}

// onRef is the walk's visit of a reference, which claims do not need.
func (b *claimBuilder) onRef(recordType, *uuid.UUID, *walk.Path) {}

// onCount keeps a figure the walk finds.
func (b *claimBuilder) onCount(c *source.Count, at *walk.Path) {
	if c.IsZero() {
		return // an empty optional figure (a meeting without a duration)
	}
	i := int32(len(b.figs))
	b.figs = append(b.figs, figItem{pos: b.cur, path: at.String(""), c: c})
	if c.Ref != "" {
		k := claimKey{b.curID, c.Ref}
		if _, dup := b.figAt[k]; !dup {
			b.figAt[k] = i
		}
	}
}

// onTime keeps a reported time the walk finds.
func (b *claimBuilder) onTime(rt *event.ReportedTime, at *walk.Path) {
	b.addTime(timeItem{
		pos: b.cur, path: at.String(""), ref: rt.Ref, t: &rt.Time, attrs: rt.Attributions,
		revises: rt.Revises, revisesIn: rt.RevisesIn,
	}, b.curID)
}

func (b *claimBuilder) addTime(t timeItem, holder uuid.UUID) {
	i := int32(len(b.times))
	b.times = append(b.times, t)
	if t.ref != "" {
		k := claimKey{holder, t.ref}
		if _, dup := b.timeAt[k]; !dup {
			b.timeAt[k] = i
		}
	}
}

// roots returns, for each of n claims, the claim at the start of its
// chain of revisions: the first one, following target (the claim a claim
// revises, or -1), that revises none. In a cycle of revisions the chain
// ends at the first claim of the cycle it meets. Each claim is visited a
// fixed number of times.
func roots(n int, target func(int32) int32) []int32 {
	root := make([]int32, n)
	mark := make([]int32, n) // the walk that has a claim on its path, plus 1
	for i := range root {
		root[i] = -1
	}
	var path []int32
	for i := range int32(n) {
		if root[i] >= 0 {
			continue
		}
		path = append(path[:0], i)
		mark[i] = i + 1
		r, cur := i, i
		for {
			t := target(cur)
			if t < 0 {
				r = cur
				break
			}
			if root[t] >= 0 {
				r = root[t]
				break
			}
			if mark[t] == i+1 {
				r = t // a cycle: it starts where the walk meets itself
				break
			}
			mark[t] = i + 1
			path = append(path, t)
			cur = t
		}
		for _, p := range path {
			root[p] = r
		}
		root[r] = r
	}
	return root
}

// figTarget returns the figure that figure i revises, or -1.
func (b *claimBuilder) figTarget(i int32) int32 {
	c := b.figs[i].c
	if c.Revises == "" {
		return -1
	}
	rec := c.RevisesIn
	if rec == (uuid.UUID{}) {
		rec = b.idAt(b.figs[i].pos)
	}
	j, ok := b.figAt[claimKey{rec, c.Revises}]
	if !ok || j == i {
		return -1
	}
	return j
}

// figBucket narrows the search for a figure's group to the figures of one
// record, measure family and whole; [source.Comparable] decides within.
type figBucket struct {
	about  int32
	family source.Measure
	within string
}

// figureGroups groups the figures, and returns the groups (all, or those
// of the event at position only).
func (b *claimBuilder) figureGroups(only int32) []FigureGroup {
	n := len(b.figs)
	if n == 0 {
		return nil
	}
	root := roots(n, b.figTarget)
	// For one event, only the records its figures are about matter.
	var keep []int32
	if only >= 0 {
		keep = append(keep, only)
		for i := range int32(n) {
			if p := b.figs[root[i]].pos; b.figs[i].pos == only && !slices.Contains(keep, p) {
				keep = append(keep, p)
			}
		}
	}
	var firsts []int32 // the first root of each group
	buckets := make(map[figBucket][]int32, n/2)
	for i := range int32(n) {
		b.figs[i].group = -1
		if root[i] != i || (only >= 0 && !slices.Contains(keep, b.figs[i].pos)) {
			continue
		}
		c := b.figs[i].c
		k := figBucket{b.figs[i].pos, c.Family(), c.Within}
		g := int32(-1)
		for _, h := range buckets[k] {
			if source.Comparable(*b.figs[firsts[h]].c, *c) {
				g = h
				break
			}
		}
		if g < 0 {
			g = int32(len(firsts))
			firsts = append(firsts, i)
			buckets[k] = append(buckets[k], g)
		}
		b.figs[i].group = g
	}
	revisers := make(map[int32][]int32)
	for i := range int32(n) {
		b.figs[i].group = b.figs[root[i]].group
		if t := b.figTarget(i); t >= 0 && !b.figs[i].c.Denied() {
			revisers[t] = append(revisers[t], i)
		}
	}
	groups := runs(n, func(i int32) int32 { return b.figs[i].group })
	out := make([]FigureGroup, 0, len(groups))
	for _, m := range groups {
		if b.figs[m[0]].group < 0 {
			continue // not about the event asked for
		}
		about := b.figs[firsts[b.figs[m[0]].group]].pos
		if only >= 0 && about != only && !slices.ContainsFunc(m, func(i int32) bool { return b.figs[i].pos == only }) {
			continue
		}
		out = append(out, b.figureGroup(about, m, firsts[b.figs[m[0]].group], revisers))
	}
	return out
}

// runs returns the claims 0 to n-1 by their group, each group in story
// order, the groups in the order of their first claim: one sort, and no
// list per group.
func runs(n int, group func(int32) int32) [][]int32 {
	all := make([]int32, n)
	for i := range all {
		all[i] = int32(i)
	}
	slices.SortFunc(all, func(x, y int32) int {
		if gx, gy := group(x), group(y); gx != gy {
			return int(gx - gy)
		}
		return int(x - y)
	})
	var out [][]int32
	for start := 0; start < n; {
		end := start + 1
		for end < n && group(all[end]) == group(all[start]) {
			end++
		}
		out = append(out, all[start:end:end])
		start = end
	}
	slices.SortFunc(out, func(x, y []int32) int { return int(x[0] - y[0]) })
	return out
}

// figureGroup makes the group of the figures m, about the record at
// about, whose first figure that revises none is first.
func (b *claimBuilder) figureGroup(about int32, m []int32, first int32, revisers map[int32][]int32) FigureGroup {
	g := FigureGroup{About: b.address(about, "", ""), Family: b.figs[first].c.Family(), Current: -1}
	g.Figures = make([]FigureClaim, len(m))
	for k, i := range m {
		f := &b.figs[i]
		c := f.c
		cl := b.claim(f.pos, f.path, c.Ref, c.Attributions, true)
		for _, r := range revisers[i] {
			cl.RevisedBy = append(cl.RevisedBy, b.figRevision(r))
		}
		switch {
		case len(cl.RevisedBy) > 0:
			cl.State = ClaimRevised
		case c.Denied():
			cl.State = ClaimDenied
		case !c.Modality.Actual():
			cl.State = ClaimNotActual
		default:
			cl.State = ClaimLive
		}
		b.nameFigure(c)
		g.Figures[k] = FigureClaim{Claim: cl, Count: copyCount(c)}
	}
	usable := func(k int) bool { return g.Figures[k].State == ClaimLive && g.Figures[k].Count.Usable() }
	for k := range g.Figures {
		if usable(k) && (g.Current < 0 || laterFigure(&g.Figures[k], &g.Figures[g.Current])) {
			g.Current = k
		}
	}
	spans := make([]span, len(m))
	for k := range g.Figures {
		if usable(k) {
			spans[k].lo, spans[k].hi = g.Figures[k].Count.Bounds()
			spans[k].ok = true
		}
	}
	g.Disputes = disputes(spans, true, func(x, y int) bool {
		return apartSources(g.Figures[x].Sources, g.Figures[y].Sources)
	}, DisputeRange)
	g.Disputed = len(g.Disputes) > 0
	return g
}

// laterFigure reports whether figure a is to be current rather than b,
// which comes before it in story order; see [FigureGroup].
func laterFigure(a, b *FigureClaim) bool {
	if c := a.Count.AsOf.Start.Compare(b.Count.AsOf.Start); c != 0 {
		return c > 0
	}
	if c := a.Published.Start.Compare(b.Published.Start); c != 0 {
		return c > 0
	}
	if x, y := a.Count.Conservative(), b.Count.Conservative(); x != y {
		return x < y
	}
	return true
}

// figRevision describes figure i as a revision of another.
func (b *claimBuilder) figRevision(i int32) Revision {
	f := &b.figs[i]
	cl := b.claim(f.pos, f.path, f.c.Ref, f.c.Attributions, true)
	return Revision{By: cl.At, Sources: cl.Sources, AsOf: f.c.AsOf, Published: cl.Published}
}

// claim describes a claim of the record at pos given by attrs: its
// address, sources, denials and publication; its state is left to the
// caller. With inherit, a claim without attributions has the record's
// sources.
func (b *claimBuilder) claim(pos int32, path, ref string, attrs []source.Attribution, inherit bool) Claim {
	cl := Claim{At: b.address(pos, path, ref)}
	own := attrs
	if len(attrs) == 0 && inherit {
		attrs = b.attributionsAt(pos)
		cl.Inherited = len(attrs) > 0
	}
	for _, a := range attrs {
		if a.Verb == source.VerbDenied {
			if len(own) > 0 && !slices.Contains(cl.DeniedBy, a.Source) {
				cl.DeniedBy = append(cl.DeniedBy, a.Source)
			}
			continue
		}
		if !slices.Contains(cl.Sources, a.Source) {
			cl.Sources = append(cl.Sources, a.Source)
		}
	}
	for _, id := range cl.Sources {
		b.name(uuid.UUID(id))
		if src, ok := b.source(id); ok && src.Published.Start.After(cl.Published.Start) {
			cl.Published = src.Published
		}
	}
	for _, id := range cl.DeniedBy {
		b.name(uuid.UUID(id))
	}
	return cl
}

// copyCount returns a deep copy of a figure. It copies the fields that
// share memory one by one, as internal/clone would, without boxing the
// figure (a third of the view's time went there); the claims tests fail
// when a field that shares memory is added to source.Count and not here.
func copyCount(c *source.Count) source.Count {
	out := *c
	out.Includes = slices.Clone(c.Includes)
	out.Excludes = slices.Clone(c.Excludes)
	out.In = slices.Clone(c.In)
	out.Excluding = slices.Clone(c.Excluding)
	if c.Attributions != nil {
		out.Attributions = make([]source.Attribution, len(c.Attributions))
		for i, a := range c.Attributions {
			if a.Quotes != nil {
				a.Quotes = clone.Of(a.Quotes)
			}
			out.Attributions[i] = a
		}
	}
	return out
}

// source returns the story's own source with this ID.
func (b *claimBuilder) source(id source.ID) (*source.Source, bool) {
	if sl, ok := b.s.byID[uuid.UUID(id)]; ok && sl.typ == typeSource {
		return &b.s.sources[sl.i], true
	}
	return nil, false
}

// timeTarget returns the account that account i revises, or -1.
func (b *claimBuilder) timeTarget(i int32) int32 {
	t := &b.times[i]
	if t.revises == "" {
		return -1
	}
	rec := uuid.UUID(t.revisesIn)
	if rec == (uuid.UUID{}) {
		rec = b.idAt(t.pos)
	}
	j, ok := b.timeAt[claimKey{rec, t.revises}]
	if !ok || j == i {
		return -1
	}
	return j
}

// timeGroups gathers the accounts by the event they are about, and
// returns the groups (all, or those of the event at position only).
func (b *claimBuilder) timeGroups(only int32) []TimeGroup {
	n := len(b.times)
	if n == 0 {
		return nil
	}
	root := roots(n, b.timeTarget)
	// An account of an event's own time names the event; when the event
	// has no time of its own, the revision has nothing to resolve to, and
	// the account is about that event all the same.
	for i := range int32(n) {
		t := &b.times[i]
		if root[i] != i {
			continue
		}
		t.about = t.pos
		if t.revises == event.RefTime && !t.revisesIn.IsZero() {
			if p := b.position(uuid.UUID(t.revisesIn)); p >= 0 {
				if tt, _ := b.record(p); tt == typeEvent {
					t.about = p
				}
			}
		}
	}
	revisers := make(map[int32][]int32)
	for i := range int32(n) {
		t := &b.times[i]
		t.about = b.times[root[i]].about
		if j := b.timeTarget(i); j >= 0 && !deniedAll(t.attrs) {
			revisers[j] = append(revisers[j], i)
		}
	}
	groups := runs(n, func(i int32) int32 { return b.times[i].about })
	// In the order of the events, not of their first account: an account
	// of an earlier event may sit in a later one.
	slices.SortFunc(groups, func(x, y []int32) int { return int(b.times[x[0]].about - b.times[y[0]].about) })
	var out []TimeGroup
	if only < 0 {
		out = make([]TimeGroup, 0, len(groups))
	}
	for _, m := range groups {
		ev := b.times[m[0]].about
		if only >= 0 && ev != only && !slices.ContainsFunc(m, func(i int32) bool { return b.times[i].pos == only }) {
			continue
		}
		out = append(out, b.timeGroup(ev, m, revisers))
	}
	return out
}

// deniedAll reports whether every attribution denies (and there is one).
func deniedAll(attrs []source.Attribution) bool {
	for _, a := range attrs {
		if a.Verb != source.VerbDenied {
			return false
		}
	}
	return len(attrs) > 0
}

// timeGroup makes the group of the accounts m of the event at ev.
func (b *claimBuilder) timeGroup(ev int32, m []int32, revisers map[int32][]int32) TimeGroup {
	_, ei := b.record(ev)
	if b.timeline == nil {
		b.timeline = b.s.index().times
	}
	g := TimeGroup{Event: b.address(ev, "", ""), Current: -1, Timeline: b.timeline[ei]}
	g.Accounts = make([]TimeClaim, len(m))
	own := -1
	for k, i := range m {
		t := &b.times[i]
		cl := b.claim(t.pos, t.path, t.ref, t.attrs, false)
		for _, r := range revisers[i] {
			rt := &b.times[r]
			rc := b.claim(rt.pos, rt.path, rt.ref, rt.attrs, false)
			cl.RevisedBy = append(cl.RevisedBy, Revision{By: rc.At, Sources: rc.Sources, Published: rc.Published})
		}
		switch {
		case len(cl.RevisedBy) > 0:
			cl.State = ClaimRevised
		case deniedAll(t.attrs):
			cl.State = ClaimDenied
		default:
			cl.State = ClaimLive
		}
		if t.own && t.pos == ev {
			own = k
		}
		g.Accounts[k] = TimeClaim{Claim: cl, Time: *t.t}
	}
	live := func(k int) bool { return g.Accounts[k].State == ClaimLive }
	switch {
	case own >= 0 && live(own):
		g.Current = own
	default:
		for k := range g.Accounts {
			if live(k) && (g.Current < 0 || !g.Accounts[k].Published.Start.Before(g.Accounts[g.Current].Published.Start)) {
				g.Current = k
			}
		}
		if g.Current < 0 {
			g.Current = own
		}
	}
	spans := make([]span, len(m))
	for k := range g.Accounts {
		from, to := g.Accounts[k].Time.Span()
		if !live(k) || (from.IsZero() && to.IsZero()) {
			continue
		}
		spans[k] = span{lo: math.Inf(-1), hi: math.Inf(1), ok: true}
		if !from.IsZero() {
			spans[k].lo = float64(from.Unix()) + float64(from.Nanosecond())/1e9
		}
		if !to.IsZero() {
			spans[k].hi = float64(to.Unix()) + float64(to.Nanosecond())/1e9
		}
	}
	g.Disputes = disputes(spans, false, func(x, y int) bool {
		return apartSources(g.Accounts[x].Sources, g.Accounts[y].Sources)
	}, DisputeTime)
	g.Disputed = len(g.Disputes) > 0
	return g
}

// statusKey is what a group of statuses is about.
type statusKey struct {
	t          territory.ID
	relation   territory.Relation
	recogniser actor.ID
}

// statusGroups groups the statuses by territory, relation and recogniser.
func (b *claimBuilder) statusGroups() []StatusGroup {
	s := b.s
	if len(s.statuses) == 0 {
		return nil
	}
	revisers := make(map[int][]int)
	for j := range s.statuses {
		st := &s.statuses[j]
		if st.Revises.IsZero() || deniedAll(st.Attributions) {
			continue
		}
		if sl, ok := s.byID[uuid.UUID(st.Revises)]; ok && sl.typ == typeStatus && sl.i != j {
			revisers[sl.i] = append(revisers[sl.i], j)
		}
	}
	claims := make([]StatusClaim, len(s.statuses))
	for j := range s.statuses {
		st := &s.statuses[j]
		pos := int32(b.off[typeStatus] + j)
		cl := b.claim(pos, "", "", st.Attributions, false)
		for _, r := range revisers[j] {
			rc := b.claim(int32(b.off[typeStatus]+r), "", "", s.statuses[r].Attributions, false)
			cl.RevisedBy = append(cl.RevisedBy, Revision{By: rc.At, Sources: rc.Sources, Published: rc.Published})
		}
		switch {
		case len(cl.RevisedBy) > 0:
			cl.State = ClaimRevised
		case deniedAll(st.Attributions):
			cl.State = ClaimDenied
		default:
			cl.State = ClaimLive
		}
		b.name(uuid.UUID(st.Holder))
		if !st.Recogniser.IsZero() {
			b.name(uuid.UUID(st.Recogniser))
		}
		claims[j] = StatusClaim{Claim: cl}
	}
	index := make(map[statusKey]int)
	var groups []StatusGroup
	var members [][]int
	for j := range s.statuses {
		st := &s.statuses[j]
		for _, t := range st.Territories {
			k := statusKey{t, st.Relation, st.Recogniser}
			g, ok := index[k]
			if !ok {
				g = len(groups)
				index[k] = g
				b.name(uuid.UUID(t))
				groups = append(groups, StatusGroup{
					Territory: Address{Record: uuid.UUID(t), Type: typeTerritory.String()},
					Relation:  st.Relation, Recogniser: st.Recogniser,
				})
				members = append(members, nil)
			}
			if m := members[g]; len(m) == 0 || m[len(m)-1] != j {
				members[g] = append(m, j)
			}
		}
	}
	for g := range groups {
		m := members[g]
		list := make([]StatusClaim, len(m))
		for k, j := range m {
			list[k] = clone.Of(claims[j])
			list[k].Status = clone.Of(s.statuses[j])
		}
		groups[g].Statuses = list
		groups[g].Disputes = statusDisputes(list)
		groups[g].Disputed = len(groups[g].Disputes) > 0
	}
	return groups
}

// statusDisputes returns the disputes of a group of statuses; see
// [StatusGroup]. Statuses are compared pair by pair.
func statusDisputes(list []StatusClaim) []Dispute {
	holds := func(c *StatusClaim) bool {
		return c.State == ClaimLive && (c.Status.Standing == territory.StandingInForce || c.Status.Standing == territory.StandingAsserted)
	}
	var out []Dispute
	for x := range list {
		a := &list[x]
		if holds(a) {
			for _, d := range a.DeniedBy {
				if !slices.Contains(a.Sources, d) {
					out = append(out, Dispute{Between: [2]int{x, x}, Reason: DisputeDenied})
					break
				}
			}
		}
		for y := x + 1; y < len(list); y++ {
			c := &list[y]
			if !periodsOverlap(a.Status.Period, c.Status.Period) {
				continue
			}
			switch {
			case holds(a) && holds(c):
				if a.Status.Holder != c.Status.Holder && apartSources(a.Sources, c.Sources) {
					out = append(out, Dispute{Between: [2]int{x, y}, Reason: DisputeHolder})
				}
			case holds(a) && c.State == ClaimDenied, holds(c) && a.State == ClaimDenied:
				given, denied := a, c
				if c.State != ClaimDenied {
					given, denied = c, a
				}
				if given.Status.Holder == denied.Status.Holder && len(denied.DeniedBy) > 0 && !sharesSource(given.Sources, denied.DeniedBy) {
					out = append(out, Dispute{Between: [2]int{x, y}, Reason: DisputeDenied})
				}
			}
		}
	}
	return out
}

// periodsOverlap reports whether two periods share an instant; a period
// without a date overlaps every other.
func periodsOverlap(a, b source.Time) bool {
	af, at := a.Span()
	bf, bt := b.Span()
	if (af.IsZero() && at.IsZero()) || (bf.IsZero() && bt.IsZero()) {
		return true
	}
	return (at.IsZero() || bf.IsZero() || bf.Before(at)) && (bt.IsZero() || af.IsZero() || af.Before(bt))
}

// apartSources reports whether two claims come from different sources:
// each has one, and no source gives both.
func apartSources(a, b []source.ID) bool {
	return len(a) > 0 && len(b) > 0 && !sharesSource(a, b)
}

// sharesSource reports whether a source is in both lists.
func sharesSource(a, b []source.ID) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// span is the interval of numbers or instants a claim allows, when ok;
// closed or half-open as disputes is told.
type span struct {
	lo, hi float64
	ok     bool
}

// disputes returns the pairs of claims whose spans do not overlap and
// that apart accepts (claims of different sources), by their first index
// then their second. Closed spans are apart when one ends before the
// other starts, half-open ones when one ends at or before the other's
// start. It sorts the spans by start, so that for each span the spans
// apart from it after it are found by a binary search: the work is n log
// n plus the pairs apart.
func disputes(spans []span, closed bool, apart func(x, y int) bool, why DisputeReason) []Dispute {
	var byLo []int
	for k, sp := range spans {
		if sp.ok {
			byLo = append(byLo, k)
		}
	}
	if len(byLo) < 2 {
		return nil
	}
	slices.SortStableFunc(byLo, func(x, y int) int {
		switch a, b := spans[x].lo, spans[y].lo; {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	})
	var out []Dispute
	for _, x := range byLo {
		hi := spans[x].hi
		// The first span, in start order, that starts after x ends.
		from, _ := slices.BinarySearchFunc(byLo, hi, func(k int, t float64) int {
			if spans[k].lo < t || (closed && spans[k].lo == t) {
				return -1
			}
			return 1
		})
		for _, y := range byLo[from:] {
			if y != x && apart(x, y) {
				out = append(out, Dispute{Between: [2]int{min(x, y), max(x, y)}})
			}
		}
	}
	slices.SortFunc(out, func(a, b Dispute) int {
		if a.Between[0] != b.Between[0] {
			return a.Between[0] - b.Between[0]
		}
		return a.Between[1] - b.Between[1]
	})
	for k := range out {
		out[k].Reason = why
	}
	return out
}

// name records the name of a record or source for the view.
func (b *claimBuilder) name(id uuid.UUID) {
	if _, ok := b.names[id]; ok || id == (uuid.UUID{}) {
		return
	}
	sl, ok := b.s.byID[id]
	if !ok {
		return
	}
	if b.names == nil {
		b.names = make(map[uuid.UUID]string)
	}
	or := func(a, b string) string {
		if a != "" {
			return a
		}
		return b
	}
	s := b.s
	var n string
	switch sl.typ {
	case typeActor:
		a := &s.actors[sl.i]
		n = or(a.Name, a.Description)
	case typeTerritory:
		t := &s.territories[sl.i]
		n = or(t.Name, t.Description)
	case typeSource:
		n = b.sourceName(&s.sources[sl.i])
	case typeStatus:
		st := &s.statuses[sl.i]
		n = or(st.Words, string(st.Relation))
	case typeEvent:
		n = event.HeaderOf(s.events[sl.i]).Title
	case typeIdentity:
		i := &s.identities[sl.i]
		n = or(i.Text, string(i.Relation))
	}
	b.names[id] = n
}

// sourceName names a source: its title, description, its kind by its
// first author or publisher, its URL, or its kind.
func (b *claimBuilder) sourceName(src *source.Source) string {
	switch {
	case src.Title != "":
		return src.Title
	case src.Description != "":
		return src.Description
	}
	by := src.Publisher
	if len(src.Authors) > 0 {
		by = src.Authors[0]
	}
	if a, ok := b.s.byID[uuid.UUID(by)]; ok && a.typ == typeActor && b.s.actors[a.i].Name != "" {
		return string(src.Kind) + " by " + b.s.actors[a.i].Name
	}
	if src.URL != "" {
		return src.URL
	}
	return string(src.Kind)
}

// nameFigure names the actor and places a figure counts.
func (b *claimBuilder) nameFigure(c *source.Count) {
	b.name(uuid.UUID(c.Of))
	for _, t := range c.In {
		b.name(uuid.UUID(t))
	}
	for _, t := range c.Excluding {
		b.name(uuid.UUID(t))
	}
}

// String returns the view as text for people, as [Claims.WriteTo] writes
// it.
func (c Claims) String() string {
	var b strings.Builder
	c.write(&b)
	return b.String()
}

// WriteTo writes the view as text for people, section by section
// ("figures", "times", "statuses"; an empty section is left out). Each
// group has a line that names what it is about (its record, with the
// measure family and scope of a figure group, the timeline's time of an
// event, the relation of a territory), and "disputed:" with its disputes
// as "#a/#b"; then one line per claim: "*" for the current one, its index
// "#k", its state, where it is (its path and ref, and "of" its record's
// name when that is not the group's; a status by its name), what it says,
// "—" and its sources, then who denies it and what revises it. Records and sources are named by
// Names, a source whose name another source shares with its ID's first
// eight digits. Times are written with their precision and phrase, as the
// timeline writes them.
func (c Claims) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	c.write(&b)
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// textWriter writes a view as text.
type textWriter struct {
	b     *strings.Builder
	c     *Claims
	dupes map[string]int // how many sources have each name
}

func (c *Claims) write(b *strings.Builder) {
	w := textWriter{b: b, c: c, dupes: map[string]int{}}
	seen := map[source.ID]bool{}
	count := func(cl *Claim) {
		for _, list := range [][]source.ID{cl.Sources, cl.DeniedBy} {
			for _, id := range list {
				if !seen[id] {
					seen[id] = true
					w.dupes[c.Names[uuid.UUID(id)]]++
				}
			}
		}
	}
	for gi := range c.Figures {
		for k := range c.Figures[gi].Figures {
			count(&c.Figures[gi].Figures[k].Claim)
		}
	}
	for gi := range c.Times {
		for k := range c.Times[gi].Accounts {
			count(&c.Times[gi].Accounts[k].Claim)
		}
	}
	for gi := range c.Statuses {
		for k := range c.Statuses[gi].Statuses {
			count(&c.Statuses[gi].Statuses[k].Claim)
		}
	}
	if len(c.Figures) > 0 {
		b.WriteString("figures\n")
		for gi := range c.Figures {
			w.figureGroup(&c.Figures[gi])
		}
	}
	if len(c.Times) > 0 {
		b.WriteString("times\n")
		for gi := range c.Times {
			w.timeGroup(&c.Times[gi])
		}
	}
	if len(c.Statuses) > 0 {
		b.WriteString("statuses\n")
		for gi := range c.Statuses {
			w.statusGroup(&c.Statuses[gi])
		}
	}
}

// record names a record.
func (w *textWriter) record(id uuid.UUID) string {
	if n, ok := w.c.Names[id]; ok && n != "" {
		return "“" + n + "”"
	}
	return id.String()
}

// source names a source, with the start of its ID when its name is not
// its own.
func (w *textWriter) source(id source.ID) string {
	n, ok := w.c.Names[uuid.UUID(id)]
	switch {
	case !ok || n == "":
		return id.String()
	case w.dupes[n] > 1:
		return n + " [" + id.String()[:8] + "]"
	}
	return n
}

func (w *textWriter) sources(ids []source.ID) string {
	if len(ids) == 0 {
		return "no source"
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = w.source(id)
	}
	return strings.Join(names, ", ")
}

// where writes an address: its path and ref, followed by "of" and its
// record's name when that is not the group's record; a whole record by
// its type and name.
func (w *textWriter) where(a Address, group uuid.UUID) string {
	if a.Path == "" {
		return a.Type + " " + w.record(a.Record)
	}
	out := a.Path
	if a.Ref != "" && a.Ref != a.Path {
		out += " " + a.Ref
	}
	if a.Record != group {
		out += " of " + w.record(a.Record)
	}
	return out
}

// head writes the line of a group.
func (w *textWriter) head(what string, ds []Dispute) {
	w.b.WriteString("  ")
	w.b.WriteString(what)
	if len(ds) > 0 {
		w.b.WriteString(" — disputed:")
		for _, d := range ds {
			w.b.WriteString(" #" + strconv.Itoa(d.Between[0]) + "/#" + strconv.Itoa(d.Between[1]))
			if d.Reason == DisputeDenied || d.Reason == DisputeHolder {
				w.b.WriteString(" (" + string(d.Reason) + ")")
			}
		}
	}
	w.b.WriteByte('\n')
}

// entry writes the line of one claim.
func (w *textWriter) entry(k int, current bool, cl *Claim, group uuid.UUID, what string) {
	if current {
		w.b.WriteString("  * ")
	} else {
		w.b.WriteString("    ")
	}
	w.b.WriteString("#" + strconv.Itoa(k) + " " + string(cl.State) + " " + w.where(cl.At, group) + ": " + what)
	w.b.WriteString(" — " + w.sources(cl.Sources))
	if cl.Inherited {
		w.b.WriteString(" (the record's)")
	}
	if len(cl.DeniedBy) > 0 {
		w.b.WriteString("; denied by " + w.sources(cl.DeniedBy))
	}
	for _, r := range cl.RevisedBy {
		w.b.WriteString("; revised by " + w.where(r.By, group) + " — " + w.sources(r.Sources))
		if !r.AsOf.IsZero() {
			w.b.WriteString(", as of " + when(r.AsOf))
		}
	}
	w.b.WriteByte('\n')
}

func (w *textWriter) figureGroup(g *FigureGroup) {
	what := w.record(g.About.Record) + " (" + g.About.Type + ") · " + string(g.Family)
	if len(g.Figures) > 0 {
		what += w.scope(&g.Figures[0].Count)
	}
	w.head(what, g.Disputes)
	for k := range g.Figures {
		f := &g.Figures[k]
		w.entry(k, k == g.Current, &f.Claim, g.About.Record, figureText(&f.Count))
	}
}

// scope writes what a figure counts beyond its measure: its subject,
// actor, places, unit, rate, currency, period and the whole it is part of.
func (w *textWriter) scope(c *source.Count) string {
	var parts []string
	add := func(s string) { parts = append(parts, s) }
	if c.Measure != c.Family() {
		add(string(c.Measure))
	}
	if c.Subject != "" {
		add(string(c.Subject))
	}
	if !c.Of.IsZero() {
		add("of " + w.record(uuid.UUID(c.Of)))
	}
	places := func(ids []territory.ID) string {
		names := make([]string, len(ids))
		for i, id := range ids {
			names[i] = w.record(uuid.UUID(id))
		}
		return strings.Join(names, ", ")
	}
	if len(c.In) > 0 {
		add("in " + places(c.In))
	}
	if len(c.Excluding) > 0 {
		add("excluding " + places(c.Excluding))
	}
	if c.Unit != "" {
		add(string(c.Unit))
	}
	if c.Per != "" {
		add("per " + string(c.Per))
	}
	if !c.Currency.IsZero() {
		add(c.Currency.String())
	}
	if !c.Over.IsZero() {
		add("over " + when(c.Over))
	}
	if c.Within != "" {
		add("within " + c.Within)
	}
	if len(parts) == 0 {
		return ""
	}
	return " · " + strings.Join(parts, " · ")
}

// figureText writes what a figure says: its modality, number and
// qualifier, its words, and its "as of" time.
func figureText(c *source.Count) string {
	var b strings.Builder
	if c.Modality != "" {
		b.WriteString(string(c.Modality) + " ")
	}
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	switch {
	case !c.Period.IsZero():
		b.WriteString(c.Period.String())
	case c.IsRange():
		b.WriteString(num(c.Min) + "–" + num(c.Max))
	case c.IsVague():
		b.WriteString(strings.ReplaceAll(string(c.Magnitude), "_", " ") + " (at least " + num(c.Conservative()) + ")")
	default:
		b.WriteString(strings.ReplaceAll(string(c.Qualifier), "_", " ") + " " + num(c.Value))
	}
	if c.Text != "" {
		b.WriteString(" “" + c.Text + "”")
	}
	if !c.AsOf.IsZero() {
		b.WriteString(", as of " + when(c.AsOf))
	}
	return b.String()
}

func (w *textWriter) timeGroup(g *TimeGroup) {
	w.head(w.record(g.Event.Record)+" · timeline "+when(g.Timeline), g.Disputes)
	for k := range g.Accounts {
		a := &g.Accounts[k]
		w.entry(k, k == g.Current, &a.Claim, g.Event.Record, when(a.Time))
	}
}

func (w *textWriter) statusGroup(g *StatusGroup) {
	what := w.record(g.Territory.Record) + " · " + string(g.Relation)
	if !g.Recogniser.IsZero() {
		what += " by " + w.record(uuid.UUID(g.Recogniser))
	}
	w.head(what, g.Disputes)
	for k := range g.Statuses {
		st := &g.Statuses[k]
		text := "held by " + w.record(uuid.UUID(st.Status.Holder)) + ", " + string(st.Status.Standing)
		if !st.Status.Period.IsZero() {
			text += ", " + when(st.Status.Period)
		}
		w.entry(k, false, &st.Claim, g.Territory.Record, text)
	}
}

// when writes a time with its precision and its phrase as written.
func when(t source.Time) string {
	if t.IsZero() {
		return "undated"
	}
	var b strings.Builder
	if t.Start.IsZero() {
		b.WriteString("undated")
	} else {
		switch t.Bound {
		case source.BoundNotBefore:
			b.WriteString("not before ")
		case source.BoundNotAfter:
			b.WriteString("not after ")
		case source.BoundSince:
			b.WriteString("since ")
		}
		layout := "2006-01-02T15:04:05Z07:00"
		switch t.Precision {
		case source.PrecisionYear:
			layout = "2006"
		case source.PrecisionMonth:
			layout = "2006-01"
		case source.PrecisionDay:
			layout = "2006-01-02"
		}
		b.WriteString(t.Start.Format(layout))
		if !t.End.IsZero() {
			b.WriteString(" to " + t.End.Format(layout))
		}
		b.WriteString(" (" + string(t.Precision) + ")")
	}
	if t.Text != "" {
		b.WriteString(" “" + t.Text + "”")
	}
	return b.String()
}
