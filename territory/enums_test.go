package territory_test

import (
	"testing"

	"github.com/newsevent/newsevent/internal/testutil"

	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent/territory"
)

func TestKind(t *testing.T) {
	testutil.TestEnum(t, territory.Kinds, territory.ParseKind,
		[]string{"country", "region", "city", "town", "facility", "front_sector", "area", "line"})
}

func TestPrecision(t *testing.T) {
	testutil.TestEnum(t, territory.Precisions, territory.ParsePrecision,
		[]string{"exact", "near", "town", "region", "country"})
}

func TestRelation(t *testing.T) {
	testutil.TestEnum(t, territory.Relations, territory.ParseRelation,
		[]string{"controls", "occupies", "annexed", "claims", "recognises_de_jure", "recognises_de_facto"})
}

func TestExtent(t *testing.T) {
	testutil.TestEnum(t, territory.Extents, territory.ParseExtent, []string{"whole", "partial", "share"})
}

func TestStanding(t *testing.T) {
	testutil.TestEnum(t, territory.Standings, territory.ParseStanding, []string{"in_force", "proposed", "asserted"})
}

func TestRelationIsRecognition(t *testing.T) {
	for _, r := range territory.Relations() {
		want := r == territory.RelationRecognisesDeJure || r == territory.RelationRecognisesDeFacto
		assert.Equal(t, want, r.IsRecognition(), "%s", r)
	}
	assert.False(t, territory.Relation("").IsRecognition())
	assert.False(t, territory.Relation("recognises").IsRecognition())
}
