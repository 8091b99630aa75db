package feature

import (
	"hash/maphash"

	"github.com/khabar-nlp/khabar/entities/internal/gaz"
	"github.com/khabar-nlp/khabar/entities/internal/lex"
	"github.com/khabar-nlp/khabar/entities/internal/model"
)

// sumCache keeps, per token form, the weight sums of the token's own
// features under one model, gazetteer and lexicon (see Extractor.Cache),
// with what the neighbours' features read of the token. It is
// direct-mapped: a form takes the slot its hash names, evicting the form
// there. It holds copies of the keys, so it keeps no reference to the
// caller's text, and it belongs to one Extractor.
type sumCache struct {
	m     *model.Model // the model to sum with (Extractor.Cache)
	owner sumOwner     // what the slots were computed with
	seed  maphash.Seed
	slots []sumSlot
}

// sumOwner is what a cached sum depends on besides the token.
type sumOwner struct {
	m   *model.Model
	gaz *gaz.Matcher
	lx  *Lexicon
}

const (
	sumCacheBits = 13 // 8192 slots, about 700 KiB
	sumCacheKey  = 30 // longest token cached, in bytes
)

type sumSlot struct {
	n   uint8  // text length; 0: empty
	tag uint32 // the token's segmentation and kind (sumTag)
	key [sumCacheKey]byte
	sum [model.NumLabels]int32
	// What the neighbours' features read of the word (see word), so that
	// a hit needs no lexicon lookups.
	freq, lab, pname, nisba, trig uint8
	clF, clC                      uint16
	vrow                          int32
}

// check empties c if the model, gazetteer or lexicon differ from those its
// slots were computed with.
func (c *sumCache) check(g *gaz.Matcher, lx *Lexicon) {
	if c.slots == nil {
		c.seed = maphash.MakeSeed()
		c.slots = make([]sumSlot, 1<<sumCacheBits)
	}
	if o := (sumOwner{c.m, g, lx}); c.owner != o {
		clear(c.slots)
		c.owner = o
	}
}

// cacheable reports whether t fits a slot (sumCacheKey bytes, and clitic
// lengths that fit sumTag).
func cacheable(t *lex.Token) bool {
	return len(t.Text) > 0 && len(t.Text) <= sumCacheKey && t.Pre <= 255 && t.Suf <= 255
}

// sumTag packs what Extract reads of a cacheable token besides its text.
func sumTag(t *lex.Token) uint32 {
	var art uint32
	if t.Art {
		art = 1
	}
	return uint32(t.Pre) | uint32(t.Suf)<<8 | uint32(t.Kind)<<16 | art<<24
}

func (c *sumCache) slot(t *lex.Token) *sumSlot {
	h := maphash.String(c.seed, t.Text) ^ uint64(sumTag(t))*0x9e3779b97f4a7c15
	return &c.slots[h&(1<<sumCacheBits-1)]
}

// get returns the slot that holds t, or nil.
func (c *sumCache) get(t *lex.Token) *sumSlot {
	if !cacheable(t) {
		return nil
	}
	s := c.slot(t)
	if int(s.n) != len(t.Text) || s.tag != sumTag(t) || string(s.key[:s.n]) != t.Text {
		return nil
	}
	return s
}

// word fills in the fields of w that s keeps.
func (s *sumSlot) word(w *word) {
	w.freq, w.lab, w.pname, w.nisba, w.trig = s.freq, s.lab, s.pname, s.nisba, s.trig
	w.clF, w.clC, w.vrow = s.clF, s.clC, s.vrow
}

// put caches the sums of t and what its neighbours read of w.
func (c *sumCache) put(t *lex.Token, sum *[model.NumLabels]int32, w *word) {
	if !cacheable(t) {
		return
	}
	s := c.slot(t)
	s.n = uint8(copy(s.key[:], t.Text))
	s.tag = sumTag(t)
	s.sum = *sum
	s.freq, s.lab, s.pname, s.nisba, s.trig = w.freq, w.lab, w.pname, w.nisba, w.trig
	s.clF, s.clC, s.vrow = w.clF, w.clC, w.vrow
}
