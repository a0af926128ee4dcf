package newsevent

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/walk"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// MergePolicy says what [Merge] does where the two versions of one record
// give different values at one JSON path.
type MergePolicy uint8

const (
	// MergeKeepBoth keeps both values: the merged record holds the first
	// story's value and the report holds both, each with its sources. It
	// is the zero value.
	MergeKeepBoth MergePolicy = iota
	// MergePreferNewer takes the value whose sources were published last
	// (the latest publication among the attributions nearest the value);
	// on a tie, or when neither side's sources are dated, the first
	// story's value stays. The report holds both.
	MergePreferNewer
	// MergeFailOnConflict makes any conflict an error: Merge returns no
	// story, and a *[MergeError] that holds the report.
	MergeFailOnConflict
)

// String returns the policy's name: "keep_both", "prefer_newer" or
// "fail_on_conflict".
func (p MergePolicy) String() string {
	switch p {
	case MergeKeepBoth:
		return "keep_both"
	case MergePreferNewer:
		return "prefer_newer"
	case MergeFailOnConflict:
		return "fail_on_conflict"
	}
	return fmt.Sprintf("MergePolicy(%d)", uint8(p))
}

// MergeOptions are the choices of a [Merge].
type MergeOptions struct {
	// Policy says what to do with conflicting values.
	Policy MergePolicy
}

// MatchRule names the rule by which [Merge] took a record of the second
// story for one of the first.
type MatchRule string

// The rules of [Merge], tried in this order for each record of the second
// story; the first that finds exactly one record of the first story wins.
// A rule that finds several finds none: the record is added as new.
const (
	// MatchID: the same ID, any type of record. A record of another
	// type under the same ID is an error.
	MatchID MatchRule = "id"
	// MatchExternalID: an actor or a territory that shares an external ID
	// (the same scheme and value, such as Wikidata Q3874799).
	MatchExternalID MatchRule = "external_id"
	// MatchNameKindCountry: an actor of the same kind and country (both
	// unknown counts as the same) whose name folds to the same text
	// (case, width and spacing aside). An unnamed actor is never matched
	// by its description: two "senior officials" are not one person.
	MatchNameKindCountry MatchRule = "name_kind_country"
	// MatchCodeKindParent: a territory with the same ISO 3166 code (its
	// subdivision, else its country), kind and parent (after the parents
	// were matched). Except for a country, whose code names it, both
	// must also be named, and by the same folded name, since a
	// subdivision code also marks the places that lie in it: an unnamed
	// place ("five Ukrainian regions") is never matched by its code.
	MatchCodeKindParent MatchRule = "code_kind_parent"
	// MatchURL: a source with the same URL.
	MatchURL MatchRule = "url"
)

// Join is a record of the second story that [Merge] joined to a record of
// the first: under the same ID and with something the first lacked, or
// under another ID by a [MatchRule].
type Join struct {
	// RecordRef is the record in the merged story, under the first
	// story's ID.
	RecordRef
	// From is its ID in the second story; references to it were rewritten.
	From uuid.UUID `json:"from"`
	// Rule is the rule that matched the two.
	Rule MatchRule `json:"rule"`
}

// Conflict is a JSON path at which the two versions of one record give
// different values, with both values and their sources.
type Conflict struct {
	// Record is the record in the merged story.
	Record RecordRef `json:"record"`
	// Path is the JSON path of the value inside the record
	// ("casualties[0].value"; "" for the whole record, when the two
	// versions are events of two kinds). An index is that of the first
	// story's version.
	Path string `json:"path"`
	// Values are the first story's value and the second's.
	Values [2]ConflictValue `json:"values"`
	// Kept is the index in Values of the value the merged record holds.
	Kept int `json:"kept"`
}

// ConflictValue is one side's value of a [Conflict].
type ConflictValue struct {
	// Value is the value as compact JSON.
	Value json.RawMessage `json:"value"`
	// Sources are the sources of the attributions nearest the value: of
	// the figure, the quote or the record that holds it.
	Sources []source.ID `json:"sources,omitzero"`
}

// Candidate is a pair of events that may be one event reported twice: an
// event of the second story under an ID the first does not hold, and an
// event of the first of the same kind, whose times overlap, that share a
// place (or one's place contains the other's) and a participant. Merge
// never joins them: the caller decides, and may record the decision with
// a [event.LinkSameAs] or [event.LinkPossiblySameAs] link, or by giving
// the two one ID before merging.
type Candidate struct {
	// First is the event of the first story.
	First RecordRef `json:"first"`
	// Second is the event of the second story, added under its own ID.
	Second RecordRef `json:"second"`
	// Places are the places they share (the first's, where one contains
	// the other).
	Places []territory.ID `json:"places"`
	// Participants are the actors they share.
	Participants []actor.ID `json:"participants"`
}

// MergeReport is what [Merge] did, as data: the records it joined, the
// records it added, every conflict, and the events that may be the same.
type MergeReport struct {
	// Policy is the policy the merge followed.
	Policy string `json:"policy"`
	// Joined are the records of the second story joined to one of the
	// first, in the second story's order.
	Joined []Join `json:"joined,omitzero"`
	// Added are the records of the second story new to the first, in its
	// order.
	Added []RecordRef `json:"added,omitzero"`
	// Conflicts are the values the two versions of a record disagree on,
	// in the second story's order.
	Conflicts []Conflict `json:"conflicts,omitzero"`
	// Candidates are the pairs of events that may be the same.
	Candidates []Candidate `json:"candidates,omitzero"`
}

// MergeError is the error of a [Merge] under [MergeFailOnConflict] that
// found conflicts; Report lists them.
type MergeError struct {
	// Report is the merge's report, with every conflict.
	Report *MergeReport
}

// Error names the first conflict and how many more there are.
func (e *MergeError) Error() string {
	c := e.Report.Conflicts[0]
	msg := fmt.Sprintf("newsevent: merge: %s %s disagrees at %q", c.Record.Type, c.Record.ID, c.Path)
	if n := len(e.Report.Conflicts) - 1; n > 0 {
		msg += fmt.Sprintf(" (and %d more conflicts)", n)
	}
	return msg
}

// Merge combines two stories (two reports, or two versions of one) into a
// new one; it changes neither. The result holds every record of the
// first, in its order, then the records of the second it did not join,
// in theirs.
//
// A record of the second joins one of the first by the rules of
// [MatchRule]: the same ID, else (for actors, territories and sources)
// the same external ID, name, code or URL. Every reference to a joined
// record is rewritten to the first story's ID. Events and statuses are
// joined by ID only; events that may be the same are listed as
// [Candidate]s and never joined silently.
//
// Two versions of one record merge field by field through their JSON: a
// value only one gives is taken; lists are united (every element of the
// first, then each element of the second that the first lacks), so the
// result keeps every attribution, figure and name of both; where both
// give a different single value, opts.Policy decides and the report keeps
// both. Two versions that are events of different kinds do not mix: the
// kept one is taken whole.
//
// Tie-breaks: the first story's ID names a joined record, and its value
// stays where the policy does not choose the other; otherwise Merge(a, b)
// and Merge(b, a) hold the same records, values and conflicts, up to the
// order of lists. A merge of a story with itself changes nothing and
// reports nothing.
//
// Merge does not validate: call [Story.Validate] on the result. It
// returns an error for a nil story, for an ID that names records of two
// types, and under [MergeFailOnConflict] a *[MergeError].
func Merge(first, second *Story, opts MergeOptions) (*Story, *MergeReport, error) {
	if first == nil || second == nil {
		return nil, nil, errors.New("newsevent: merge: a story is nil")
	}
	out := new(Story)
	for r := range first.records {
		if err := out.Add(r); err != nil {
			return nil, nil, fmt.Errorf("newsevent: merge: first story: %w", err)
		}
	}
	m := merger{first: first, second: second, out: out, opts: opts, report: &MergeReport{Policy: opts.Policy.String()}}
	m.match()
	var added []uuid.UUID // events of the second added under their own IDs
	for r := range second.records {
		if len(m.ids) > 0 { // the record is the second story's own: remap a copy
			r = m.remap(clone.Of(r))
		}
		t, id, ok := identify(r)
		if !ok {
			return nil, nil, errors.New("newsevent: merge: the second story holds a nil event")
		}
		from, rule := id, MatchID
		if j, ok := m.joinedFrom[id]; ok {
			from, rule = j.from, j.rule
		}
		sl, ok := out.byID[id]
		if !ok {
			if err := out.Add(r); err != nil {
				return nil, nil, fmt.Errorf("newsevent: merge: %w", err)
			}
			m.report.Added = append(m.report.Added, out.refOf(id))
			if t == typeEvent {
				added = append(added, id)
			}
			continue
		}
		if sl.typ != t {
			return nil, nil, fmt.Errorf("newsevent: merge: ID %s is %s in the first story and %s in the second", id, sl.typ.withArticle(), t.withArticle())
		}
		merged, changed, err := m.record(out.at(sl), r, out.refOf(id))
		if err != nil {
			return nil, nil, err
		}
		if changed {
			if err := out.Replace(merged); err != nil {
				return nil, nil, fmt.Errorf("newsevent: merge: %w", err)
			}
		}
		if changed || rule != MatchID {
			m.report.Joined = append(m.report.Joined, Join{RecordRef: out.refOf(id), From: from, Rule: rule})
		}
	}
	m.candidates(added)
	if opts.Policy == MergeFailOnConflict && len(m.report.Conflicts) > 0 {
		return nil, m.report, &MergeError{Report: m.report}
	}
	return out, m.report, nil
}

// refOf returns the reference of the record with this ID.
func (s *Story) refOf(id uuid.UUID) RecordRef {
	sl := s.byID[id]
	return storyRecord{typ: sl.typ, id: id, s: s, i: sl.i}.ref()
}

// merger holds the state of one Merge.
type merger struct {
	first, second, out *Story
	opts               MergeOptions
	report             *MergeReport
	// ids maps IDs of the second story to those of the first, for the
	// records joined by a rule other than the ID; joinedFrom is the
	// reverse, with the rule.
	ids        map[uuid.UUID]uuid.UUID
	joinedFrom map[uuid.UUID]joined
}

// joined is where a joined record came from.
type joined struct {
	from uuid.UUID
	rule MatchRule
}

// join records that the second story's record from is the first's to.
func (m *merger) join(from, to uuid.UUID, rule MatchRule) {
	if m.ids == nil {
		m.ids = make(map[uuid.UUID]uuid.UUID)
		m.joinedFrom = make(map[uuid.UUID]joined)
	}
	if _, taken := m.joinedFrom[to]; taken {
		return // two records of the second match one: the first wins
	}
	m.ids[from] = to
	m.joinedFrom[to] = joined{from, rule}
}

// match finds the actors, territories and sources of the second story
// that are records of the first under other IDs.
func (m *merger) match() {
	f := newFolder()
	fold := func(s string) string { t, _ := f.fold(s); return t }
	type key = matchKey
	// firstOnly reports whether the second story's record id is new to the
	// first: records under the same ID need no rule.
	firstOnly := func(id uuid.UUID) bool { _, ok := m.first.byID[id]; return !ok }

	// Actors.
	actorExt, actorName := map[key][]uuid.UUID{}, map[key][]uuid.UUID{}
	for _, a := range m.first.actors {
		for _, e := range a.ExternalIDs {
			addKey(actorExt, externalKey(e), uuid.UUID(a.ID))
		}
		if a.Name != "" {
			addKey(actorName, key{fold(a.Name), string(a.Kind), a.Country.String(), ""}, uuid.UUID(a.ID))
		}
	}
	for _, a := range m.second.actors {
		if !firstOnly(uuid.UUID(a.ID)) {
			continue
		}
		if to, ok := byExternal(actorExt, a.ExternalIDs); ok {
			m.join(uuid.UUID(a.ID), to, MatchExternalID)
		} else if to, ok := unique(actorName, key{fold(a.Name), string(a.Kind), a.Country.String(), ""}); ok && a.Name != "" {
			m.join(uuid.UUID(a.ID), to, MatchNameKindCountry)
		}
	}

	// Territories, parents first, so that a child's parent is matched
	// before the child is.
	terrExt, terrCode := map[key][]uuid.UUID{}, map[key][]uuid.UUID{}
	code := func(t territory.Territory) string {
		if !t.Subdivision.IsZero() {
			return t.Subdivision.String()
		}
		return t.Country.String()
	}
	for _, t := range m.first.territories {
		for _, e := range t.ExternalIDs {
			addKey(terrExt, externalKey(e), uuid.UUID(t.ID))
		}
		if c := code(t); c != "" {
			addKey(terrCode, key{c, string(t.Kind), t.Parent.String(), ""}, uuid.UUID(t.ID))
		}
	}
	names := map[uuid.UUID]string{}
	for _, t := range m.first.territories {
		names[uuid.UUID(t.ID)] = fold(t.Name)
	}
	for _, t := range byDepth(m.second.territories) {
		if !firstOnly(uuid.UUID(t.ID)) {
			continue
		}
		if to, ok := byExternal(terrExt, t.ExternalIDs); ok {
			m.join(uuid.UUID(t.ID), to, MatchExternalID)
			continue
		}
		c := code(t)
		if c == "" {
			continue
		}
		parent := uuid.UUID(t.Parent)
		if to, ok := m.ids[parent]; ok {
			parent = to
		}
		to, ok := unique(terrCode, key{c, string(t.Kind), territory.ID(parent).String(), ""})
		if !ok {
			continue
		}
		// A country's code names it; a subdivision code also marks the
		// places that lie in it, so those must share their name too, and
		// an unnamed place or a group is never matched by its code alone.
		if t.Kind != territory.KindCountry && (t.Name == "" || t.Group || names[to] != fold(t.Name)) {
			continue
		}
		m.join(uuid.UUID(t.ID), to, MatchCodeKindParent)
	}

	// Sources.
	urls := map[key][]uuid.UUID{}
	for _, s := range m.first.sources {
		if s.URL != "" {
			addKey(urls, key{s.URL, "", "", ""}, uuid.UUID(s.ID))
		}
	}
	for _, s := range m.second.sources {
		if s.URL == "" || !firstOnly(uuid.UUID(s.ID)) {
			continue
		}
		if to, ok := unique(urls, key{s.URL, "", "", ""}); ok {
			m.join(uuid.UUID(s.ID), to, MatchURL)
		}
	}
}

// matchKey is what a rule matches records by.
type matchKey struct{ a, b, c, d string }

// addKey adds id under k, once.
func addKey(keys map[matchKey][]uuid.UUID, k matchKey, id uuid.UUID) {
	if !slices.Contains(keys[k], id) {
		keys[k] = append(keys[k], id)
	}
}

// unique returns the one ID under k; none when there are several.
func unique(keys map[matchKey][]uuid.UUID, k matchKey) (uuid.UUID, bool) {
	if l := keys[k]; len(l) == 1 {
		return l[0], true
	}
	return uuid.UUID{}, false
}

// externalKey is the key of an external ID.
func externalKey(e vocab.ExternalID) matchKey { return matchKey{string(e.Scheme), e.Value, "", ""} }

// byExternal returns the one record of the index that shares an external
// ID with ids; none when they point at several.
func byExternal(keys map[matchKey][]uuid.UUID, ids []vocab.ExternalID) (uuid.UUID, bool) {
	var found uuid.UUID
	for _, e := range ids {
		if id, ok := unique(keys, externalKey(e)); ok {
			if found != (uuid.UUID{}) && found != id {
				return uuid.UUID{}, false
			}
			found = id
		}
	}
	return found, found != (uuid.UUID{})
}

// byDepth returns the territories ordered so that a parent comes before
// the places it contains (a parent chain that loops is cut).
func byDepth(ts []territory.Territory) []territory.Territory {
	parent := make(map[territory.ID]territory.ID, len(ts))
	for _, t := range ts {
		parent[t.ID] = t.Parent
	}
	// A place's depth is the number of parents above it. Each chain is
	// walked once: a walk stops at a place whose depth is known, then
	// gives the depths back down the path (a loop counts as a root), so
	// the whole costs O(territories), however deep.
	depths := make(map[territory.ID]int, len(ts))
	onPath := make(map[territory.ID]bool)
	for _, t := range ts {
		var path []territory.ID
		base := 0
		for id := t.ID; ; id = parent[id] {
			if d, ok := depths[id]; ok {
				base = d + 1
				break
			}
			if id.IsZero() || onPath[id] {
				break
			}
			if _, listed := parent[id]; !listed { // a parent of another story: one level up
				base = 1
				break
			}
			onPath[id] = true
			path = append(path, id)
		}
		for i := len(path) - 1; i >= 0; i-- {
			depths[path[i]] = base
			delete(onPath, path[i])
			base++
		}
	}
	out := slices.Clone(ts)
	slices.SortStableFunc(out, func(a, b territory.Territory) int { return depths[a.ID] - depths[b.ID] })
	return out
}

// remap rewrites, in a record of the second story (a copy), every ID of a
// record joined under another ID, its own included.
func (m *merger) remap(r Record) Record {
	set := func(v reflect.Value) {
		var id uuid.UUID
		copy(id[:], v.Bytes())
		if to, ok := m.ids[id]; ok {
			reflect.Copy(v, reflect.ValueOf(to[:]))
		}
	}
	visit := func(target int, v reflect.Value, _ *walk.Path) {
		switch target {
		case int(targetCount):
			set(v.FieldByName("RevisesIn"))
		case int(targetTime):
		default:
			set(v)
		}
	}
	switch r := r.(type) {
	case ActorRecord:
		refPlan.Walk(&r.Actor, visit)
		return r
	case TerritoryRecord:
		refPlan.Walk(&r.Territory, visit)
		return r
	case SourceRecord:
		refPlan.Walk(&r.Source, visit)
		return r
	case StatusRecord:
		refPlan.Walk(&r.Status, visit)
		return r
	case EventRecord:
		refPlan.Walk(r.Event, visit)
		return r
	case IdentityRecord:
		refPlan.Walk(&r.Identity, visit)
		return r
	}
	return r
}

// record merges b, the second story's version of a record, into a, the
// merged story's, and reports whether the result differs from a.
func (m *merger) record(a, b Record, ref RecordRef) (Record, bool, error) {
	if reflect.DeepEqual(a, b) {
		return a, false, nil
	}
	ja, err := encodeRecord(a)
	if err != nil {
		return nil, false, err
	}
	jb, err := encodeRecord(b)
	if err != nil {
		return nil, false, err
	}
	va, err := decodeTree(ja)
	if err != nil {
		return nil, false, err
	}
	vb, err := decodeTree(jb)
	if err != nil {
		return nil, false, err
	}
	oa, _ := va.(map[string]any)
	ob, _ := vb.(map[string]any)
	if _, isEvent := a.(EventRecord); isEvent && oa["kind"] != ob["kind"] {
		// Two kinds do not mix: one version is taken whole.
		srcA, srcB := m.sourcesOf(oa, nil), m.sourcesOf(ob, nil)
		kept := m.keep(srcA, srcB)
		m.report.Conflicts = append(m.report.Conflicts, Conflict{Record: ref, Path: "", Values: [2]ConflictValue{{ja, srcA}, {jb, srcB}}, Kept: kept})
		if kept == 1 {
			return b, true, nil
		}
		return a, false, nil
	}
	mt := treeMerger{m: m, ref: ref}
	if _, isEvent := a.(EventRecord); isEvent {
		m.times(oa, ob, ref)
	}
	merged := mt.value("", va, vb, m.sourcesOf(oa, nil), m.sourcesOf(ob, nil))
	data, err := json.Marshal(merged)
	if err != nil {
		return nil, false, fmt.Errorf("newsevent: merge: %s %s: %w", ref.Type, ref.ID, err)
	}
	t, _, _ := identify(a)
	r, err := decodeRecord(t.String(), data)
	if err != nil {
		return nil, false, fmt.Errorf("newsevent: merge: %s %s: %w", ref.Type, ref.ID, err)
	}
	return r, !reflect.DeepEqual(a, r), nil
}

// times merges the time of two versions of one event, in their JSON:
// when they differ, the version the policy keeps gives the time, the
// other's time becomes one more reported time (other_times) with that
// version's attributions, unless it is there already, and the report
// has the conflict at "time". So both accounts stay in the story, for the
// claims view to weigh.
func (m *merger) times(a, b map[string]any, ref RecordRef) {
	ta, okA := a["time"]
	tb, okB := b["time"]
	if !okA || !okB || reflect.DeepEqual(ta, tb) {
		return
	}
	srcA, srcB := m.sourcesOf(a, nil), m.sourcesOf(b, nil)
	ja, _ := json.Marshal(ta)
	jb, _ := json.Marshal(tb)
	kept := m.keep(srcA, srcB)
	m.report.Conflicts = append(m.report.Conflicts, Conflict{Record: ref, Path: "time", Values: [2]ConflictValue{{ja, srcA}, {jb, srcB}}, Kept: kept})
	keep, other := a, b
	if kept == 1 {
		keep, other = b, a
	}
	account := map[string]any{"time": other["time"], "attributions": other["attributions"]}
	others, _ := keep["other_times"].([]any)
	if !slices.ContainsFunc(others, func(o any) bool {
		om, ok := o.(map[string]any)
		return ok && reflect.DeepEqual(om["time"], account["time"])
	}) {
		keep["other_times"] = append(others, account)
	}
	delete(other, "time") // the kept time stands; the other is an account
	if kept == 1 {
		a["time"] = tb
	}
}

// encodeRecord returns the JSON of a record, as a story writes it.
func encodeRecord(r Record) ([]byte, error) {
	_, v, _ := payload(r)
	return json.Marshal(v)
}

// decodeTree decodes JSON into maps, slices and json.Numbers. The story
// writes every number in Go's shortest form, so two equal numbers are
// equal texts.
func decodeTree(data []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, fmt.Errorf("newsevent: merge: %w", err)
	}
	return v, nil
}

// sourcesOf returns the sources of the attributions of a JSON object, or
// outer when it has none.
func (m *merger) sourcesOf(o map[string]any, outer []source.ID) []source.ID {
	list, ok := o["attributions"].([]any)
	if !ok {
		return outer
	}
	var out []source.ID
	for _, a := range list {
		if ao, ok := a.(map[string]any); ok {
			if s, ok := ao["source"].(string); ok {
				if id, err := source.ParseID(s); err == nil && !slices.Contains(out, id) {
					out = append(out, id)
				}
			}
		}
	}
	if len(out) == 0 {
		return outer
	}
	return out
}

// keep returns the index of the value to keep: 0 for the first story's,
// 1 for the second's when the policy prefers it.
func (m *merger) keep(srcA, srcB []source.ID) int {
	if m.opts.Policy != MergePreferNewer {
		return 0
	}
	if latest(m.first, srcA).Before(latest(m.second, srcB)) {
		return 1
	}
	return 0
}

// latest returns the latest publication instant of these sources in s
// (the start of a source's Published time); zero when none is dated.
func latest(s *Story, ids []source.ID) time.Time {
	var t time.Time
	for _, id := range ids {
		if sl, ok := s.byID[uuid.UUID(id)]; ok && sl.typ == typeSource {
			if p := s.sources[sl.i].Published.Start; p.After(t) {
				t = p
			}
		}
	}
	return t
}

// treeMerger merges two versions of one record's JSON.
type treeMerger struct {
	m   *merger
	ref RecordRef
}

// value merges a and b, found at path, whose nearest attributions name
// the sources srcA and srcB.
func (t treeMerger) value(path string, a, b any, srcA, srcB []source.ID) any {
	switch a := a.(type) {
	case map[string]any:
		if b, ok := b.(map[string]any); ok {
			srcA, srcB = t.m.sourcesOf(a, srcA), t.m.sourcesOf(b, srcB)
			out := make(map[string]any, len(a)+len(b))
			for k, va := range a {
				if vb, ok := b[k]; ok {
					out[k] = t.value(joinPath(path, k), va, vb, srcA, srcB)
				} else {
					out[k] = va
				}
			}
			for k, vb := range b {
				if _, ok := a[k]; !ok {
					out[k] = vb
				}
			}
			return out
		}
	case []any:
		if b, ok := b.([]any); ok {
			// Elements are told apart by their JSON (encoding/json sorts
			// object keys, and the story writes numbers one way), so the
			// union costs the size of the two lists, not their product.
			out := slices.Clone(a)
			seen := make(map[string]bool, len(a))
			for _, va := range a {
				seen[canonical(va)] = true
			}
			for _, vb := range b {
				if !seen[canonical(vb)] {
					out = append(out, vb)
				}
			}
			return out
		}
	}
	if reflect.DeepEqual(a, b) {
		return a
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	kept := t.m.keep(srcA, srcB)
	t.m.report.Conflicts = append(t.m.report.Conflicts, Conflict{Record: t.ref, Path: path, Values: [2]ConflictValue{{ja, srcA}, {jb, srcB}}, Kept: kept})
	if kept == 1 {
		return b
	}
	return a
}

// canonical returns the JSON of a decoded value, with object keys sorted.
func canonical(v any) string {
	data, _ := json.Marshal(v) // maps, slices, strings, json.Numbers and literals always marshal
	return string(data)
}

// joinPath adds an object key to a JSON path; the story's keys are all
// identifiers.
func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// candidates lists, for each event of the second story added under its
// own ID, the events of the first that may be the same. The first
// story's events are indexed by kind and participant, and by each day
// their time spans when it spans a month at most, by each month when it
// spans two years at most, and in one list beyond: so the work grows with
// the events that share a kind, an actor and a day or a month, not with
// the story, except for events of more than two years (a war), which
// are checked against every event of their kind and actor.
func (m *merger) candidates(added []uuid.UUID) {
	if len(added) == 0 || len(m.first.events) == 0 {
		return
	}
	type kindActor struct {
		kind  event.Kind
		actor actor.ID
	}
	type bucket struct {
		kindActor
		unit int64 // a day, or a month (months are numbered after days' range)
	}
	const (
		maxDays   = 31
		maxMonths = 24
		months    = int64(1) << 40 // month numbers start here, apart from days
	)
	// units returns the days, or else the months, a time spans, or vast
	// when it spans more than maxMonths.
	units := func(from, to time.Time) (list []int64, byDay, vast bool) {
		d0, d1 := from.Unix()/86400, (to.Unix()-1)/86400
		if d1-d0 < maxDays {
			for d := d0; d <= d1; d++ {
				list = append(list, d)
			}
			return list, true, false
		}
		last := to.Add(-time.Nanosecond)
		m0, m1 := int64(from.Year())*12+int64(from.Month())-1, int64(last.Year())*12+int64(last.Month())-1
		if m1-m0 >= maxMonths {
			return nil, false, true
		}
		for mo := m0; mo <= m1; mo++ {
			list = append(list, months+mo)
		}
		return list, false, false
	}
	index := map[bucket][]int{}
	vast := map[kindActor][]int{} // events of more than two years
	all := map[kindActor][]int{}  // every event, for added events of more than two years
	add := func(l []int, i int) []int {
		if len(l) == 0 || l[len(l)-1] != i {
			return append(l, i)
		}
		return l
	}
	for i, e := range m.first.events {
		from, to := event.HeaderOf(e).Time.Span()
		if from.IsZero() || to.IsZero() {
			continue
		}
		list, _, isVast := units(from, to)
		for _, p := range e.Participants() {
			ka := kindActor{e.Kind(), p.Actor}
			all[ka] = add(all[ka], i)
			if isVast {
				vast[ka] = add(vast[ka], i)
			}
			for _, u := range list {
				k := bucket{ka, u}
				index[k] = add(index[k], i)
			}
		}
	}
	within := m.out.ancestry()
	var near []int
	for _, id := range added {
		e := m.out.events[m.out.byID[id].i]
		from, to := event.HeaderOf(e).Time.Span()
		if from.IsZero() || to.IsZero() {
			continue
		}
		list, byDay, isVast := units(from, to)
		if byDay { // the months of its days too, for events of a longer span
			seen := map[int64]bool{}
			for _, d := range list {
				t := time.Unix(d*86400, 0).UTC()
				if mo := months + int64(t.Year())*12 + int64(t.Month()) - 1; !seen[mo] {
					seen[mo] = true
					list = append(list, mo)
				}
			}
		} else if !isVast { // the days of its months too, for shorter events
			for d, end := from.Unix()/86400, (to.Unix()-1)/86400; d <= end; d++ {
				list = append(list, d)
			}
		}
		near = near[:0]
		for _, p := range e.Participants() {
			ka := kindActor{e.Kind(), p.Actor}
			if isVast {
				near = append(near, all[ka]...)
				continue
			}
			near = append(near, vast[ka]...)
			for _, u := range list {
				near = append(near, index[bucket{ka, u}]...)
			}
		}
		slices.Sort(near)
		near = slices.Compact(near)
		places, parts := e.AllPlaces(), e.Participants()
		for _, i := range near {
			f := m.first.events[i]
			ff, ft := event.HeaderOf(f).Time.Span()
			if !ff.Before(to) || !from.Before(ft) || f.Kind() != e.Kind() {
				continue
			}
			shared := sharedPlaces(f.AllPlaces(), places, within)
			if len(shared) == 0 {
				continue
			}
			if actors := sharedActors(f.Participants(), parts); len(actors) > 0 {
				fid := uuid.UUID(event.HeaderOf(f).ID)
				m.report.Candidates = append(m.report.Candidates, Candidate{First: m.out.refOf(fid), Second: m.out.refOf(id), Places: shared, Participants: actors})
			}
		}
	}
}

// ancestry returns, for each territory, the territories that contain it,
// nearest first (a parent chain that loops is cut).
func (s *Story) ancestry() func(territory.ID) []territory.ID {
	parent := make(map[territory.ID]territory.ID, len(s.territories))
	for _, t := range s.territories {
		parent[t.ID] = t.Parent
	}
	return func(id territory.ID) []territory.ID {
		var out []territory.ID
		for p := parent[id]; !p.IsZero() && len(out) <= len(parent) && !slices.Contains(out, p); p = parent[p] {
			out = append(out, p)
		}
		return out
	}
}

// sharedPlaces returns the places of a that b shares, or that contain or
// lie in a place of b.
func sharedPlaces(a, b []territory.ID, within func(territory.ID) []territory.ID) []territory.ID {
	var out []territory.ID
	for _, p := range a {
		for _, q := range b {
			if p == q || slices.Contains(within(q), p) || slices.Contains(within(p), q) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// sharedActors returns the actors that take part in both, once each, in
// a's order.
func sharedActors(a, b []event.Participant) []actor.ID {
	var out []actor.ID
	for _, p := range a {
		if slices.Contains(out, p.Actor) {
			continue
		}
		if slices.ContainsFunc(b, func(q event.Participant) bool { return q.Actor == p.Actor }) {
			out = append(out, p.Actor)
		}
	}
	return out
}

// String returns the report as text for people: the joins, the added
// records, the conflicts with both values and their sources, and the
// candidates.
func (r *MergeReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "merge (%s): %d joined, %d added, %d conflicts, %d candidates\n", r.Policy, len(r.Joined), len(r.Added), len(r.Conflicts), len(r.Candidates))
	for _, j := range r.Joined {
		writeRef(&b, '=', j.RecordRef)
		if j.Rule != MatchID {
			fmt.Fprintf(&b, "    joined %s by %s\n", j.From, j.Rule)
		}
	}
	for _, a := range r.Added {
		writeRef(&b, '+', a)
	}
	for _, c := range r.Conflicts {
		writeRef(&b, '!', c.Record)
		path := c.Path
		if path == "" {
			path = "(the whole record)"
		}
		fmt.Fprintf(&b, "    %s:\n", path)
		for i, v := range c.Values {
			mark := " "
			if i == c.Kept {
				mark = "*"
			}
			fmt.Fprintf(&b, "     %s %s", mark, cut(string(v.Value)))
			if len(v.Sources) > 0 {
				ids := make([]string, len(v.Sources))
				for k, s := range v.Sources {
					ids[k] = s.String()
				}
				fmt.Fprintf(&b, " (sources %s)", strings.Join(ids, ", "))
			}
			b.WriteByte('\n')
		}
	}
	for _, c := range r.Candidates {
		fmt.Fprintf(&b, "? %s %s %q may be %s %q\n", c.Second.Type, c.Second.ID, c.Second.Label, c.First.ID, c.First.Label)
	}
	return b.String()
}
