package event_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// TestKinds is the one table over all kinds: every kind has a sample with
// every field filled in, which knows its kind, encodes with the kind
// first, decodes losslessly into its own concrete type (alone and in a
// List), and has the codes expected of it.
func TestKinds(t *testing.T) {
	kinds := event.Kinds()
	require.Len(t, kinds, 10)
	for _, k := range kinds {
		t.Run(string(k), func(t *testing.T) {
			e := sample(k)
			require.NotNil(t, e, "no sample for kind %s", k)
			assertFilled(t, e)
			requireNilError(t, e.Validate())

			assert.Equal(t, k, e.Kind())
			assert.True(t, k.IsValid())

			data, err := json.Marshal(e)
			require.NoError(t, err)
			assert.True(t, bytes.HasPrefix(data, []byte(`{"kind":"`+string(k)+`"`)), "%s", data)

			got, err := event.Unmarshal(data)
			require.NoError(t, err)
			assert.IsType(t, e, got)
			assert.Equal(t, e, got, "lossless round trip")
			requireNilError(t, got.Validate())

			// Encoding the decoded value gives the same bytes.
			again, err := json.Marshal(got)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again))

			// Through a List, next to an event of another kind.
			other := minimal(event.KindConflict)
			if k == event.KindConflict {
				other = minimal(event.KindMeeting)
			}
			listJSON, err := json.Marshal(event.List{e, other})
			require.NoError(t, err)
			var list event.List
			require.NoError(t, json.Unmarshal(listJSON, &list))
			require.Len(t, list, 2)
			assert.IsType(t, e, list[0])
			assert.Equal(t, e, list[0])
			assert.Equal(t, other, list[1])

			// The concrete type decodes by itself too.
			fresh, err := event.Zero(k)
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(data, fresh))
			assert.Equal(t, e, fresh)

			want, ok := wantCodes[k]
			require.True(t, ok, "no expected codes for %s", k)
			assert.Equal(t, want, e.Codes())

			// The header seen through the interface is the embedded one.
			assert.Equal(t, *event.HeaderOf(e), e.Head())
		})
	}
}

// TestZero checks that Zero gives an empty event of the right concrete
// type for every kind, and a *vocab.UnknownError that quotes an unknown
// kind.
func TestZero(t *testing.T) {
	for _, k := range event.Kinds() {
		e, err := event.Zero(k)
		require.NoError(t, err)
		assert.IsType(t, sample(k), e)
		assert.Equal(t, k, e.Kind())
		zero := reflect.New(reflect.TypeOf(e).Elem()).Interface()
		assert.Equal(t, zero, e, "Zero(%s) is the zero value", k)
		again, err := event.Zero(k)
		require.NoError(t, err)
		assert.NotSame(t, e, again, "each call gives a new event")
	}
	for _, k := range []event.Kind{"", "meating", "Meeting", "role-change"} {
		e, err := event.Zero(k)
		assert.Nil(t, e)
		require.Error(t, err)
		assert.Contains(t, err.Error(), `"`+string(k)+`"`)
		assertUnknown(t, err, "kind", string(k))
	}
}

func TestParticipants(t *testing.T) {
	party := actor.IDFor("party")
	for _, c := range []struct {
		kind event.Kind
		want []event.Participant
	}{
		{event.KindMeeting, []event.Participant{
			{Actor: witkoff, Role: event.RoleAttendee}, {Actor: putin, Role: event.RoleAttendee}, {Actor: ushakov, Role: event.RoleAttendee},
			{Actor: putin, Role: event.RoleHost}, {Actor: us, Role: event.RoleMediator},
		}},
		{event.KindAttack, []event.Participant{
			{Actor: russia, Role: event.RoleAttacker}, {Actor: moskalik, Role: event.RoleTarget},
			{Actor: ukraine, Role: event.RoleBlamed}, {Actor: russia, Role: event.RoleBlamer},
		}},
		{event.KindStatement, []event.Participant{
			{Actor: trump, Role: event.RoleSpeaker}, {Actor: putin, Role: event.RoleAddressee}, {Actor: russia, Role: event.RoleSubject},
		}},
		{event.KindProposal, []event.Participant{
			{Actor: us, Role: event.RoleProposer},
			{Actor: russia, Role: event.RoleParty}, {Actor: ukraine, Role: event.RoleParty},
			{Actor: ukraine, Role: event.RoleAddressee}, {Actor: russia, Role: event.RoleAddressee},
			{Actor: ukraine, Role: event.RoleBeneficiary},
			{Actor: ukraine, Role: event.RoleMember}, {Actor: nato, Role: event.RoleAlliance},
		}},
		{event.KindResponse, []event.Participant{{Actor: zelenskyy, Role: event.RoleResponder}}},
		{event.KindConflict, []event.Participant{
			{Actor: russia, Role: event.RoleParty}, {Actor: ukraine, Role: event.RoleParty},
		}},
		{event.KindDisaster, []event.Participant{{Actor: russia, Role: event.RoleBlamed}, {Actor: ukraine, Role: event.RoleBlamer}}},
		{event.KindElection, []event.Participant{
			{Actor: trump, Role: event.RoleCandidate}, {Actor: actor.IDFor("vance"), Role: event.RoleRunningMate}, {Actor: party, Role: event.RoleParty},
			{Actor: witkoff, Role: event.RoleCandidate}, {Actor: trump, Role: event.RoleWinner},
		}},
		{event.KindRoleChange, []event.Participant{{Actor: actor.IDFor("A5"), Role: event.RolePerson}, {Actor: trump, Role: event.RoleAppointer}}},
		{event.KindOther, []event.Participant{{Actor: russia, Role: "imposer"}}},
	} {
		t.Run(string(c.kind), func(t *testing.T) {
			// Every sample's header involves NATO as a guarantor and
			// records a name Putin uses (the conflict's names are its
			// own).
			want := append(c.want, event.Participant{Actor: nato, Role: event.RoleGuarantor})
			namer := putin
			if c.kind == event.KindConflict {
				namer = russia
			}
			want = append(want, event.Participant{Actor: namer, Role: event.RoleNamedBy})
			assert.Equal(t, want, sample(c.kind).Participants())
		})
	}
}

// TestParticipantsSkipZero checks that unset optional actors are left out.
func TestParticipantsSkipZero(t *testing.T) {
	assert.Equal(t, []event.Participant{{Actor: witkoff, Role: event.RoleAttendee}, {Actor: putin, Role: event.RoleAttendee}},
		minimal(event.KindMeeting).Participants())
	assert.Empty(t, minimal(event.KindAttack).Participants())
	assert.Empty(t, minimal(event.KindDisaster).Participants())
}

// TestOtherParticipantsIsACopy checks that the roles of an Other cannot be
// changed through Participants.
func TestOtherParticipantsIsACopy(t *testing.T) {
	o := sample(event.KindOther).(*event.Other)
	p := o.Participants()
	p[0].Role = "changed"
	assert.Equal(t, event.Role("imposer"), o.Roles[0].Role)
}

func TestPlaces(t *testing.T) {
	header := []territory.ID{kyiv, moscow} // the places of fullHeader
	for _, c := range []struct {
		kind event.Kind
		want []territory.ID
	}{
		{event.KindMeeting, header},
		{event.KindAttack, header}, // the target Kyiv is a header place already: once
		{event.KindStatement, header},
		{event.KindProposal, []territory.ID{kyiv, moscow, zaporizhia}},
		{event.KindResponse, header},
		{event.KindConflict, header},
		{event.KindDisaster, []territory.ID{kyiv, moscow, regions}},
		{event.KindElection, header},
		{event.KindRoleChange, header},
		{event.KindOther, []territory.ID{kyiv, moscow, crimea}},
	} {
		t.Run(string(c.kind), func(t *testing.T) {
			assert.Equal(t, c.want, sample(c.kind).AllPlaces())
		})
	}
}

// TestAttackPlaces checks that targeted places join the header's places
// once each, in order, and that actor-only targets add none.
func TestAttackPlaces(t *testing.T) {
	a := minimal(event.KindAttack).(*event.Attack)
	a.Header.Places = []territory.ID{moscow}
	a.Targets = []event.Target{{Territory: kyiv}, {Actor: moskalik}, {Territory: balashikha, Actor: moskalik}, {Territory: kyiv}, {Territory: moscow}}
	assert.Equal(t, []territory.ID{moscow, kyiv, balashikha}, a.AllPlaces())

	none := minimal(event.KindAttack).(*event.Attack)
	none.Targets = []event.Target{{Actor: moskalik}}
	assert.Empty(t, none.AllPlaces())
}

func TestLinks(t *testing.T) {
	header := event.HeaderOf(sample(event.KindMeeting)).Links // the links of fullHeader
	with := func(more ...event.Link) []event.Link { return append(append([]event.Link(nil), header...), more...) }
	for _, c := range []struct {
		kind event.Kind
		want []event.Link
	}{
		{event.KindMeeting, with(event.Link{Type: event.LinkAbout, To: planID, Text: "a US plan to end the Ukraine war"})},
		{event.KindAttack, header},
		{event.KindStatement, with(event.Link{Type: event.LinkAbout, To: strikeID})},
		{event.KindProposal, header},
		{event.KindResponse, with(event.Link{Type: event.LinkRespondsTo, To: planID})},
		{event.KindConflict, header},
		{event.KindDisaster, header},
		{event.KindElection, header},
		{event.KindRoleChange, header},
		{event.KindOther, header},
	} {
		t.Run(string(c.kind), func(t *testing.T) {
			e := sample(c.kind)
			assert.Equal(t, c.want, e.AllLinks())
			// AllLinks never changes the header.
			assert.Equal(t, header, e.Head().Links)
		})
	}
}

// TestLinksTopicsWithoutEvent checks that agenda topics in words only add
// no link.
func TestLinksTopicsWithoutEvent(t *testing.T) {
	m := minimal(event.KindMeeting).(*event.Meeting)
	m.Agenda = []event.Topic{{Text: "the war"}, {Event: planID}}
	assert.Equal(t, []event.Link{{Type: event.LinkAbout, To: planID}}, m.AllLinks())
}

// TestLinksDoNotAlias checks that appending to the result of AllLinks
// does not write into the header's links.
func TestLinksDoNotAlias(t *testing.T) {
	s := minimal(event.KindStatement).(*event.Statement)
	s.Header.Links = make([]event.Link, 1, 4)
	s.Header.Links[0] = event.Link{Type: event.LinkPartOf, To: warID}
	s.About = []event.ID{strikeID}
	got := s.AllLinks()
	got[0].Type = event.LinkCausedBy
	assert.Equal(t, event.LinkPartOf, s.Header.Links[0].Type)
	assert.Equal(t, event.Link{}, s.Header.Links[:2][1], "AllLinks wrote past the header's length")
}

// TestSealed checks that embedding the header does not make a type an
// Event: the marker method sits on the concrete kinds, not on Header.
func TestSealed(t *testing.T) {
	eventType := reflect.TypeFor[event.Event]()
	type fake struct{ event.Header }
	assert.False(t, reflect.TypeFor[*fake]().Implements(eventType))
	assert.False(t, reflect.TypeFor[*event.Header]().Implements(eventType))
	for _, k := range event.Kinds() {
		assert.True(t, reflect.TypeOf(sample(k)).Implements(eventType), "%s", k)
	}
	// Every Event reads and writes its own JSON form.
	assert.True(t, eventType.Implements(reflect.TypeFor[json.Marshaler]()))
	assert.True(t, eventType.Implements(reflect.TypeFor[json.Unmarshaler]()))
}

// TestHeadIsACopy checks that Head returns a deep copy of the header:
// changing it, down to its links' and attributions' elements, leaves the
// event as it was.
func TestHeadIsACopy(t *testing.T) {
	for _, k := range event.Kinds() {
		t.Run(string(k), func(t *testing.T) {
			e := sample(k)
			h := e.Head()
			require.Equal(t, *event.HeaderOf(e), h)

			h.Links[0].Text = "changed"
			h.Links[1].Attributions[0].Text = "changed"
			h.Links = append(h.Links, event.Link{Type: event.LinkAbout, To: planID})
			h.Attributions[0].Quotes[0].Text = "changed"
			h.Attributions[0].Verb = source.VerbSaid
			h.Places[0] = balashikha
			h.Figures[0].Includes[0] = "changed"
			h.Notes[0].Attributions[0].Text = "changed"
			h.Title = "changed"
			assert.Equal(t, sample(k), e, "changing the header Head returned changed the event")

			h = e.Head()
			scribbleOn(&h)
			assert.Equal(t, sample(k), e, "Head shares memory with the event")
		})
	}
}

// TestHeaderOfIsAView checks that HeaderOf returns the event's own header,
// not a copy: writing through it changes the event.
func TestHeaderOfIsAView(t *testing.T) {
	for _, k := range event.Kinds() {
		t.Run(string(k), func(t *testing.T) {
			e := sample(k)
			h := event.HeaderOf(e)
			require.NotNil(t, h)
			assert.Same(t, event.HeaderOf(e), h)

			h.Links[0].Text = "changed"
			h.Attributions[0].Quotes[0].Text = "changed"
			h.Title = "changed"
			assert.Equal(t, "changed", e.Head().Links[0].Text)
			assert.Equal(t, "changed", e.AllLinks()[0].Text)
			assert.Equal(t, "changed", e.Head().Attributions[0].Quotes[0].Text)
			assert.Equal(t, "changed", e.Head().Title)
		})
	}
	assert.Nil(t, event.HeaderOf(nil))
	assert.Nil(t, event.HeaderOf((*event.Meeting)(nil)))
}

// TestClone checks that Clone returns an equal event of the same kind that
// shares nothing with the original, in either direction, and keeps nil
// and empty lists apart.
func TestClone(t *testing.T) {
	for _, k := range event.Kinds() {
		t.Run(string(k), func(t *testing.T) {
			e := sample(k)
			c := event.Clone(e)
			require.Equal(t, e, c)
			assert.IsType(t, e, c)
			assert.NotSame(t, e, c)
			assert.NotSame(t, event.HeaderOf(e), event.HeaderOf(c))

			scribbleOn(c)
			assert.NotEqual(t, sample(k), c, "scribble changed nothing")
			assert.Equal(t, sample(k), e, "changing the clone changed the original")

			c = event.Clone(e)
			scribbleOn(e)
			assert.Equal(t, sample(k), c, "changing the original changed the clone")

			// Nil lists stay nil, so that a clone encodes as its original.
			m := minimal(k)
			assert.Equal(t, m, event.Clone(m))
			assert.Equal(t, string(mustJSON(t, m)), string(mustJSON(t, event.Clone(m))))
		})
	}

	m := minimal(event.KindMeeting).(*event.Meeting)
	m.Places = []territory.ID{}
	m.Agenda = []event.Topic{}
	c := event.Clone(m).(*event.Meeting)
	assert.NotNil(t, c.Places, "an empty list stays empty, not nil")
	assert.NotNil(t, c.Agenda, "an empty list stays empty, not nil")
	assert.Equal(t, m, c)

	assert.True(t, event.Clone(nil) == nil, "a nil event clones to nil")
	assert.True(t, event.Clone((*event.Attack)(nil)) == nil, "a nil *Attack clones to a nil Event")
}

// TestHeaderFieldsPromoted checks that on every concrete kind Places and
// Links are the header's fields (no method of Event hides them), and that
// AllPlaces and AllLinks start with them.
func TestHeaderFieldsPromoted(t *testing.T) {
	places := []territory.ID{kyiv, moscow}
	links := []event.Link{{Type: event.LinkPartOf, To: warID}}
	for _, c := range []struct {
		kind event.Kind
		make func() event.Event
	}{
		{event.KindMeeting, func() event.Event { e := &event.Meeting{}; e.Places, e.Links = places, links; return e }},
		{event.KindAttack, func() event.Event { e := &event.Attack{}; e.Places, e.Links = places, links; return e }},
		{event.KindStatement, func() event.Event { e := &event.Statement{}; e.Places, e.Links = places, links; return e }},
		{event.KindProposal, func() event.Event { e := &event.Proposal{}; e.Places, e.Links = places, links; return e }},
		{event.KindResponse, func() event.Event { e := &event.Response{}; e.Places, e.Links = places, links; return e }},
		{event.KindConflict, func() event.Event { e := &event.Conflict{}; e.Places, e.Links = places, links; return e }},
		{event.KindDisaster, func() event.Event { e := &event.Disaster{}; e.Places, e.Links = places, links; return e }},
		{event.KindElection, func() event.Event { e := &event.Election{}; e.Places, e.Links = places, links; return e }},
		{event.KindRoleChange, func() event.Event { e := &event.RoleChange{}; e.Places, e.Links = places, links; return e }},
		{event.KindOther, func() event.Event { e := &event.Other{}; e.Places, e.Links = places, links; return e }},
	} {
		t.Run(string(c.kind), func(t *testing.T) {
			e := c.make()
			assert.Equal(t, c.kind, e.Kind())
			assert.Equal(t, places, event.HeaderOf(e).Places)
			assert.Equal(t, links, event.HeaderOf(e).Links)
			assert.Equal(t, places, e.AllPlaces())
			// A response adds its responds_to link, even to a zero To.
			all := e.AllLinks()
			require.GreaterOrEqual(t, len(all), len(links))
			assert.Equal(t, links, all[:len(links)])
		})
	}

	m := &event.Meeting{}
	m.Places = places
	m.Links = links
	assert.Equal(t, places, m.Header.Places)
	assert.Equal(t, links, m.Header.Links)
	assert.Equal(t, m.Places, m.AllPlaces())
	assert.Equal(t, m.Links, m.AllLinks())
}
