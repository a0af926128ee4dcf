package actor_test

import (
	"testing"

	"github.com/newsevent/newsevent/actor"
)

func TestKind(t *testing.T) {
	testEnum(t, actor.Kinds, actor.ParseKind,
		[]string{"person", "state", "government", "organisation", "armed_force", "group", "media"})
}

func TestAliasKind(t *testing.T) {
	testEnum(t, actor.AliasKinds, actor.ParseAliasKind,
		[]string{"alias", "abbreviation", "metonym", "given_name", "nickname", "former_name"})
}
