package event

import (
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// jsonNames returns the JSON names of the exported fields of t, in order.
func jsonNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		names = append(names, name)
	}
	return names
}

// TestHeaderMembers fails when Header or Link gains a field that the
// hand-written encoders do not write: add it to Header.appendJSON (or
// Link.appendJSON) and to headerMembers (or linkMembers), in the order of
// the struct.
func TestHeaderMembers(t *testing.T) {
	assert.Equal(t, jsonNames(reflect.TypeFor[Header]()), headerMembers, "the members of Header.appendJSON")
	assert.Equal(t, jsonNames(reflect.TypeFor[Link]()), linkMembers, "the members of Link.appendJSON")
	// No field of a kind shares a JSON name with one of the header, which
	// encoding/json would write instead of the header's.
	for _, k := range Kinds() {
		e, err := Zero(k)
		require.NoError(t, err)
		for _, n := range jsonNames(reflect.TypeOf(e).Elem())[1:] {
			assert.NotContains(t, headerMembers, n, k)
		}
	}
}

// plainOf returns the method-less copy of e that appendKind encodes.
func plainOf(e Event) any {
	switch e := e.(type) {
	case *Meeting:
		return (*plainMeeting)(e)
	case *Attack:
		return (*plainAttack)(e)
	case *Statement:
		return (*plainStatement)(e)
	case *Proposal:
		return (*plainProposal)(e)
	case *Response:
		return (*plainResponse)(e)
	case *Conflict:
		return (*plainConflict)(e)
	case *Disaster:
		return (*plainDisaster)(e)
	case *Election:
		return (*plainElection)(e)
	case *RoleChange:
		return (*plainRoleChange)(e)
	case *Other:
		return (*plainOther)(e)
	}
	panic("unknown kind")
}

// randomHeader returns a header with each field set or not at random,
// nil and empty slices, text that needs escaping and invalid values
// included.
func randomHeader(r *rand.Rand) Header {
	pick := func(l ...string) string { return l[r.IntN(len(l))] }
	str := func() string {
		return pick("", "", "x", "<b>&amp;</b>", "line\nbreak\t\"q\" \\", "\u2028\u2029", "\x01\x1f", "bad \xff utf-8", "Київ")
	}
	id := func() [16]byte {
		if r.IntN(3) == 0 {
			return [16]byte{}
		}
		return uuid.NewSHA1(uuid.NameSpaceURL, []byte(strconv.Itoa(r.IntN(1000))))
	}
	tm := func() source.Time {
		if r.IntN(3) == 0 {
			return source.Time{}
		}
		var t source.Time
		if r.IntN(4) > 0 {
			t.Start = time.Date(1990+r.IntN(50), time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), 0, 0, r.IntN(3)*7000, time.UTC)
		}
		if r.IntN(3) == 0 {
			t.Precision = source.Precisions()[r.IntN(len(source.Precisions()))]
		}
		t.Text = str()
		return t
	}
	attrs := func(min int) []source.Attribution {
		switch r.IntN(4) {
		case 0:
			return nil
		case 1:
			if min == 0 {
				return []source.Attribution{}
			}
		}
		l := make([]source.Attribution, min+r.IntN(3))
		for i := range l {
			l[i] = source.Attribution{Source: id(), Verb: source.VerbReported, Text: str()}
			if r.IntN(3) == 0 {
				l[i].Quotes = []source.Quote{{Text: str()}, {Ref: "q", Text: "<q>"}}
			}
			if r.IntN(20) == 0 {
				l[i].Verb = "bogus"
			}
		}
		return l
	}
	slice := func() int { return r.IntN(4) - 1 } // -1 for nil
	var h Header
	h.ID = id()
	h.Title = str()
	h.Time = tm()
	h.Rescheduled = tm()
	if n := slice(); n >= 0 {
		h.Places = make([]territory.ID, n)
		for i := range h.Places {
			h.Places[i] = id()
		}
	}
	h.Status = Statuses()[r.IntN(len(Statuses()))]
	if r.IntN(20) == 0 {
		h.Status = Status(pick("", "bogus"))
	}
	h.Attributions = attrs(1)
	if n := slice(); n >= 0 {
		h.Links = make([]Link, n)
		for i := range h.Links {
			l := Link{Ref: str(), Type: LinkTypes()[r.IntN(len(LinkTypes()))], To: id(), Text: str(), Attributions: attrs(0)}
			if r.IntN(3) == 0 {
				l.Offset = Offset{Max: Duration(time.Duration(r.IntN(48)) * time.Hour), Text: str()}
			}
			if r.IntN(20) == 0 {
				l.Type = "bogus"
			}
			h.Links[i] = l
		}
	}
	if n := slice(); n >= 0 {
		h.Figures = make([]source.Count, n)
		for i := range h.Figures {
			h.Figures[i] = source.Count{Value: float64(r.IntN(100)), Measure: source.Measure(pick("killed", "<x>")), Text: str(), Attributions: attrs(0), AsOf: tm()}
		}
	}
	if n := slice(); n >= 0 {
		h.Notes = make([]Remark, n)
		for i := range h.Notes {
			h.Notes[i] = Remark{Text: str(), Attributions: attrs(0)}
		}
	}
	h.Description = str()
	if n := slice(); n >= 0 {
		h.Names = make([]Name, n)
		for i := range h.Names {
			h.Names[i] = Name{Text: str(), UsedBy: actor.ID(id()), Attributions: attrs(0)}
		}
	}
	if n := slice(); n >= 0 {
		h.OtherTimes = make([]ReportedTime, n)
		for i := range h.OtherTimes {
			h.OtherTimes[i] = ReportedTime{Ref: str(), Time: tm(), Attributions: attrs(0), Revises: str(), RevisesIn: id()}
		}
	}
	if n := slice(); n >= 0 {
		h.Involved = make([]Participant, n)
		for i := range h.Involved {
			h.Involved[i] = Participant{Actor: actor.ID(id()), Role: Role(pick("mediator", "<r>"))}
		}
	}
	return h
}

// TestHeaderJSON checks that events with hand-written headers encode to
// the bytes, and fail with the errors, of encoding them whole through
// encoding/json, on random headers of every kind.
func TestHeaderJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	fails := 0
	for i := range 3000 {
		k := Kinds()[i%len(Kinds())]
		e, err := Zero(k)
		require.NoError(t, err)
		*HeaderOf(e) = randomHeader(r)
		want, wantErr := appendKind([]byte("["), k, plainOf(e))
		got, gotErr := e.(appender).appendJSON([]byte("["))
		if wantErr != nil {
			fails++
			require.Error(t, gotErr, "event %d", i)
			assert.Equal(t, wantErr.Error(), gotErr.Error(), "event %d", i)
			continue
		}
		require.NoError(t, gotErr, "event %d", i)
		require.Equal(t, string(want), string(got), "event %d", i)
	}
	assert.NotZero(t, fails, "no event failed to encode")
}
