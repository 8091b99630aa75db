package tokenize

// letterCode returns the code (1–40) of a folded letter, or 0.
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

// Word hashing: a 64-bit FNV-1a-style hash over the letter codes, so that
// the segmenter can hash any span of a word without building a string.
const (
	hashSeed  = 0xcbf29ce484222325
	hashPrime = 0x100000001b3
)

func hashStep(h, code uint64) uint64 { return (h ^ code) * hashPrime }

// lexTable is an open-addressing hash table of word fingerprints, read-only
// after construction. Each 32-bit slot holds a 27-bit fingerprint of the
// word's hash (never 0) and its class in the top 5 bits; the slot index
// comes from other bits of the same hash. At about 170,000 words in 2^18
// slots the table takes 1 MB, and an absent word matches a present one's
// fingerprint with a probability of about 2e-8 per lookup — an error the
// ranking model tolerates.
type lexTable struct {
	slots []uint32
	mask  uint64
	count int
}

func newLexTable(n int) *lexTable {
	size := 1
	for size*2 < n*3 {
		size <<= 1
	}
	return &lexTable{slots: make([]uint32, size), mask: uint64(size - 1)}
}

// split derives the slot index and the fingerprint from a word hash.
func (t *lexTable) split(h uint64) (idx uint64, fp uint32) {
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	fp = uint32(h>>37)&fpMask | 1
	return h & t.mask, fp
}

// fpMask selects the fingerprint bits of a slot; the class is above them.
const (
	fpMask     = 1<<27 - 1
	classShift = 27
)

// add ors class c (5 bits) into the entry of the word hashed h.
func (t *lexTable) add(h uint64, c uint8) {
	i, fp := t.split(h)
	for ; ; i = (i + 1) & t.mask {
		switch e := t.slots[i]; {
		case e == 0:
			t.slots[i] = fp | uint32(c&0x1F)<<classShift
			t.count++
			return
		case e&fpMask == fp:
			t.slots[i] |= uint32(c&0x1F) << classShift
			return
		}
	}
}

// get returns the class of the word hashed h, 0 if absent.
func (t *lexTable) get(h uint64) uint8 {
	i, fp := t.split(h)
	for ; ; i = (i + 1) & t.mask {
		e := t.slots[i]
		if e&fpMask == fp {
			return uint8(e >> classShift)
		}
		if e == 0 {
			return 0
		}
	}
}

// addWord adds the folded word w (UTF-8) with class c.
func (t *lexTable) addWord(w string, c uint8) {
	h := uint64(hashSeed)
	n := 0
	for _, r := range w {
		code := letterCode(r)
		if code == 0 {
			return
		}
		h = hashStep(h, code)
		n++
	}
	if n > 0 {
		t.add(h, c)
	}
}
