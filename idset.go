package newsevent

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"slices"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/internal/validate"
)

// The Checker's memory per distinct ID.
//
// Every ID the Checker meets (a record's own, or one referred to) becomes
// a node of an idSet: a dense number, 0, 1, 2, … in the order first met,
// that never changes. Everything else the Checker keeps about IDs holds
// node numbers (4 bytes), never UUIDs (16 bytes) or strings. Measured on
// a generated stream of 100,000 events (154,428 distinct IDs), in bytes
// per distinct ID (33.5 in all, with the maps and the Checker's own
// fields: BenchmarkStreamMemory):
//
//	idSet.pages   20.1  per node: the UUID (16 B), the record's place in
//	                    its list (2 B, from a base per page and type; see
//	                    idPage), its type, kind and a flag (2 B), in pages
//	                    of 512 nodes: an array per field, each of a size
//	                    the allocator has a class for; the set grows a
//	                    page at a time and never copies.
//	idSet.slots    5.0  the hash index: open addressing, uint32 slots, each
//	                    a node number and as many bits of its hash as the
//	                    rest of the slot holds, so that a probe reads a key
//	                    only when those match; linear probing, at most 85%
//	                    full, grown by a quarter at a time (a slot is found
//	                    by multiplying the hash, not masking it, so any size
//	                    will do), so 4.7 to 5.9 B per node.
//	chains         2.8  parent, via, copy, version, part_of, member_of and
//	                    ordering links as edgeLogs: per edge, the change of
//	                    its from node and its to node as varints, about 4 B,
//	                    in the order stated, in chunks of up to 16 KiB;
//	                    Err builds the adjacency, in the memory of
//	                    idSet.slots where it fits (idSet.lend).
//	published      0.9  4 B per source (Unix seconds), indexed by its place
//	                    among sources.
//	addresses      1.4  a figure's or reported time's ref: its record's node,
//	                    the ref's number in the string table and a bit in
//	                    8 B; sorted by Err, which alone looks them up.
//	revisions      1.9  24 B per figure or time that revises another: two
//	                    addresses and a pathRef.
//	across         0.4  16 B per revision of another record's figure.
//
// A pathRef (8 B) stands for a path kept for later: the record's type and
// place and the number of the rest of the path (".links[0].to") in the
// string table, which holds each distinct rest and ref once; the string
// is built only when a problem is reported or Err sorts by it. Missing
// references, checks waiting for a record, and records with a second ID
// or none are kept in Go maps and slices: they grow with the problems of
// a stream and the references ahead of their records, not with its IDs.
//
// The seed of the hash is random per set (hash/maphash), so no input can
// choose IDs that collide.

// idPageSize is the number of nodes per page of an idSet: its three
// arrays are then 8 KiB, 1 KiB and 1 KiB, sizes the Go allocator has
// classes for, so that no byte of them is lost to rounding.
const idPageSize = 512

// idPage holds idPageSize nodes, one array per field so that no padding
// is spent.
//
// A record's place in its list is kept in 2 bytes, as the distance from
// base, the place of the first record of its type seen on the page. The
// records of a type arrive in the order of their places, and the nodes
// of a page are the IDs first met within a few hundred records of each
// other, so the distance is small unless a record comes long after its
// ID was first referred to: from farPlace records of its type on, its
// place is kept whole in idSet.far instead. A stream whose references
// mostly run that far ahead costs more than 4 bytes a record that way;
// one with ordinary references ahead (to the next records, or from the
// actors to the territories that follow them) does not.
type idPage struct {
	key *[idPageSize]uuid.UUID
	pos *[idPageSize]uint16 // the record's place, less base[its type]
	// meta is the record's type (bits 0-2, 0 if not seen), whether a
	// reference waits for it (bit 3), and its kind or standing index
	// (bits 8-15, seenRecord.sub).
	meta  *[idPageSize]uint16
	base  [metaType + 1]uint32 // by type: the place of its first record seen here
	based uint8                // by type (bit 1<<type): whether base holds it
}

// farPlace marks, in idPage.pos, a place kept in idSet.far.
const farPlace = 1<<16 - 1

const (
	metaType    = 0x7
	metaMissing = 0x8
)

// idSet numbers distinct IDs; its zero value is empty and ready to use.
type idSet struct {
	seed  maphash.Seed
	slots []uint32 // 0 empty, else tag<<shift | node+1
	shift uint     // bits of a slot that hold node+1
	pages []idPage
	n     uint32            // nodes
	far   map[uint32]uint32 // node -> place, for places idPage.pos cannot hold
	lent  []uint32          // the index's memory while it is lent (see lend)
}

// len returns the number of nodes.
func (s *idSet) len() int { return int(s.n) }

func (s *idSet) hash(id *uuid.UUID) uint64 { return maphash.Comparable(s.seed, *id) }

// home returns the first slot to probe for hash h, and h's tag.
func (s *idSet) home(h uint64) (int, uint32) {
	i, _ := bits.Mul64(h, uint64(len(s.slots)))
	var tag uint32
	if s.shift < 32 {
		tag = uint32(h) & (1<<(32-s.shift) - 1)
	}
	return int(i), tag
}

// find returns the node of id.
func (s *idSet) find(id uuid.UUID) (uint32, bool) {
	if s.n == 0 {
		return 0, false
	}
	s.ready()
	return s.findHash(&id, s.hash(&id))
}

// ready makes the index of a set that has none: a new set, or one whose
// index was lent.
func (s *idSet) ready() {
	switch {
	case s.slots != nil:
	case s.n == 0 && s.lent == nil:
		s.seed = maphash.MakeSeed()
		s.grow()
	default:
		s.growTo(int(s.n)*20/17 + 64)
	}
}

// lend gives the memory of the index to a caller that needs scratch
// space for a while and has no use for finding IDs meanwhile (Err, for
// its cycle search, at the end of a stream when the heap is fullest).
// The set makes its index again, in the same memory, when it next needs
// it, in time linear in its nodes; until then lend gives the same memory
// again, so that Err called twice allocates no more the second time. The
// memory returned is not cleared.
func (s *idSet) lend() []uint32 {
	if s.slots != nil {
		s.lent, s.slots = s.slots[:cap(s.slots)], nil
	}
	return s.lent
}

// lendable returns how many uint32 lend would give.
func (s *idSet) lendable() int { return max(cap(s.slots), cap(s.lent)) }

// findHash returns the node of id, whose hash is h.
func (s *idSet) findHash(id *uuid.UUID, h uint64) (uint32, bool) {
	i, tag := s.home(h)
	mask := uint32(1)<<s.shift - 1 // all ones when shift is 32
	for {
		v := s.slots[i]
		if v == 0 {
			return 0, false
		}
		if v>>s.shift == tag { // both 0 when shift is 32
			n := v&mask - 1
			if s.pages[n/idPageSize].key[n%idPageSize] == *id {
				return n, true
			}
		}
		if i++; i == len(s.slots) {
			i = 0
		}
	}
}

// node returns the node of id, adding it if it is new. Node numbers are
// uint32: a set holds fewer than 2^32 IDs (some 100 GB of them).
func (s *idSet) node(id uuid.UUID) uint32 {
	s.ready()
	h := s.hash(&id)
	if n, ok := s.findHash(&id, h); ok {
		return n
	}
	if uint64(s.n+1)*100 > uint64(len(s.slots))*85 {
		s.grow()
	}
	n := s.n
	if n%idPageSize == 0 {
		s.pages = append(s.pages, idPage{key: new([idPageSize]uuid.UUID), pos: new([idPageSize]uint16), meta: new([idPageSize]uint16)})
	}
	s.pages[n/idPageSize].key[n%idPageSize] = id
	s.n++
	s.place(n, h)
	return n
}

// place puts node n, whose hash is h, in the first free slot.
func (s *idSet) place(n uint32, h uint64) {
	i, tag := s.home(h)
	for s.slots[i] != 0 {
		if i++; i == len(s.slots) {
			i = 0
		}
	}
	s.slots[i] = tag<<s.shift | (n + 1)
}

// reserve makes room for n nodes in all, so that a set whose size is
// known ahead (a story's records) is not grown and its nodes placed again
// on the way: growing by a quarter at a time places each node some five
// times in all.
func (s *idSet) reserve(n int) {
	if s.slots == nil && s.n == 0 {
		s.seed = maphash.MakeSeed()
	}
	if slots := n*20/17 + 64; slots > len(s.slots) { // at most 85% full
		s.growTo(slots)
	}
	s.pages = slices.Grow(s.pages, (n+idPageSize-1)/idPageSize-len(s.pages))
}

// grow makes the index a quarter larger and places every node again.
func (s *idSet) grow() { s.growTo(max(64, len(s.slots)+len(s.slots)/4)) }

// growTo makes the index at least size slots and places every node again.
func (s *idSet) growTo(size int) {
	if cap(s.lent) >= size {
		s.slots = s.lent[:cap(s.lent)] // the memory lent, back
		clear(s.slots)
	} else {
		// The allocator rounds the size up to its class: use all of it.
		s.slots = slices.Grow([]uint32(nil), size)
		s.slots = s.slots[:cap(s.slots)]
	}
	s.lent = nil
	size = len(s.slots)
	s.shift = uint(bits.Len(uint(size)))
	for n := range s.n {
		s.place(n, s.hash(&s.pages[n/idPageSize].key[n%idPageSize]))
	}
}

// key returns the ID of node n.
func (s *idSet) key(n uint32) uuid.UUID { return s.pages[n/idPageSize].key[n%idPageSize] }

// record returns what is kept of the record of node n, and whether it has
// been seen.
func (s *idSet) record(n uint32) (seenRecord, bool) {
	p := &s.pages[n/idPageSize]
	m := p.meta[n%idPageSize]
	if m&metaType == 0 {
		return seenRecord{}, false
	}
	t := m & metaType
	i := p.base[t] + uint32(p.pos[n%idPageSize])
	if p.pos[n%idPageSize] == farPlace {
		i = s.far[n]
	}
	return seenRecord{recordKind{typ: recordType(t), sub: uint8(m >> 8)}, int32(i)}, true
}

// kind returns the type and kind of the record of node n, and whether it
// has been seen. Unlike record it does not read the record's place, kept
// in an array of its own: most checks of a reference need only the type,
// and in a large set each array read is a cache miss of its own.
func (s *idSet) kind(n uint32) (recordKind, bool) {
	m := s.pages[n/idPageSize].meta[n%idPageSize]
	return recordKind{typ: recordType(m & metaType), sub: uint8(m >> 8)}, m&metaType != 0
}

// lookup returns the node of id, if it has one, and the type and kind of
// its record, if that has been seen.
func (s *idSet) lookup(id uuid.UUID) (uint32, recordKind, bool) {
	n, ok := s.find(id)
	if !ok {
		return 0, recordKind{}, false
	}
	k, ok := s.kind(n)
	return n, k, ok
}

// see marks node n as the record at i of type t, of kind sub.
func (s *idSet) see(n uint32, t recordType, i int, sub uint8) {
	p := &s.pages[n/idPageSize]
	if p.based&(1<<t) == 0 {
		p.base[t], p.based = uint32(i), p.based|1<<t
	}
	if d := uint32(i) - p.base[t]; uint32(i) >= p.base[t] && d < farPlace {
		p.pos[n%idPageSize] = uint16(d)
	} else {
		p.pos[n%idPageSize] = farPlace
		if s.far == nil {
			s.far = make(map[uint32]uint32)
		}
		s.far[n] = uint32(i)
	}
	p.meta[n%idPageSize] = p.meta[n%idPageSize]&metaMissing | uint16(sub)<<8 | uint16(t)
}

// flagMissing marks or unmarks node n as waited for.
func (s *idSet) flagMissing(n uint32, on bool) {
	p := &s.pages[n/idPageSize]
	if on {
		p.meta[n%idPageSize] |= metaMissing
	} else {
		p.meta[n%idPageSize] &^= metaMissing
	}
}

// isMissing reports whether a reference waits for node n.
func (s *idSet) isMissing(n uint32) bool {
	return s.pages[n/idPageSize].meta[n%idPageSize]&metaMissing != 0
}

// strings interns the refs of figures and times and the rests of paths:
// a number per distinct string, so that a ref or path kept a thousand
// times is stored once.
type stringTable struct {
	index map[string]uint32
	all   []string
}

// id returns the number of s, adding it if it is new.
func (t *stringTable) id(s string) uint32 {
	if i, ok := t.index[s]; ok {
		return i
	}
	if t.index == nil {
		t.index = make(map[string]uint32)
	}
	i := uint32(len(t.all))
	t.all = append(t.all, s)
	t.index[s] = i
	return i
}

// idBytes returns the number of the string b spells, adding it if it is
// new; a string known already costs no allocation.
func (t *stringTable) idBytes(b []byte) uint32 {
	if i, ok := t.index[string(b)]; ok {
		return i
	}
	return t.id(string(b))
}

// pathRef is a path kept for later, in 8 bytes: the record's place in
// its list, and its type (bits 29-31) with the number of the rest of the
// path in the Checker's string table (bits 0-28). A table of more than
// 2^29 distinct refs and rests (tens of gigabytes of them) would give
// wrong paths in reports, never a wrong verdict.
type pathRef struct {
	i    uint32
	rest uint32
}

const restBits = 29

func makePathRef(t recordType, i int, rest uint32) pathRef {
	return pathRef{i: uint32(i), rest: uint32(t)<<restBits | rest&(1<<restBits-1)}
}

// pathString returns the path r stands for.
func (c *Checker) pathString(r pathRef) string {
	t := recordType(r.rest >> restBits)
	return validate.Index(t.list(), int(r.i)) + c.strs.all[r.rest&(1<<restBits-1)]
}

// address is the stable address of a figure or a reported time: the node
// of the record that holds it (bits 32-63), its ref's number in the
// string table (bits 1-31) and whether it is a time (bit 0).
type address uint64

func makeAddress(node, ref uint32, time bool) address {
	a := address(node)<<32 | address(ref)<<1
	if time {
		a |= 1
	}
	return a
}

func (a address) node() uint32 { return uint32(a >> 32) }
func (a address) ref() uint32  { return uint32(a) >> 1 }
func (a address) time() bool   { return a&1 != 0 }

// revisionEdge is a figure or time with a ref (from) that revises
// another (to), at path.
type revisionEdge struct {
	from, to address
	path     pathRef
}

// edgeLog is a chain's edges (from, to node) in the order stated, in
// about 4 bytes an edge: each is the difference of its from node to the
// one before (zigzag, as a varint: mostly one byte, since a record's
// edges leave its own node) and its to node as a varint. The bytes are
// kept in chunks, each twice the one before up to edgeChunk bytes, so
// that a growing log never copies itself nor keeps more room than one
// chunk: at the end of a long stream, when the heap is fullest, a log of
// megabytes growing by a quarter would add a quarter of it to the heap
// at once.
type edgeLog struct {
	full [][]byte // chunks filled, each within maxEdge bytes of its end
	b    []byte   // the chunk being filled
	last uint32   // the from node of the last edge
	n    int      // edges
}

const (
	edgeChunk = 16 << 10
	maxEdge   = 2 * binary.MaxVarintLen64
)

func (l *edgeLog) add(from, to uint32) {
	if cap(l.b)-len(l.b) < maxEdge {
		if l.b != nil {
			l.full = append(l.full, l.b)
		}
		l.b = make([]byte, 0, min(edgeChunk, max(256, 2*cap(l.b))))
	}
	d := int64(from) - int64(l.last)
	l.b = binary.AppendUvarint(l.b, uint64(d<<1^d>>63))
	l.b = binary.AppendUvarint(l.b, uint64(to))
	l.last = from
	l.n++
}

// all yields the edges in the order they were added.
func (l *edgeLog) all(yield func(from, to uint32) bool) {
	var from int64
	for i := 0; i <= len(l.full); i++ {
		b := l.b
		if i < len(l.full) {
			b = l.full[i]
		}
		for len(b) > 0 {
			z, k := binary.Uvarint(b)
			b = b[k:]
			to, k := binary.Uvarint(b)
			b = b[k:]
			from += int64(z>>1) ^ -int64(z&1)
			if !yield(uint32(from), uint32(to)) {
				return
			}
		}
	}
}
