package newsevent

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/walk"
	"github.com/newsevent/newsevent/vocab"
)

func randomIDs(r *rand.Rand, n int) []uuid.UUID {
	out := make([]uuid.UUID, n)
	for i := range out {
		for j := range out[i] {
			out[i][j] = byte(r.Uint32())
		}
	}
	return out
}

// Every distinct ID gets one node, numbered in the order first met, that
// stays through the growth of the index; the zero ID is an ID like any.
func TestIDSetNumbersEachDistinctIDOnce(t *testing.T) {
	var s idSet
	_, ok := s.find(uuid.UUID{})
	assert.False(t, ok, "the zero set is empty")
	ids := append(randomIDs(rand.New(rand.NewPCG(1, 2)), 100_000), uuid.UUID{})
	// IDs that differ in one byte, and so in their hashes' low bits only
	// by chance.
	for i := 1; i <= 1000; i++ {
		ids = append(ids, uuid.UUID{15: byte(i), 14: byte(i >> 8)})
	}
	for i, id := range ids {
		require.Equal(t, uint32(i), s.node(id))
	}
	require.Equal(t, len(ids), s.len())
	for i, id := range ids {
		n, ok := s.find(id)
		require.True(t, ok)
		require.Equal(t, uint32(i), n)
		require.Equal(t, uint32(i), s.node(id), "a known ID keeps its node")
		require.Equal(t, id, s.key(n))
		_, seen := s.record(n)
		require.False(t, seen)
	}
	require.Equal(t, len(ids), s.len())
	for _, id := range randomIDs(rand.New(rand.NewPCG(3, 4)), 1000) {
		_, ok := s.find(id)
		assert.False(t, ok)
	}
	assert.LessOrEqual(t, float64(s.len()), 0.85*float64(len(s.slots)), "the index is at most 85% full")
	assert.GreaterOrEqual(t, float64(s.len()), 0.5*float64(len(s.slots)), "and not much emptier")
}

// A set told its size ahead takes that many IDs without growing its
// index, numbers them as any set does, and still grows past it.
func TestIDSetReserve(t *testing.T) {
	for _, n := range []int{0, 1, 83, 10_000} {
		var s idSet
		s.reserve(n)
		size := len(s.slots)
		require.GreaterOrEqual(t, float64(size)*0.85, float64(n), "n=%d", n)
		ids := randomIDs(rand.New(rand.NewPCG(5, uint64(n))), n)
		for i, id := range ids {
			require.Equal(t, uint32(i), s.node(id))
		}
		assert.Equal(t, size, len(s.slots), "n=%d: the index did not grow", n)
		more := randomIDs(rand.New(rand.NewPCG(6, uint64(n))), n/4+100)
		for i, id := range more {
			require.Equal(t, uint32(n+i), s.node(id))
		}
		assert.Greater(t, len(s.slots), size, "n=%d: and grows past it", n)
		for i, id := range append(ids, more...) {
			got, ok := s.find(id)
			require.True(t, ok)
			require.Equal(t, uint32(i), got)
		}
	}
}

// A node keeps its record's type, place and kind, and the flag of a
// reference waiting for it, apart.
func TestIDSetRecords(t *testing.T) {
	var s idSet
	a, b := s.node(uuid.UUID{1}), s.node(uuid.UUID{2})
	s.flagMissing(b, true)
	s.see(a, typeEvent, math.MaxInt32, 255)
	s.see(b, typeStatus, 7, 3)
	got, ok := s.record(a)
	require.True(t, ok)
	assert.Equal(t, seenRecord{recordKind{typ: typeEvent, sub: 255}, math.MaxInt32}, got)
	n, k, ok := s.lookup(uuid.UUID{2})
	require.True(t, ok)
	assert.Equal(t, b, n)
	assert.Equal(t, recordKind{typ: typeStatus, sub: 3}, k)
	k, ok = s.kind(a)
	require.True(t, ok)
	assert.Equal(t, recordKind{typ: typeEvent, sub: 255}, k)
	assert.True(t, s.isMissing(b))
	assert.False(t, s.isMissing(a))
	s.flagMissing(b, false)
	assert.False(t, s.isMissing(b))
	got, _ = s.record(b)
	assert.Equal(t, seenRecord{recordKind{typ: typeStatus, sub: 3}, 7}, got, "the flag leaves the record alone")
	_, _, ok = s.lookup(uuid.UUID{3})
	assert.False(t, ok, "an ID never met")
	c := s.node(uuid.UUID{3})
	n, _, ok = s.lookup(uuid.UUID{3})
	assert.False(t, ok, "an ID met in a reference only")
	assert.Equal(t, c, n)
	_, ok = s.kind(c)
	assert.False(t, ok)
}

func TestEdgeLogKeepsEdgesInOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	type e struct{ from, to uint32 }
	want := []e{{0, 0}, {math.MaxUint32, 0}, {0, math.MaxUint32}, {math.MaxUint32, math.MaxUint32}, {5, 5}, {4, 1}}
	for range 100_000 { // some 700 KB: chunks of every size
		want = append(want, e{r.Uint32() >> r.IntN(32), r.Uint32()})
	}
	var l edgeLog
	for _, x := range want {
		l.add(x.from, x.to)
	}
	var got []e
	for from, to := range l.all {
		got = append(got, e{from, to})
	}
	assert.Equal(t, want, got)
	assert.Equal(t, len(want), l.n)
	assert.Greater(t, len(l.full), 10)
	for range l.all {
		break // stopping early is allowed
	}
}

func TestAddressAndPathRefPacking(t *testing.T) {
	for _, a := range []struct {
		node, ref uint32
		time      bool
	}{{0, 0, false}, {math.MaxUint32, 1<<31 - 1, true}, {7, 3, true}} {
		x := makeAddress(a.node, a.ref, a.time)
		assert.Equal(t, a.node, x.node())
		assert.Equal(t, a.ref, x.ref())
		assert.Equal(t, a.time, x.time())
	}
	var c Checker
	rest := c.strs.id(".links[2].to")
	assert.Equal(t, "events[12].links[2].to", c.pathString(makePathRef(typeEvent, 12, rest)))
	assert.Equal(t, "identities[0].links[2].to", c.pathString(makePathRef(typeIdentity, 0, rest)))
	assert.Equal(t, rest, c.strs.idBytes([]byte(".links[2].to")), "a string is numbered once")
}

// The publication bound of a source is kept in 4 bytes by its place among
// the sources when it is a whole second from 1970 to 2106, and whole by
// node otherwise; a later record with the same ID replaces it.
func TestCheckerPublished(t *testing.T) {
	var c Checker
	id := uuid.UUID{9}
	c.begin(typeSource, id, 0, nil)
	by := mustTime(t, "2024-05-01T10:00:00Z")
	c.publish(by)
	got, ok := c.publishedAt(c.curNode)
	require.True(t, ok)
	assert.True(t, got.Equal(by))
	assert.Empty(t, c.publishedBy)
	c.begin(typeSource, id, 0, nil) // a second record with the same ID
	later := mustTime(t, "2024-06-01T00:00:00Z")
	c.publish(later)
	got, _ = c.publishedAt(c.curNode)
	assert.True(t, got.Equal(later))
	for i, other := range []string{
		"1066-10-14T00:00:00Z",           // before 1970
		"2106-02-07T06:28:15Z",           // 2^32-1 seconds from 1970
		"2024-05-01T10:00:00.000000001Z", // a fraction of a second
	} {
		c.begin(typeSource, uuid.UUID{10, byte(i)}, 0, nil)
		o := mustTime(t, other)
		c.publish(o)
		got, ok = c.publishedAt(c.curNode)
		require.True(t, ok, other)
		assert.True(t, got.Equal(o), "%s: %s", other, got)
	}
	c.begin(typeSource, uuid.UUID{12}, 0, nil)
	last := mustTime(t, "2106-02-07T06:28:14Z")
	c.publish(last)
	got, _ = c.publishedAt(c.curNode)
	assert.True(t, got.Equal(last))
	_, ok = c.publishedAt(c.ids.node(uuid.UUID{11}))
	assert.False(t, ok)
	assert.Equal(t, []uint32{uint32(by.Unix()), noTime, noTime, noTime, noTime, uint32(last.Unix())}, c.published,
		"the second source's bound and those that do not fit in 4 bytes are kept by node")
	assert.Len(t, c.publishedBy, 4)
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return v
}

// The map of references waiting for their records is made again, smaller,
// as they arrive, and what still waits is reported as before.
func TestCheckerMissingShrinks(t *testing.T) {
	var c Checker
	const n = 20_000
	for i := range n {
		c.begin(typeEvent, uuid.UUID{0: 1, 12: byte(i >> 16), 13: byte(i >> 8), 14: byte(i), 15: 1}, 0, nil)
		var w walk.Path
		c.resolve(ref{typeActor, uuid.UUID{0: 2, 13: byte(i >> 8), 14: byte(i)}}, &w)
	}
	require.Equal(t, n, c.missingMost)
	for i := range n - 3 {
		c.begin(typeActor, uuid.UUID{0: 2, 13: byte(i >> 8), 14: byte(i)}, 0, nil)
	}
	assert.Len(t, c.missing, 3)
	assert.LessOrEqual(t, c.missingMost, 1000, "made again as it emptied, from 20,000")
	var ve *ValidationError
	require.ErrorAs(t, c.Err(), &ve)
	unresolved := 0
	for _, p := range ve.Problems {
		if p.Rule == vocab.RuleUnresolved {
			unresolved++
		}
	}
	assert.Equal(t, 3, unresolved, "the three actors that never arrived")
}

// A record's place is kept whole however far it is from the places of
// the other records of its type on its page: in two bytes when it is
// near, in the set's map when it is not.
func TestIDSetPlaces(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	types := []recordType{typeActor, typeTerritory, typeSource, typeStatus, typeEvent, typeIdentity}
	for _, jumps := range []bool{false, true} {
		var s idSet
		const n = 5000
		for i := range n {
			s.node(uuid.UUID{0: 3, 13: byte(i >> 16), 14: byte(i >> 8), 15: byte(i)})
		}
		// The records arrive mostly in the order their IDs were met, some
		// late; each type's places increase, by far now and then if jumps.
		order := make([]uint32, n)
		for i := range order {
			order[i] = uint32(i)
		}
		for i := range order {
			if j := i + r.IntN(2000); r.IntN(10) == 0 && j < n {
				order[i], order[j] = order[j], order[i]
			}
		}
		next := map[recordType]int{}
		want := map[uint32]seenRecord{}
		for _, node := range order {
			typ := types[r.IntN(len(types))]
			if jumps && r.IntN(1000) == 0 {
				next[typ] += 70_000
			}
			i := next[typ]
			next[typ]++
			s.see(node, typ, i, uint8(node))
			want[node] = seenRecord{recordKind{typ: typ, sub: uint8(node)}, int32(i)}
		}
		for node, w := range want {
			got, ok := s.record(node)
			require.True(t, ok)
			require.Equal(t, w, got, "node %d", node)
		}
		if jumps {
			assert.NotEmpty(t, s.far, "places far from their page's kept whole")
			assert.Less(t, len(s.far), n/4, "and only those")
		} else {
			assert.Empty(t, s.far, "every place near its page's")
		}
	}
	// A place before its page's first of the type, which the Checker never
	// gives (places only grow), is kept whole too.
	var s idSet
	a, b := s.node(uuid.UUID{1}), s.node(uuid.UUID{2})
	s.see(a, typeEvent, 10, 0)
	s.see(b, typeEvent, 3, 0)
	got, _ := s.record(b)
	assert.Equal(t, int32(3), got.i)
	got, _ = s.record(a)
	assert.Equal(t, int32(10), got.i)
}

// A territory referred to first and arriving 70,000 territories later is
// named by its place in reports, as any other.
func TestCheckerFarPlace(t *testing.T) {
	var c Checker
	late := uuid.UUID{0: 9, 15: 9}
	c.begin(typeStatus, uuid.UUID{0: 8}, 0, nil)
	var w walk.Path
	c.resolve(ref{typeTerritory, late}, &w)
	const n = 70_000
	for i := range n {
		c.begin(typeTerritory, uuid.UUID{0: 7, 13: byte(i >> 16), 14: byte(i >> 8), 15: byte(i)}, 0, nil)
	}
	c.begin(typeTerritory, late, 0, nil)
	c.begin(typeEvent, uuid.UUID{0: 6}, 0, nil)
	c.resolve(ref{typeActor, late}, &w)
	var ve *ValidationError
	require.ErrorAs(t, c.Err(), &ve)
	require.Len(t, ve.Problems, 1)
	assert.Contains(t, ve.Problems[0].Message, "is a territory (territories[70000]), not an actor")
	assert.Len(t, c.ids.far, 1)
}

// Err lends the index of the ID set to its cycle search; the set makes
// it again when the Checker takes more records, and finds every ID it
// had.
func TestCheckerAfterLending(t *testing.T) {
	id := func(i int) uuid.UUID { return uuid.UUID{0: 5, 14: byte(i >> 8), 15: byte(i)} }
	var c Checker
	const n = 1000
	for i := range n {
		c.begin(typeEvent, id(i), 0, nil)
		if i < 10 { // a cycle of ten: its graph fits in the index
			c.partOf.add(c.curNode, c.ids.node(id((i+1)%10)))
		}
	}
	nodes := c.ids.len()
	var ve *ValidationError
	require.ErrorAs(t, c.Err(), &ve)
	require.Len(t, ve.Problems, 1)
	assert.Equal(t, vocab.RuleCycle, ve.Problems[0].Rule)
	assert.True(t, c.ids.slots == nil, "the index was lent")
	lent := &c.ids.lent[0]
	first := c.Err()
	assert.Equal(t, ve, first, "Err again, with the index still lent")
	assert.Same(t, lent, &c.ids.lent[0], "and the same memory lent again")

	c.begin(typeEvent, id(5), 0, nil)
	c.begin(typeEvent, id(n), 0, nil)
	var w walk.Path
	c.resolve(ref{typeEvent, id(7)}, &w)
	c.resolve(ref{typeActor, id(8)}, &w)
	assert.Equal(t, nodes+1, c.ids.len(), "known IDs keep their nodes")
	assert.Same(t, lent, &c.ids.slots[0], "the index is made again in the memory it lent")
	assert.Nil(t, c.ids.lent)
	for i := range n + 1 {
		got, ok := c.ids.find(id(i))
		require.True(t, ok)
		require.Equal(t, uint32(i), got)
	}
	require.ErrorAs(t, c.Err(), &ve)
	var msgs []string
	for _, p := range ve.Problems {
		msgs = append(msgs, p.Path+": "+p.Message)
	}
	assert.Len(t, msgs, 3, "%q", msgs)
	assert.Contains(t, msgs, "events[1000].id: ID "+id(5).String()+" is also the ID of events[5]")
	assert.Contains(t, msgs, "events[1001]: actor "+id(8).String()+" is an event (events[8]), not an actor")
}

// The cycle search starts from the nodes of a chain in story order, read
// from the log when the edges came in that order and sorted otherwise:
// the same edges stated in another order give the same reports.
func TestCycleStartsInStoryOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	const n = 300
	id := func(i int) uuid.UUID { return uuid.UUID{0: 4, 14: byte(i >> 8), 15: byte(i)} }
	var a, b Checker
	for _, i := range r.Perm(n) { // nodes numbered in another order than the records'
		a.ids.node(id(i))
		b.ids.node(id(i))
	}
	for i := range n {
		a.begin(typeEvent, id(i), 0, nil)
		b.begin(typeEvent, id(i), 0, nil)
	}
	to := make([][]int, n)
	for i := range to {
		to[i] = []int{r.IntN(n), r.IntN(n)}
	}
	for i := range n {
		for _, j := range to[i] {
			a.partOf.add(a.ids.node(id(i)), a.ids.node(id(j)))
		}
	}
	for _, i := range r.Perm(n) {
		for _, j := range to[i] {
			b.partOf.add(b.ids.node(id(i)), b.ids.node(id(j)))
		}
	}
	var g chainGraph
	var sc scratch
	g.build(&a.partOf, false, a.byPosition, &sc)
	assert.True(t, g.inOrder)
	g.build(&b.partOf, false, b.byPosition, &sc)
	assert.False(t, g.inOrder)

	errA, errB := a.Err(), b.Err()
	var ve *ValidationError
	require.ErrorAs(t, errA, &ve)
	assert.Greater(t, len(ve.Problems), 10, "a graph with many cycles")
	assert.Equal(t, errA, errB)
}

// FuzzCycleStarts builds a chain from the bytes (nodes, some never seen
// as records, and links between them) and states its links twice: by
// record in story order, and by record in an order the bytes choose. The
// cycle reports must be the same.
func FuzzCycleStarts(f *testing.F) {
	f.Add([]byte{5, 0, 1, 1, 2, 2, 0, 3, 4, 4, 3})
	f.Add([]byte{40, 1, 2, 2, 3, 3, 1, 9, 9, 45, 1, 1, 45})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 3 {
			return
		}
		n := 2 + int(data[0])%60 // records; IDs from n on are only referred to
		id := func(i byte) uuid.UUID { return uuid.UUID{0: 6, 15: i} }
		type link struct{ from, to byte }
		var links []link
		for i := 1; i+1 < len(data); i += 2 {
			links = append(links, link{data[i] % byte(n+4), data[i+1] % byte(n+4)})
		}
		byFrom := map[byte][]link{}
		var froms []byte
		for _, l := range links {
			if byFrom[l.from] == nil {
				froms = append(froms, l.from)
			}
			byFrom[l.from] = append(byFrom[l.from], l)
		}
		inStory := slices.Clone(froms)
		slices.Sort(inStory) // records in story order, then the IDs only referred to
		other := slices.Clone(froms)
		r := rand.New(rand.NewPCG(uint64(len(data)), uint64(data[len(data)-1])))
		r.Shuffle(len(other), func(i, j int) { other[i], other[j] = other[j], other[i] })

		check := func(order []byte) error {
			var c Checker
			for i := range n {
				c.begin(typeEvent, id(byte(i)), 0, nil)
			}
			for _, u := range order {
				for _, l := range byFrom[u] {
					c.partOf.add(c.ids.node(id(l.from)), c.ids.node(id(l.to)))
				}
			}
			return c.Err()
		}
		require.Equal(t, check(inStory), check(other))
	})
}
