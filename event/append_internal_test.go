package event

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAppendJSON checks that every kind appends its JSON to a buffer (the
// path of List and, through AppendJSON, of the root package's encoders),
// the same bytes as its MarshalJSON and json.Marshal, after what the
// buffer held; and that on error it leaves the buffer as it was.
func TestAppendJSON(t *testing.T) {
	for _, k := range Kinds() {
		e, err := Zero(k)
		require.NoError(t, err)
		a, ok := e.(appender)
		require.True(t, ok, "%s does not append its JSON", k)

		// The zero status is not a status: an error.
		prefix := []byte("xyz")
		got, err := a.appendJSON(prefix)
		require.Error(t, err, k)
		assert.Equal(t, "xyz", string(got), k)

		h := HeaderOf(e)
		h.ID, h.Title, h.Status = IDFor("append "+string(k)), "<a & b>", StatusOccurred
		switch e := e.(type) { // the kinds' other required enums
		case *Proposal:
			e.Stage = StageProposed
		case *Response:
			e.Act = ResponseAccept
		case *RoleChange:
			e.Change = ChangeAppointed
		case *Disaster:
			e.Hazard = HazardFlood
		case *Statement:
			e.Acts = []SpeechAct{SpeechClaim}
		}
		want, err := e.MarshalJSON()
		require.NoError(t, err, k)
		assert.Contains(t, string(want), `{"kind":"`+string(k)+`","id":`, k)
		assert.Contains(t, string(want), `\u003ca \u0026 b\u003e`, k)
		viaJSON, err := json.Marshal(e)
		require.NoError(t, err, k)
		assert.Equal(t, string(want), string(viaJSON), k)
		got, err = a.appendJSON(prefix)
		require.NoError(t, err, k)
		assert.Equal(t, "xyz"+string(want), string(got), k)
		got, err = AppendJSON(prefix, e)
		require.NoError(t, err, k)
		assert.Equal(t, "xyz"+string(want), string(got), k)

		list, err := List{e, e}.MarshalJSON()
		require.NoError(t, err, k)
		assert.Equal(t, "["+string(want)+","+string(want)+"]", string(list), k)
	}
	data, err := List(nil).MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, "null", string(data))
	data, err = List{}.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, "[]", string(data))
	_, err = List{(*Attack)(nil)}.MarshalJSON()
	assert.Error(t, err)

	// AppendJSON refuses a nil event, and a nil pointer of every kind,
	// with the buffer as it was.
	for _, e := range []Event{nil, (*Attack)(nil), (*Meeting)(nil), (*Other)(nil)} {
		got, err := AppendJSON([]byte("xyz"), e)
		require.Error(t, err, "%T", e)
		assert.Contains(t, err.Error(), "nil event")
		assert.Equal(t, "xyz", string(got))
	}
}

// TestKindWriter checks the splice of an empty object: the kind alone.
func TestKindWriter(t *testing.T) {
	got, err := appendKind([]byte("["), KindOther, struct{}{})
	require.NoError(t, err)
	assert.Equal(t, `[{"kind":"other"}`, string(got))
	got, err = appendKind(nil, KindOther, struct {
		A string `json:"a"`
	}{"<"})
	require.NoError(t, err)
	assert.Equal(t, `{"kind":"other","a":"\u003c"}`, string(got))
	_, err = appendKind(nil, KindOther, 3)
	assert.Error(t, err)
}
