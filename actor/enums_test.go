package actor_test

import (
	"testing"

	"github.com/newsevent/newsevent/internal/testutil"

	"github.com/newsevent/newsevent/actor"
)

func TestKind(t *testing.T) {
	testutil.TestEnum(t, actor.Kinds, actor.ParseKind,
		[]string{"person", "state", "government", "organisation", "armed_force", "group", "media"})
}

func TestAliasKind(t *testing.T) {
	testutil.TestEnum(t, actor.AliasKinds, actor.ParseAliasKind,
		[]string{"alias", "abbreviation", "metonym", "given_name", "nickname", "former_name"})
}
