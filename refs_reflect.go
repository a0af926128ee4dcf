//go:build walkgen

package newsevent

import (
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/walk"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// Under the build tag walkgen, the typed walks of refs_gen.go are left
// out and these reflection walks stand in for them, so that
// internal/walkgen/generate, which imports this package, builds even
// when refs_gen.go no longer compiles (a field it names was removed).

func refsActor(x *actor.Actor, v refVisitor, at *walk.Path)             { reflectRefs(x, v, at) }
func refsTerritory(x *territory.Territory, v refVisitor, at *walk.Path) { reflectRefs(x, v, at) }
func refsSource(x *source.Source, v refVisitor, at *walk.Path)          { reflectRefs(x, v, at) }
func refsStatus(x *territory.Status, v refVisitor, at *walk.Path)       { reflectRefs(x, v, at) }
func refsIdentity(x *Identity, v refVisitor, at *walk.Path)             { reflectRefs(x, v, at) }
func refsEvent(e event.Event, v refVisitor, at *walk.Path) bool {
	reflectRefs(e, v, at)
	return true
}
