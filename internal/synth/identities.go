package synth

import (
	"strconv"

	"github.com/newsevent/newsevent"
)

// makeIdentities makes the identity claims of the story: what sources say
// of the people they do not name. Some unnamed officials stay unnamed; of
// the others, most are later named as an official, some may be the same
// as an official, some are the same source as another unnamed one, and a
// few are said not to be the official some took them for; some get two
// claims ("may be X", then "later named as X"). The first four claims
// take each relation in turn, so that a story with a few unnamed actors
// has every relation.
func (g *generator) makeIdentities() {
	k := 0
	for _, u := range g.unnamed {
		if u.org || len(g.officialsBy[u.country]) == 0 || !g.chance(0.7) {
			continue
		}
		claims := 1
		if g.chance(0.3) {
			claims = 2
		}
		for range claims {
			g.identity(k, u)
			k++
		}
	}
}

// identity makes claim k about the unnamed person u.
func (g *generator) identity(k int, u person) {
	relations := newsevent.IdentityRelations()
	rel := relations[k%len(relations)]
	if k >= len(relations) {
		switch d := g.intn(20); {
		case d < 9:
			rel = newsevent.IdentityNamedAs
		case d < 14:
			rel = newsevent.IdentityPossiblySameAs
		case d < 17:
			rel = newsevent.IdentitySameAs
		default:
			rel = newsevent.IdentityNotSameAs
		}
	}
	named := g.persons[pick(g, g.officialsBy[u.country])]
	claim := newsevent.Identity{ID: newsevent.IdentityIDFor(g.key + "identity" + strconv.Itoa(k)), Actor: u.id, Relation: rel, Other: named.id}
	switch rel {
	case newsevent.IdentityNamedAs:
		claim.Text = "later named as " + named.name
	case newsevent.IdentityPossiblySameAs:
		claim.Text = "may be the same official as " + named.name
	case newsevent.IdentityNotSameAs:
		claim.Text = "is not " + named.name + ", as earlier reports said"
	case newsevent.IdentitySameAs:
		claim.Text = "identified by the ministry as " + named.name
		for _, j := range g.unnamedBy[u.country] {
			if o := g.unnamed[j]; o.id != u.id {
				claim.Other, claim.Text = o.id, "the same source as quoted earlier"
				break
			}
		}
	}
	claim.Attributions = g.attributions(g.intn(max(1, g.o.Events)), 1)
	must(g.s.AddIdentity(claim))
}
