package tokenize

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/tokenize/internal/fold"
)

// maxLetters is the longest word (in letters) the segmenter analyses;
// longer words are returned whole.
const maxLetters = 40

// analysis holds one word being segmented: its letters as written and
// folded, and where each letter starts in the word.
type analysis struct {
	word string
	n    int
	raw  [maxLetters]rune
	// f holds the folded letters, code their lexicon codes (letterCode).
	f    [maxLetters]rune
	code [maxLetters]uint8
	// off[i] is the byte offset of letter i (0 for the first, so leading
	// marks stay with it); off[n] is len(word).
	off [maxLetters + 1]int32
	lex *lexTable
}

// load fills w from word and reports whether word can be segmented: only
// Arabic letters and the marks fold.Skip accepts (and the spaces of a
// tatweel-split word), 2 to maxLetters letters.
func (w *analysis) load(word string) bool {
	w.word = word
	w.n = 0
	for i := 0; i < len(word); {
		var r rune
		var k letterKind
		var code uint8
		var f rune
		// fast path: a two-byte rune of U+0600–U+06FF
		if c := word[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(word) && word[i+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(word[i+1]&0x3F)
			e := &foldTable[r-0x0600]
			k, f, code = e.kind, e.f, e.code
			if k == lkSkip {
				i += 2
				continue
			}
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(word[i:])
			if fold.Skip(r) || r == ' ' && i > 0 && (word[i-1] == ' ' || strings.HasSuffix(word[:i], "\u0640")) {
				// a space inside a word token is the gap of a
				// tatweel-split word (غـ زة): it stays with the letter
				// before it
				i += n
				continue
			}
			var ok bool
			if f, ok = fold.Letter(r); ok {
				k, code = lkLetter, uint8(letterCode(f))
			}
		}
		if k != lkLetter || w.n == maxLetters {
			return false
		}
		w.raw[w.n] = r
		if w.n == 0 {
			w.off[0] = 0
		} else {
			w.off[w.n] = int32(i)
		}
		w.f[w.n] = f
		w.code[w.n] = code
		w.n++
		i += utf8.RuneLen(r)
	}
	if w.n < 2 {
		return false
	}
	w.off[w.n] = int32(len(word))
	w.lex = lex()
	return true
}

// letterKind classifies a rune for load.
type letterKind uint8

const (
	lkOther  letterKind = iota // not part of a segmentable word
	lkLetter                   // a letter (fold.Letter)
	lkSkip                     // a mark or tatweel (fold.Skip)
)

// foldTable caches fold.Letter, fold.Skip and letterCode for U+0600–U+06FF.
var foldTable = func() (t [0x100]struct {
	f    rune
	code uint8
	kind letterKind
}) {
	for i := range t {
		r := rune(0x0600 + i)
		switch f, ok := fold.Letter(r); {
		case fold.Skip(r):
			t[i].kind = lkSkip
		case ok:
			t[i].f, t[i].code, t[i].kind = f, uint8(letterCode(f)), lkLetter
		}
	}
	return t
}()

// lookup returns the lexicon entry of the folded letters [i, j), with the
// last letter replaced by last when last is not 0.
func (w *analysis) lookup(i, j int, last rune) uint8 {
	if j-i < 1 {
		return 0
	}
	h := uint64(hashSeed)
	for k := i; k < j-1; k++ {
		h = hashStep(h, uint64(w.code[k]))
	}
	if last != 0 {
		h = hashStep(h, letterCode(last))
	} else {
		h = hashStep(h, uint64(w.code[j-1]))
	}
	return w.lex.get(h)
}

// class returns the lexicon class of the folded letters [i, j), without
// the lexSeen bit.
func (w *analysis) class(i, j int) uint8 { return w.lookup(i, j, 0) &^ lexSeen }

// seen reports whether the folded letters [i, j) are an attested surface
// form (or a known stem).
func (w *analysis) seen(i, j int) bool { return w.lookup(i, j, 0) != 0 }

// classWith returns the lexicon class of the folded letters [i, j) with the
// last letter replaced by r (ة for a ت written before a suffix).
func (w *analysis) classWith(i, j int, r rune) uint8 { return w.lookup(i, j, r) &^ lexSeen }

// folded returns the folded letter i.
func (w *analysis) folded(i int) rune { return w.f[i] }

// hasSuffix reports whether the folded letters [i, j) end with suf (folded
// letters) and keep at least min letters before it.
func (w *analysis) hasSuffix(i, j int, suf []rune, min int) bool {
	k := len(suf)
	if j-i-k < min {
		return false
	}
	for x := 0; x < k; x++ {
		if w.f[j-k+x] != suf[x] {
			return false
		}
	}
	return true
}

// Stem knowledge levels, from the least to the most certain.
const (
	lvUnknown = iota
	lvInfl    // base known after removing an inflectional suffix
	lvArtInfl // ال + base known after removing a suffix
	lvArt     // ال + known word
	lvDirect  // a lexicon word
	lvFunc    // a function word
	lvInflFem // a known base plus ة, ية, nisba ي or يا (فني → فنية, فور → فوري)
	lvBare    // a word the lexicon spells only with أ إ آ, written with a bare alef
	numLevels
)

// inflections are the suffixes removed to find a known base, longest first.
var inflections = [...][]rune{[]rune("يات"), []rune("ات"), []rune("ون"), []rune("ين"), []rune("ان"), []rune("تان"), []rune("تين"), []rune("ية"), []rune("ة"), []rune("ي"), []rune("ا"), []rune("وا"), []rune("ت"), []rune("تم"), []rune("نا"), []rune("ن"), []rune("يا")}

// femInflection reports the suffixes that replace a final ة (ملكة → ملكات).
func femInflection(suf []rune) bool {
	switch string(suf) {
	case "ات", "ان", "ين", "ي", "يات":
		return true
	}
	return false
}

// level returns how well the letters [i, j) are known as a stem. beforeSuffix
// is true when a pronoun follows (so a final ت may stand for ة). verb reports
// whether the known word is a verb, seen whether the letters are in the
// lexicon at all (a stem or an attested form).
func (w *analysis) level(i, j int, beforeSuffix bool) (lv int, verb, seen bool) {
	if j-i < 1 {
		return lvUnknown, false, false
	}
	raw := w.lookup(i, j, 0)
	seen = raw != 0
	c := raw &^ lexSeen
	if beforeSuffix {
		switch w.folded(j - 1) {
		case 'ت':
			c |= w.classWith(i, j, 'ة') & lexNoun
		case 'ئ', 'ؤ':
			c |= w.classWith(i, j, 'ء')
		}
	}
	switch {
	case c&lexFunc != 0:
		return lvFunc, c&lexVerb != 0, seen
	case c&lexHamza != 0 && !w.hasHamzaAlef(i, j):
		// the lexicon spells it only with أ إ آ and the text has a bare
		// alef: a weaker match (فقا in وفقا is not فقأ)
		return lvBare, c&lexNoun == 0, seen
	case c != 0:
		return lvDirect, c&lexNoun == 0, seen
	}
	art := j-i >= 4 && w.raw[i] == 'ا' && w.raw[i+1] == 'ل'
	if art {
		c := w.class(i+2, j)
		if beforeSuffix && w.folded(j-1) == 'ت' {
			c |= w.classWith(i+2, j, 'ة') & lexNoun
		}
		if c&(lexNoun|lexVerb) != 0 {
			return lvArt, false, seen
		}
		if ok, _ := w.inflKnown(i+2, j); ok {
			return lvArtInfl, false, seen
		}
	}
	if ok, fem := w.inflKnown(i, j); ok {
		if fem {
			return lvInflFem, false, seen
		}
		return lvInfl, false, seen
	}
	return lvUnknown, false, seen
}

// inflKnown reports whether [i, j) is a known word plus an inflectional
// suffix, or a known word ending in ة whose ة became ات, ت, تان, ... fem
// reports the feminine ة or ية on a known base.
func (w *analysis) inflKnown(i, j int) (ok, fem bool) {
	for x, suf := range inflections {
		k := len(suf)
		if !w.hasSuffix(i, j, suf, 2) {
			continue
		}
		if w.class(i, j-k)&(lexNoun|lexVerb) != 0 {
			return true, x == infYa || x == infTa || x == infNisba || x == infNisbaA
		}
		if femInflection(suf) && w.classWith(i, j-k+1, 'ة')&lexNoun != 0 {
			// a feminine base: ملكة → ملكات
			return true, false
		}
	}
	return false, false
}

// Indexes in inflections of ية, ة, the nisba ي and يا: a known base with
// one of them is most likely a derived adjective or feminine (فنية, فوري,
// فعليا), not a clitic plus another word.
const (
	infYa     = 7
	infTa     = 8
	infNisba  = 9
	infNisbaA = 16
)

// at returns the byte offset of letter i in the word.
func (w *analysis) at(i int) int { return int(w.off[i]) }

// noPronoun reports whether the letters [i, j) are a function word that
// takes no pronoun enclitic.
func (w *analysis) noPronoun(i, j int) bool { return noPronFn.get(w.hash(i, j)) != 0 }

// noPreposition reports whether the letters [i, j) are a function word that
// never follows ب ك ل.
func (w *analysis) noPreposition(i, j int) bool { return noPrepFn.get(w.hash(i, j)) != 0 }

// hash returns the lexicon hash of the folded letters [i, j).
func (w *analysis) hash(i, j int) uint64 {
	h := uint64(hashSeed)
	for k := i; k < j; k++ {
		h = hashStep(h, uint64(w.code[k]))
	}
	return h
}

// hasHamzaAlef reports whether the letters [i, j) as written hold أ إ or آ.
func (w *analysis) hasHamzaAlef(i, j int) bool {
	for k := i; k < j; k++ {
		switch w.raw[k] {
		case 'أ', 'إ', 'آ':
			return true
		}
	}
	return false
}
