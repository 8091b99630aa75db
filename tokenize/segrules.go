package tokenize

import (
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
	// key holds the folded letters UTF-8 encoded; every folded letter is two
	// bytes, so the key of letters [i, j) is key[2i:2j].
	key [2 * maxLetters]byte
	// off[i] is the byte offset of letter i (0 for the first, so leading
	// marks stay with it); off[n] is len(word).
	off [maxLetters + 1]int
	lex map[string]uint8
}

// load fills w from word and reports whether word can be segmented: only
// Arabic letters and the marks fold.Skip accepts, 2 to maxLetters letters.
func (w *analysis) load(word string) bool {
	w.word = word
	w.n = 0
	for i, r := range word {
		if fold.Skip(r) {
			continue
		}
		f, ok := fold.Letter(r)
		if !ok || w.n == maxLetters || f >= 0x0800 {
			return false
		}
		w.raw[w.n] = r
		if w.n == 0 {
			w.off[0] = 0
		} else {
			w.off[w.n] = i
		}
		utf8.EncodeRune(w.key[2*w.n:], f)
		w.n++
	}
	if w.n < 2 {
		return false
	}
	w.off[w.n] = len(word)
	w.lex = lex()
	return true
}

// class returns the lexicon class of the folded letters [i, j), without
// the lexSeen bit.
func (w *analysis) class(i, j int) uint8 {
	if j-i < 1 {
		return 0
	}
	return w.lex[string(w.key[2*i:2*j])] &^ lexSeen
}

// seen reports whether the folded letters [i, j) are an attested surface
// form (or a known stem).
func (w *analysis) seen(i, j int) bool {
	return j > i && w.lex[string(w.key[2*i:2*j])] != 0
}

// classWith returns the lexicon class of the folded letters [i, j) with the
// last letter replaced by r (ة for a ت written before a suffix).
func (w *analysis) classWith(i, j int, r rune) uint8 {
	var b [2 * maxLetters]byte
	n := copy(b[:], w.key[2*i:2*(j-1)])
	n += utf8.EncodeRune(b[n:], r)
	return w.lex[string(b[:n])] &^ lexSeen
}

// folded returns the folded letter i.
func (w *analysis) folded(i int) rune {
	return rune(w.key[2*i]&0x1F)<<6 | rune(w.key[2*i+1]&0x3F)
}

// Stem knowledge levels, from the least to the most certain.
const (
	lvUnknown  = iota
	lvInfl     // base known after removing an inflectional suffix
	lvArtInfl  // ال + base known after removing a suffix
	lvArt      // ال + known word
	lvDirect   // a lexicon word
	lvFunc     // a function word
	numLevels
)

// inflections are the suffixes removed to find a known base, longest first.
var inflections = [...]string{"يات", "ات", "ون", "ين", "ان", "تان", "تين", "ية", "ة", "ي", "ا", "وا", "ت", "تم", "نا", "ن"}

// level returns how well the letters [i, j) are known as a stem. beforeSuffix
// is true when a pronoun follows (so a final ت may stand for ة). verb reports
// whether the known word is a verb.
func (w *analysis) level(i, j int, beforeSuffix bool) (lv int, verb bool) {
	if j-i < 1 {
		return lvUnknown, false
	}
	c := w.class(i, j)
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
		return lvFunc, c&lexVerb != 0
	case c != 0:
		return lvDirect, c&lexNoun == 0
	}
	art := j-i >= 4 && w.raw[i] == 'ا' && w.raw[i+1] == 'ل'
	if art {
		c := w.class(i+2, j)
		if beforeSuffix && w.folded(j-1) == 'ت' {
			c |= w.classWith(i+2, j, 'ة') & lexNoun
		}
		if c&(lexNoun|lexVerb) != 0 {
			return lvArt, false
		}
		if w.inflKnown(i+2, j) {
			return lvArtInfl, false
		}
	}
	if w.inflKnown(i, j) {
		return lvInfl, false
	}
	return lvUnknown, false
}

// inflKnown reports whether [i, j) is a known word plus an inflectional
// suffix, or a known word ending in ة whose ة became ات, ت, تان, ...
func (w *analysis) inflKnown(i, j int) bool {
	for _, suf := range inflections {
		k := utf8.RuneCountInString(suf)
		if j-i-k < 2 || string(w.key[2*(j-k):2*j]) != suf {
			continue
		}
		if w.class(i, j-k) != 0 {
			return true
		}
		if w.classWith(i, j-k+1, 'ة')&lexNoun != 0 && (suf == "ات" || suf == "ان" || suf == "ين" || suf == "ي" || suf == "يات") {
			// a feminine base: ملكة → ملكات
			return true
		}
	}
	return false
}
