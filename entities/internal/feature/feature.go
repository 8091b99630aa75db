// Package feature turns a tokenised sentence into the hashed features of the
// entity model. The trainer and the tagger both call Extract, so they cannot
// drift apart; Set names the feature set and is stored in the model file, so
// a model trained with other features is refused at load.
package feature

import (
	"cmp"
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/entities/internal/gaz"
	"github.com/khabar-nlp/khabar/entities/internal/lex"
	"github.com/khabar-nlp/khabar/entities/internal/model"
)

// Set names this feature set. Change it whenever Extract changes.
const Set = "ner-features-v8"

// Lexical is the number of word-identity features (search form, stem, core)
// that Extract emits for every token right after the bias feature, at
// positions 1..Lexical of the token's features. The trainer drops them at
// random (word dropout) so that the model learns to tag unseen words from
// their context, shape and character n-grams.
const Lexical = 3

// word is what Extract knows about one token.
type word struct {
	norm  string // search form of the whole token
	stem  string // search form without clitics
	core  string // stem without the article ال
	pre   string // search form of the proclitics
	suf   string // search form of the enclitics
	shape string
	gaz   uint8  // bits: 0..3 B- of type 1..4, 4..7 I- of type 1..4
	trig  uint8  // trigger classes
	nisba uint8  // 1 nisba adjective, 2 nisba of a gazetteer place
	freq  byte   // frequency bucket of the stem in the training text
	lab   byte   // how the stem was labelled there (see stat)
	alt   string // the stem if a leading و ف ب ل ك (or two) were proclitics
	pname uint8  // how common the stem is in person names (gaz.EachPersonWord)
	paltn uint8  // the same for alt
	clF   uint16 // fine word cluster of the stem (or of alt), 0 unknown
	clC   uint16 // coarse word cluster
	emF   uint16 // fine embedding class of the stem (or of alt), 0 unknown
	emC   uint16 // coarse embedding class
	vec   string // word vector of the stem (or of alt), empty unknown
	vrow  int32  // its row in the lexicon's vectors + 1, 0 unknown

	altStat, coreStat       uint32 // training statistics of alt and core
	hasAltStat, hasCoreStat bool
}

// Extractor holds scratch buffers; it is not safe for concurrent use.
type Extractor struct {
	words   []word
	first   []string
	rest    []string
	matches []gaz.Match
	gaz     *gaz.Matcher
	toks    []lex.Token
	sums    sumCache
	hit     []bool // token i's own features are summed in Sequence.Base
}

// Cache makes Extract, for tagging with m, sum the features of each token
// that depend only on the token itself with m's weights, and keep the sums
// per token form: they go to the Sequence's Base instead of its Feats, and
// a form met again costs no hashing and no weight lookups. The emission
// scores are exactly those of the full features. A trainer, whose weights
// change, does not call it.
func (x *Extractor) Cache(m *model.Model) { x.sums.m = m }

// Extract appends the features of toks (one sentence) to seq, which it
// resets first. m is the gazetteer (nil for none), lx the lexicon with the
// model's training-text statistics (see NewLexicon; nil for none).
func (x *Extractor) Extract(seq *model.Sequence, toks []lex.Token, m *gaz.Matcher, lx *Lexicon) {
	seq.Reset()
	x.gaz = m
	x.toks = toks
	n := len(toks)
	x.words = x.words[:0]
	x.first = x.first[:0]
	x.rest = x.rest[:0]
	x.hit = x.hit[:0]
	if x.sums.m != nil {
		x.sums.check(m, lx)
	}
	for i := range toks {
		t := &toks[i]
		var hit *sumSlot
		if x.sums.m != nil {
			hit = x.sums.get(t)
			if hit != nil {
				seq.Base = append(seq.Base, hit.sum[:]...)
			} else {
				seq.Base = append(seq.Base, make([]int32, model.NumLabels)...)
			}
			x.hit = append(x.hit, hit != nil)
		}
		w := word{norm: lex.Search(t.Text)}
		switch {
		case t.Pre == 0 && t.Suf == 0:
			w.stem = w.norm
		case t.Suf == 0:
			// The search form works letter by letter, so the stem's form is
			// the whole word's form without the proclitics' form.
			w.pre = lex.Search(t.Text[:t.Pre])
			if rest, ok := strings.CutPrefix(w.norm, w.pre); ok {
				w.stem = rest
			} else {
				w.stem = lex.Search(t.Stem())
			}
		default:
			w.stem = lex.Search(t.Stem())
			w.pre = lex.Search(t.Text[:t.Pre])
			w.suf = lex.Search(t.Text[len(t.Text)-t.Suf:])
		}
		w.core = strings.TrimPrefix(w.stem, "ال")
		if utf8.RuneCountInString(w.core) < 2 {
			w.core = w.stem
		}
		w.alt = altStem(w.stem)
		w.shape = shape(t, w.stem)
		if hit != nil {
			hit.word(&w)
		} else {
			lookup(&w, m, lx)
		}
		if w.vrow > 0 {
			w.vec = lx.vecs.Row(int(w.vrow - 1))
		}
		x.words = append(x.words, w)
		x.first = append(x.first, w.stem)
		x.rest = append(x.rest, w.norm)
	}
	x.matches = m.Find(x.matches[:0], x.first, x.rest)
	for _, mt := range x.matches {
		for i := mt.Start; i < mt.End; i++ {
			if i == mt.Start {
				x.words[i].gaz |= mt.Types
			} else {
				x.words[i].gaz |= mt.Types << 4
			}
		}
	}
	for i := 0; i < n; i++ {
		switch {
		case x.sums.m == nil:
			x.own(seq, i)
		case !x.hit[i]:
			start := len(seq.Feats)
			x.own(seq, i)
			sum := x.sums.m.Sum(seq.Feats[start:])
			seq.Feats = seq.Feats[:start]
			copy(seq.Base[i*model.NumLabels:], sum[:])
			x.sums.put(&toks[i], &sum, &x.words[i])
		}
		x.context(seq, i)
		seq.EndToken()
	}
}

// lookup fills in what w's stem, alternative stem and core (set already)
// tell in the gazetteer m and the lexicon lx.
func lookup(w *word, m *gaz.Matcher, lx *Lexicon) {
	w.trig = trigger(w.core, w.stem)
	w.nisba = nisba(w.stem, m)
	e := lx.get(w.stem)
	var ea lexEntry
	if w.alt != "" {
		ea = lx.get(w.alt)
		w.altStat, w.hasAltStat = ea.stat, ea.hasStat
	}
	if w.core != w.stem {
		ec := lx.get(w.core)
		w.coreStat, w.hasCoreStat = ec.stat, ec.hasStat
	}
	w.clF, w.clC = e.clF, e.clC
	if w.clF == 0 {
		w.clF, w.clC = ea.clF, ea.clC
	}
	w.emF, w.emC = e.emF, e.emC
	if w.emF == 0 {
		w.emF, w.emC = ea.emF, ea.emC
	}
	w.vrow = cmp.Or(e.vec, ea.vec)
	if m != nil {
		w.pname, w.paltn = e.pname, ea.pname
	}
	if e.hasStat {
		w.freq, w.lab = statBytes(e.stat)
	}
}

const (
	bos = "<s>"
	eos = "</s>"
)

// Stem returns the search form without proclitics of token i of the last
// sentence given to Extract.
func (x *Extractor) Stem(i int) string { return x.words[i].stem }

// Norm returns the search form of the whole of token i of the last
// sentence given to Extract.
func (x *Extractor) Norm(i int) string { return x.words[i].norm }

func (x *Extractor) at(i int) *word {
	if i < 0 || i >= len(x.words) {
		return nil
	}
	return &x.words[i]
}

func (x *Extractor) norm(i int) string {
	if w := x.at(i); w != nil {
		return w.norm
	}
	if i < 0 {
		return bos
	}
	return eos
}

func (x *Extractor) shapeAt(i int) string {
	if w := x.at(i); w != nil {
		return w.shape
	}
	if i < 0 {
		return bos
	}
	return eos
}

func (x *Extractor) byteAt(i int, f func(*word) uint8) byte {
	if w := x.at(i); w != nil {
		return f(w)
	}
	return 0xff
}

// Feature template identifiers: part of the hash, so renumbering them
// changes the model (bump Set).
const (
	fBias = iota + 1
	fNorm
	fStem
	fClitics
	fCore
	fPre2
	fPre3
	fSuf1
	fSuf2
	fSuf3
	fShape
	fNormM1
	fNormP1
	fNormM2
	fNormP2
	fStemM1
	fStemP1
	fBiM1
	fBiP1
	fGaz
	fGazM1
	fGazP1
	fTrig
	fTrigM1
	fTrigM2
	fTrigP1
	fNisba
	fNisbaP1
	fShape3
	fHasPre
	fStemTrigM1
	fGazStem
	fCoreM1
	fCoreP1
	fTrigM1P1
	fSuf4
	fAlt
	fAltM1
	fAltP1
	fAltGaz
	fFreq
	fSeenLab
	fFreqShape
	fFreqCtx
	fSeenLabCtx
	fFreqTrigM1
	fAltStat
	fCoreStat
	fTrigPrevWord
	fNisbaM1
	fNisbaPrevWord
	fPName
	fPNameAlt
	fPNameCtx
	fPNameFreq
	fPNameTrigM1
	fClF
	fClC
	fClCM1
	fClCP1
	fClFM1
	fClFP1
	fClCFreq
	fClCBi
	fEmF
	fEmC
)

// prevWord returns the index of the nearest word before token i, skipping
// punctuation (commas of an apposition: "الأمريكي، أنتوني بلينكن"), and
// whether punctuation was skipped; -1 if none within three tokens.
func (x *Extractor) prevWord(i int) (int, bool) {
	skipped := false
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if x.toks[j].Kind == lex.Punct {
			skipped = true
			continue
		}
		return j, skipped
	}
	return -1, skipped
}

// own appends the features of token i that depend only on the token itself
// (its text and segmentation, with the model's lexicon and gazetteer):
// Extract caches their sums per token form when tagging (see Cache).
func (x *Extractor) own(seq *model.Sequence, i int) {
	w := &x.words[i]
	x.add(seq, fBias)
	// The Lexical features come first, right after the bias.
	x.add(seq, fNorm, w.norm)
	x.add(seq, fStem, w.stem)
	x.add(seq, fCore, w.core)
	x.add(seq, fClitics, w.pre, w.suf)
	x.add(seq, fPre2, prefix(w.core, 2))
	x.add(seq, fPre3, prefix(w.core, 3))
	x.add(seq, fSuf1, suffix(w.stem, 1))
	x.add(seq, fSuf2, suffix(w.stem, 2))
	x.add(seq, fSuf3, suffix(w.stem, 3))
	x.add(seq, fShape, w.shape)
	if w.pre != "" {
		x.add(seq, fHasPre, w.pre)
	}
	x.addByte(seq, fTrig, w.trig)
	if w.alt != "" {
		x.add(seq, fAlt, w.alt)
		if t := x.altGaz(w.alt); t != 0 {
			x.addByte(seq, fAltGaz, t)
		}
	}
	fr, lab := w.freq, w.lab
	x.addByte(seq, fFreq, fr)
	x.addByte(seq, fSeenLab, lab)
	x.add(seq, fFreqShape, string(rune(fr)), w.shape)
	if w.hasAltStat {
		f, l := statBytes(w.altStat)
		x.add(seq, fAltStat, string(rune(f)), string(rune(l)))
	}
	if w.hasCoreStat {
		f, l := statBytes(w.coreStat)
		x.add(seq, fCoreStat, string(rune(f)), string(rune(l)))
	}
	x.addByte(seq, fPName, w.pname)
	if w.paltn != 0 {
		x.add(seq, fPNameAlt, string(rune(w.paltn)), string(rune(w.pname)))
	}
	x.add(seq, fPNameFreq, string(rune(w.pname)), string(rune(fr)))
	x.addU16(seq, fClF, w.clF)
	x.addU16(seq, fClC, w.clC)
	x.add(seq, fClCFreq, string(rune(w.clC)), string(rune(fr)))
	x.addU16(seq, fEmF, w.emF)
	x.addU16(seq, fEmC, w.emC)
	x.addByte(seq, fNisba, w.nisba)
}

// context appends the features of token i that depend on its neighbours or
// on gazetteer names spanning several words.
func (x *Extractor) context(seq *model.Sequence, i int) {
	w := &x.words[i]
	x.add(seq, fNormM1, x.norm(i-1))
	x.add(seq, fNormP1, x.norm(i+1))
	x.add(seq, fNormM2, x.norm(i-2))
	x.add(seq, fNormP2, x.norm(i+2))
	x.add(seq, fBiM1, x.norm(i-1), w.norm)
	x.add(seq, fBiP1, w.norm, x.norm(i+1))
	x.add(seq, fShape3, x.shapeAt(i-1), w.shape, x.shapeAt(i+1))
	g := func(w *word) uint8 { return w.gaz }
	tr := func(w *word) uint8 { return w.trig }
	x.addByte(seq, fGaz, w.gaz)
	x.addByte(seq, fGazM1, x.byteAt(i-1, g))
	x.addByte(seq, fGazP1, x.byteAt(i+1, g))
	if w.gaz != 0 {
		x.add(seq, fGazStem, string(rune(w.gaz)), w.shape)
	}
	x.addByte(seq, fTrigM1, x.byteAt(i-1, tr))
	x.addByte(seq, fTrigM2, x.byteAt(i-2, tr))
	x.addByte(seq, fTrigP1, x.byteAt(i+1, tr))
	if t := x.byteAt(i-1, tr); t != 0 && t != 0xff {
		x.add(seq, fStemTrigM1, string(rune(t)), w.core)
	}
	if a := x.at(i - 1); a != nil && a.alt != "" {
		x.add(seq, fAltM1, a.alt)
	}
	if a := x.at(i + 1); a != nil && a.alt != "" {
		x.add(seq, fAltP1, a.alt)
	}
	fr, lab := w.freq, w.lab
	fm1, lm1 := x.stat(i - 1)
	fp1, lp1 := x.stat(i + 1)
	x.add(seq, fFreqCtx, string(rune(fm1)), string(rune(fr)), string(rune(fp1)))
	x.add(seq, fSeenLabCtx, string(rune(lm1)), string(rune(lab)), string(rune(lp1)))
	if t := x.byteAt(i-1, tr); t != 0 && t != 0xff {
		x.add(seq, fFreqTrigM1, string(rune(t)), string(rune(fr)))
	}
	nb := func(w *word) uint8 { return w.nisba }
	x.addByte(seq, fNisbaM1, x.byteAt(i-1, nb))
	if j, skipped := x.prevWord(i); j >= 0 && skipped {
		x.add(seq, fTrigPrevWord, string(rune(x.words[j].trig)), string(rune(x.words[j].nisba)))
		if j2, _ := x.prevWord(j); j2 >= 0 {
			x.add(seq, fNisbaPrevWord, string(rune(x.words[j2].trig)), string(rune(x.words[j].nisba)))
		}
	}
	pn := func(w *word) uint8 { return nameClass(w.pname) }
	x.add(seq, fPNameCtx, string(rune(x.byteAt(i-1, pn))), string(rune(nameClass(w.pname))), string(rune(x.byteAt(i+1, pn))))
	if t := x.byteAt(i-1, tr); t != 0 && t != 0xff {
		x.add(seq, fPNameTrigM1, string(rune(t)), string(rune(w.pname)))
	}
	cf := func(w *word) uint16 { return w.clF }
	cc := func(w *word) uint16 { return w.clC }
	x.addU16(seq, fClCM1, x.u16At(i-1, cc))
	x.addU16(seq, fClCP1, x.u16At(i+1, cc))
	x.addU16(seq, fClFM1, x.u16At(i-1, cf))
	x.addU16(seq, fClFP1, x.u16At(i+1, cf))
	x.add(seq, fClCBi, string(rune(x.u16At(i-1, cc))), string(rune(w.clC)))
	x.addByte(seq, fNisbaP1, x.byteAt(i+1, func(w *word) uint8 { return w.nisba }))
}

// nameClass collapses a person-name bucket to none (0), rare (1: used by
// fewer than five names) or common (2).
func nameClass(b uint8) uint8 {
	switch {
	case b == 0:
		return 0
	case b <= 2:
		return 1
	}
	return 2
}

// altStem returns the stem of a word (search form) under the guess that its
// leading و ف (conjunctions) and ب ل ك (prepositions) are clitics, or "" when
// it has none or the rest would be shorter than 3 letters. The segmenter
// keeps ambiguous words whole (وزير, بلينكن); this feature lets the model
// weigh both readings.
func altStem(s string) string {
	i := 0
	if strings.HasPrefix(s, "و") || strings.HasPrefix(s, "ف") {
		i = 2
	}
	if r := s[i:]; strings.HasPrefix(r, "ب") || strings.HasPrefix(r, "ل") || strings.HasPrefix(r, "ك") {
		i += 2
	}
	if i == 0 || utf8.RuneCountInString(s[i:]) < 3 {
		return ""
	}
	return s[i:]
}

func (x *Extractor) altGaz(alt string) uint8 {
	if x.gaz == nil {
		return 0
	}
	var t uint8
	for k := 1; k <= 4; k++ {
		if x.gaz.Has(alt, k) {
			t |= 1 << (k - 1)
		}
	}
	return t
}

// add hashes template id with the parts and appends it. The hash reads
// eight bytes at a time (multiply-xorshift); it is part of the model format.
func (x *Extractor) add(seq *model.Sequence, id int, parts ...string) {
	h := uint64(id+1) * 0x9e3779b97f4a7c15
	for _, p := range parts {
		for len(p) >= 8 {
			v := uint64(p[0]) | uint64(p[1])<<8 | uint64(p[2])<<16 | uint64(p[3])<<24 |
				uint64(p[4])<<32 | uint64(p[5])<<40 | uint64(p[6])<<48 | uint64(p[7])<<56
			h = (h ^ v) * 0xff51afd7ed558ccd
			h ^= h >> 32
			p = p[8:]
		}
		// The last 0–7 bytes, little endian (the same value as a loop
		// over them, without the variable shifts).
		var v uint64
		switch len(p) {
		case 7:
			v |= uint64(p[6]) << 48
			fallthrough
		case 6:
			v |= uint64(p[5]) << 40
			fallthrough
		case 5:
			v |= uint64(p[4]) << 32
			fallthrough
		case 4:
			v |= uint64(p[3])<<24 | uint64(p[2])<<16 | uint64(p[1])<<8 | uint64(p[0])
		case 3:
			v |= uint64(p[2]) << 16
			fallthrough
		case 2:
			v |= uint64(p[1]) << 8
			fallthrough
		case 1:
			v |= uint64(p[0])
		}
		h = (h ^ v ^ uint64(len(p))<<59) * 0xc4ceb9fe1a85ec53
		h ^= h >> 29
	}
	seq.Feats = append(seq.Feats, mix(h))
}

func (x *Extractor) u16At(i int, f func(*word) uint16) uint16 {
	if w := x.at(i); w != nil {
		return f(w)
	}
	return 0xffff
}

func (x *Extractor) addU16(seq *model.Sequence, id int, v uint16) {
	h := uint64(id+1) * 0x9e3779b97f4a7c15
	h = (h ^ uint64(v)) * 0xc4ceb9fe1a85ec53
	seq.Feats = append(seq.Feats, mix(h))
}

func (x *Extractor) addByte(seq *model.Sequence, id int, b byte) {
	h := uint64(id+1) * 0x9e3779b97f4a7c15
	h = (h ^ uint64(b)) * 0xc4ceb9fe1a85ec53
	seq.Feats = append(seq.Feats, mix(h))
}

// mix spreads the bits of an FNV hash so that its low bits (the bucket) are
// well distributed.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

func shape(t *lex.Token, stem string) string {
	if t.Kind == lex.Punct {
		return "p" + t.Text
	}
	var k int // index in shapeKinds
	switch t.Kind {
	case lex.Arabic:
	case lex.Latin:
		k = 1
		if r, _ := utf8.DecodeRuneInString(t.Text); r >= 'A' && r <= 'Z' {
			k = 2
		}
	case lex.Number:
		k = 3
	default:
		k = 4
	}
	var n int
	switch c := utf8.RuneCountInString(stem); {
	case c <= 2:
	case c <= 4:
		n = 1
	case c <= 7:
		n = 2
	default:
		n = 3
	}
	i := (k*4 + n) * 4
	if strings.HasPrefix(stem, "ال") {
		i += 2
	}
	if t.Pre > 0 {
		i++
	}
	return shapes[i]
}

// shapeKinds are the first letters of a shape: Arabic, Latin, capitalised
// Latin, digits, other. Punctuation has the shape "p" + the mark.
const shapeKinds = "alLdo"

// shapes holds every shape of a word once (kind, length class 1-4, "A" if
// the stem starts with the article, "P" if the word has proclitics), so
// that shape does not allocate: shapes[((kind*4)+length)*4+article*2+proclitic].
var shapes = func() []string {
	var out []string
	for _, k := range shapeKinds {
		for _, n := range "1234" {
			for _, a := range "-A" {
				for _, p := range "-P" {
					out = append(out, string([]rune{k, n, a, p}))
				}
			}
		}
	}
	return out
}()

// Stat packs the training statistics of a stem: count is how often it
// occurred, labels[t] how often it was inside an entity of type t (1..4;
// labels[0] is O).
func Stat(count int, labels [5]int) uint32 {
	best := 0
	for t := 1; t < 5; t++ {
		if labels[t] > labels[best] {
			best = t
		}
	}
	purity := 0
	if count > 0 {
		purity = 10 * labels[best] / count
	}
	return uint32(min(count, 1<<20-1)) | uint32(best)<<20 | uint32(min(purity, 10))<<24
}

// stat returns the frequency bucket and the seen-label class of token i
// (0xff outside the sentence).
func (x *Extractor) stat(i int) (freq, lab byte) {
	w := x.at(i)
	if w == nil {
		return 0xff, 0xff
	}
	return w.freq, w.lab
}

// unpackStat returns the count, the most frequent label type (0 for O) and
// its share in tenths of a value packed by Stat.
func unpackStat(v uint32) (n, best, purity uint32) {
	return v & (1<<20 - 1), v >> 20 & 0xf, v >> 24 & 0xf
}

func statBytes(v uint32) (freq, lab byte) {
	n, b, p := unpackStat(v)
	switch {
	case n <= 1:
		freq = 1
	case n <= 4:
		freq = 2
	case n <= 19:
		freq = 3
	default:
		freq = 4
	}
	return freq, 1 + byte(b)*16 + min(byte(p)/4, 2)
}

// NetTokens appends to dst the second-stage network's inputs for the tokens
// of the last sentence given to Extract: the word vector of each stem (or
// of its clitic-guess stem), indicator bits and gazetteer bits.
func (x *Extractor) NetTokens(dst []model.NetToken) []model.NetToken {
	for i := range x.words {
		w := &x.words[i]
		t := &x.toks[i]
		var b uint8
		switch t.Kind {
		case lex.Punct:
			b |= model.NetPunct
		case lex.Number:
			b |= model.NetNumber
		case lex.Latin:
			b |= model.NetLatin
		}
		if strings.HasPrefix(w.stem, "ال") {
			b |= model.NetArticle
		}
		if t.Pre > 0 {
			b |= model.NetPre
		}
		if t.Suf > 0 {
			b |= model.NetSuf
		}
		if w.vec == "" {
			b |= model.NetNoVec
		}
		dst = append(dst, model.NetToken{Vec: w.vec, Bits: b, Gaz: w.gaz})
	}
	return dst
}
