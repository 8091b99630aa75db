package tokenize

// Lexicon keys: a word of at most maxPacked folded letters is packed into a
// uint64, six bits a letter (code 1–63, see letterCode), first letter in the
// highest bits used. Longer words go to a map.
const maxPacked = 10

// letterCode returns the 6-bit code (1–40) of a folded letter, or 0.
func letterCode(f rune) uint64 {
	switch {
	case f >= 0x0621 && f <= 0x063A:
		return uint64(f-0x0621) + 1 // 1–26
	case f >= 0x0641 && f <= 0x064A:
		return uint64(f-0x0641) + 27 // 27–36
	case f == 'پ':
		return 37
	case f == 'چ':
		return 38
	case f == 'ڤ':
		return 39
	case f == 'گ':
		return 40
	}
	return 0
}

// lexTable is an open-addressing hash set of packed keys, read-only after
// construction. Each slot holds the key in its low 60 bits and the class in
// its top 4 bits, so that a lookup touches one cache line.
type lexTable struct {
	slots []uint64 // 0 = empty slot
	mask  uint64
	long  map[string]uint8 // words longer than maxPacked letters, UTF-8 folded
	count int
}

func newLexTable(n int) *lexTable {
	// a load factor of about 0.65: the table stays near 2 MB, and linear
	// probes mostly stay within one cache line
	size := 1
	for size*2 < n*3 {
		size <<= 1
	}
	return &lexTable{slots: make([]uint64, size), mask: uint64(size - 1), long: map[string]uint8{}}
}

func hashKey(k uint64) uint64 {
	k ^= k >> 29
	k *= 0xbf58476d1ce4e5b9
	k ^= k >> 32
	return k
}

const keyMask = 1<<60 - 1

// add ors class c (4 bits) into the entry of key k.
func (t *lexTable) add(k uint64, c uint8) {
	for i := hashKey(k) & t.mask; ; i = (i + 1) & t.mask {
		switch e := t.slots[i]; {
		case e == 0:
			t.slots[i] = k | uint64(c&0xF)<<60
			t.count++
			return
		case e&keyMask == k:
			t.slots[i] |= uint64(c&0xF) << 60
			return
		}
	}
}

// get returns the class of key k, 0 if absent.
func (t *lexTable) get(k uint64) uint8 {
	for i := hashKey(k) & t.mask; ; i = (i + 1) & t.mask {
		e := t.slots[i]
		if e&keyMask == k {
			return uint8(e >> 60)
		}
		if e == 0 {
			return 0
		}
	}
}

// addWord adds the folded word w (UTF-8) with class c.
func (t *lexTable) addWord(w string, c uint8) {
	var k uint64
	n := 0
	for _, r := range w {
		code := letterCode(r)
		if code == 0 {
			return
		}
		k = k<<6 | code
		n++
	}
	if n > maxPacked {
		t.long[w] |= c
		return
	}
	if n > 0 {
		t.add(k, c)
	}
}
