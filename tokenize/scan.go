package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// maxLookahead bounds how far past a token's end the scanner may look to
// decide where the token ends (number separators, abbreviation dots, the
// space inside a tatweel-split word, URL trailing punctuation). ScanTokens
// relies on it to know when a token is complete without seeing EOF.
const maxLookahead = 16

// maxTatweelGap is the most spaces allowed between the two halves of a
// tatweel-split word (غـ زة).
const maxTatweelGap = 3

// asciiClass classifies ASCII bytes for the fast paths.
type asciiClass uint8

const (
	aOther asciiClass = iota
	aSpace
	aLetter
	aDigit
	aPunct
	aSymbol
)

var asciiTable = func() (t [128]asciiClass) {
	for c := 0; c < 128; c++ {
		r := rune(c)
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = aSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = aLetter
		case '0' <= c && c <= '9':
			t[c] = aDigit
		case unicode.IsPunct(r):
			t[c] = aPunct
		case unicode.IsSymbol(r):
			t[c] = aSymbol
		}
	}
	return t
}()

// isGapRune reports whether r may stand between tokens: Unicode white space
// and the invisible controls of internal/arabic (bidi marks, zero-width
// space and joiners, BOM, soft hyphen).
func isGapRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiTable[r] == aSpace
	}
	return unicode.IsSpace(r) || arabic.Is(r, arabic.Space|arabic.Invisible)
}

// Flags of arTable.
const (
	arWord   uint8 = 1 << iota // inside an Arabic word token
	arLetter                   // counts as a letter (Letter or Presentation)
)

// arTable caches the word-token flags of U+0600–U+08FF, built once from
// internal/arabic.
var arTable = func() (t [0x300]uint8) {
	for i := range t {
		r := rune(0x0600 + i)
		if arabic.IsWordRune(r) && !arabic.Is(r, arabic.Digit|arabic.Punct|arabic.Symbol) {
			t[i] |= arWord
		}
		if arabic.Is(r, arabic.Letter|arabic.Presentation) {
			t[i] |= arLetter
		}
	}
	return t
}()

// isArabicWordRune reports whether r belongs inside an Arabic word token.
func isArabicWordRune(r rune) bool {
	if r >= 0x0600 && r < 0x0900 {
		return arTable[r-0x0600]&arWord != 0
	}
	return r >= 0xFB50 && arabic.IsWordRune(r) && !arabic.Is(r, arabic.Digit|arabic.Punct|arabic.Symbol)
}

// isJoiner reports whether r is a zero-width (non-)joiner, kept inside a
// word when a word rune follows it.
func isJoiner(r rune) bool { return r == 0x200C || r == 0x200D }

func isDigitRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
}

func isPercent(r rune) bool {
	return r == '%' || r == arabic.PercentSign || r == 0x2030 || r == 0x0609 // ‰ ؉
}

// isNumberSep reports whether r may join two digit runs into one number.
func isNumberSep(r rune) bool {
	switch r {
	case ',', '.', ':', '/', arabic.DecimalSeparator, arabic.ThousandsSep:
		return true
	}
	return false
}

func isLatinLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiTable[r] == aLetter
	}
	return unicode.Is(unicode.Latin, r)
}

func isPunctRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiTable[r] == aPunct
	}
	return unicode.IsPunct(r) || arabic.Is(r, arabic.Punct)
}

// isEmojiBase reports whether r starts an emoji token (the Emoji
// pictographic blocks; ©, ® and the plain digits are left to other kinds).
func isEmojiBase(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, // Mahjong … Symbols and Pictographs Extended-A
		r >= 0x2600 && r <= 0x27BF, // Miscellaneous Symbols, Dingbats
		r >= 0x2300 && r <= 0x23FF && (r == 0x231A || r == 0x231B || r == 0x2328 || r >= 0x23E9 && r <= 0x23FA),
		r == 0x2B50 || r == 0x2B55 || r == 0x2B1B || r == 0x2B1C || r >= 0x2B05 && r <= 0x2B07,
		r == 0x3030 || r == 0x303D || r == 0x3297 || r == 0x3299:
		return true
	}
	return false
}

// isEmojiExtender reports whether r continues an emoji: variation
// selectors, skin-tone modifiers, the combining enclosing keycap and tags.
func isEmojiExtender(r rune) bool {
	return r == 0xFE0F || r == 0xFE0E || r >= 0x1F3FB && r <= 0x1F3FF || r == 0x20E3 || r >= 0xE0020 && r <= 0xE007F
}

// runAt decodes the rune at s[i:]. Invalid bytes give (utf8.RuneError, 1).
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// next finds the first token of s at or after byte offset i. It returns the
// token's bounds and kind; ok is false when only gap runes remain.
func next(s string, i int) (start, end int, kind Kind, ok bool) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiTable[c] == aSpace {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || !isGapRune(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return i, i, Other, false
	}
	start = i
	c := s[i]
	if c < utf8.RuneSelf {
		switch asciiTable[c] {
		case aLetter:
			if e := scanURL(s, i); e > i {
				return start, e, URL, true
			}
			if e := scanEmail(s, i); e > i {
				return start, e, Email, true
			}
			return start, scanLatin(s, i), Latin, true
		case aDigit:
			if e := scanEmail(s, i); e > i {
				return start, e, Email, true
			}
			return start, scanNumber(s, i), Number, true
		}
		switch c {
		case '#':
			if e := scanTag(s, i+1); e > i+1 {
				return start, e, Hashtag, true
			}
		case '@':
			if e := scanTag(s, i+1); e > i+1 {
				return start, e, Mention, true
			}
		case '%':
			if i+1 < len(s) {
				if r, _ := runeAt(s, i+1); isDigitRune(r) {
					return start, scanNumber(s, i+1), Number, true
				}
			}
		case '_':
			if e := scanEmail(s, i); e > i {
				return start, e, Email, true
			}
		}
		switch asciiTable[c] {
		case aPunct:
			return start, scanPunctRun(s, i, rune(c)), Punct, true
		case aSymbol:
			return start, i + 1, Symbol, true
		}
		return start, i + 1, Other, true
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n == 1:
		e := i + 1
		for e < len(s) && s[e] >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[e:])
			if r != utf8.RuneError || n != 1 {
				break
			}
			e++
		}
		return start, e, Invalid, true
	case isArabicWordRune(r):
		e := scanArabic(s, i)
		if r == arabic.TatweelRune && strings.Trim(s[i:e], "\u0640") == "" {
			// A tatweel standing alone is a dash (دبي ـ قال).
			return start, e, Punct, true
		}
		return start, e, Word, true
	case isDigitRune(r):
		return start, scanNumber(s, i), Number, true
	case r == arabic.PercentSign:
		if i+n < len(s) {
			if r2, _ := runeAt(s, i+n); isDigitRune(r2) {
				return start, scanNumber(s, i+n), Number, true
			}
		}
		return start, i + n, Punct, true
	case isLatinLetter(r):
		return start, scanLatin(s, i), Latin, true
	case isEmojiBase(r):
		return start, scanEmoji(s, i+n), Emoji, true
	case isPunctRune(r):
		return start, scanPunctRun(s, i, r), Punct, true
	case unicode.IsSymbol(r):
		return start, i + n, Symbol, true
	case unicode.IsLetter(r) || unicode.IsMark(r):
		e := i + n
		for e < len(s) {
			r, n := runeAt(s, e)
			if !(unicode.IsLetter(r) || unicode.IsMark(r)) || isArabicWordRune(r) || isLatinLetter(r) {
				break
			}
			e += n
		}
		return start, e, Other, true
	}
	return start, i + n, Other, true
}

// scanPunctRun returns the end of the punctuation token starting with r at
// s[i:]: a run of the same mark for . ! ? ؟ and -, one mark otherwise.
func scanPunctRun(s string, i int, r rune) int {
	n := utf8.RuneLen(r)
	if n < 0 {
		n = 1
	}
	e := i + n
	switch r {
	case '.', '!', '?', '-', arabic.QuestionMark:
		for e < len(s) {
			r2, n2 := runeAt(s, e)
			if r2 != r {
				break
			}
			e += n2
		}
	}
	return e
}

// scanNumber returns the end of the number starting at the digit s[i].
func scanNumber(s string, i int) int {
	e := i
	for e < len(s) {
		r, n := runeAt(s, e)
		if isDigitRune(r) {
			e += n
			continue
		}
		if isNumberSep(r) && e+n < len(s) {
			if r2, _ := runeAt(s, e+n); isDigitRune(r2) {
				e += n
				continue
			}
		}
		if isPercent(r) {
			e += n
		}
		break
	}
	return e
}

// scanArabic returns the end of the Arabic word starting at s[i].
func scanArabic(s string, i int) int {
	e := i
	var last rune
	letters := 0
	for e < len(s) {
		// fast path: a two-byte rune of U+0600–U+07FF
		if c := s[e]; c >= 0xD8 && c <= 0xDF && e+1 < len(s) && s[e+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(s[e+1]&0x3F)
			if f := arTable[r-0x0600]; f&arWord != 0 {
				if f&arLetter != 0 {
					letters++
				}
				last = r
				e += 2
				continue
			}
		}
		r, n := runeAt(s, e)
		switch {
		case isArabicWordRune(r):
			if arabic.IsLetter(r) || arabic.Is(r, arabic.Presentation) {
				letters++
			}
			last = r
			e += n
			continue
		case isJoiner(r) && e+n < len(s):
			if r2, _ := runeAt(s, e+n); isArabicWordRune(r2) {
				e += n
				continue
			}
		case r == ' ' && last == arabic.TatweelRune && letters > 0:
			// غـ زة: a word split by tatweel and a space is one word.
			j := e
			for j < len(s) && j-e < maxTatweelGap && s[j] == ' ' {
				j++
			}
			if j < len(s) {
				if r2, _ := runeAt(s, j); arabic.IsLetter(r2) {
					e = j
					last = 0
					continue
				}
			}
		case r == '.' && letters == 1:
			if a := scanAbbrev(s, e); a > e {
				return a
			}
		}
		break
	}
	return e
}

// abbrevLetters are the single letters Arabic news abbreviates with a dot
// (د. دكتور، م. ميلادي/مهندس، ص.ب صندوق بريد، ق.م قبل الميلاد، أ.ف.ب ...).
func abbrevLetter(r rune) bool {
	switch r {
	case 'د', 'م', 'ص', 'ق', 'أ', 'ف', 'ب', 'ج', 'ه', 'ت', 'ش', 'ا', 'ك', 'ع', 'ح', 'ط', 'ن', 'س', 'ل':
		return true
	}
	return false
}

// scanAbbrev is called with s[e] == '.' after a one-letter word ending at e.
// It returns the end of the abbreviation (X.Y.Z, or X. before a word on the
// same line), or e when the dot is not part of one.
func scanAbbrev(s string, e int) int {
	// the letter before the dot
	r0, _ := utf8.DecodeLastRuneInString(s[:e])
	if !abbrevLetter(r0) {
		return e
	}
	j := e + 1
	chain := false
	for j < len(s) {
		r, n := runeAt(s, j)
		if !arabic.IsLetter(r) {
			break
		}
		k := j + n
		if k < len(s) {
			if r2, _ := runeAt(s, k); isArabicWordRune(r2) {
				break // a whole word follows the dot: not a chain
			}
		}
		chain = true
		j = k
		if j < len(s) && s[j] == '.' && j+1 < len(s) {
			if r3, _ := runeAt(s, j+1); arabic.IsLetter(r3) {
				j++
				continue
			}
		}
		break
	}
	if chain {
		return j
	}
	// X. followed by a space and an Arabic word on the same line.
	if e+2 < len(s) && s[e+1] == ' ' {
		if r, _ := runeAt(s, e+2); arabic.IsLetter(r) {
			return e + 1
		}
	}
	return e
}

// scanLatin returns the end of the Latin word starting at s[i].
func scanLatin(s string, i int) int {
	e := i
	letters := 0
	for e < len(s) {
		r, n := runeAt(s, e)
		switch {
		case isLatinLetter(r):
			letters++
			e += n
			continue
		case r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsMark(r) && !arabic.IsDiacritic(r):
			e += n
			continue
		case r == '-' || r == '\'' || r == 0x2019:
			if e+n < len(s) {
				if r2, _ := runeAt(s, e+n); isLatinLetter(r2) || r2 >= '0' && r2 <= '9' {
					e += n
					continue
				}
			}
		case r == '.' && letters == 1 && e-i == 1:
			// U.S. / U.S.A.: single ASCII letters joined by dots.
			j := e
			for j+1 < len(s) && s[j] == '.' && isASCIILetter(s[j+1]) && (j+2 >= len(s) || !isASCIIAlnum(s[j+2])) {
				j += 2
			}
			if j > e {
				if j < len(s) && s[j] == '.' {
					j++
				}
				return j
			}
		}
		break
	}
	return e
}

// scanTag returns the end of the hashtag or mention body starting at s[i]
// (after # or @), or i when no letter, digit or _ follows.
func scanTag(s string, i int) int {
	e := i
	for e < len(s) {
		r, n := runeAt(s, e)
		if r == '_' || isDigitRune(r) || unicode.IsLetter(r) || isArabicWordRune(r) || e > i && (unicode.IsMark(r) || isJoiner(r)) {
			e += n
			continue
		}
		break
	}
	return e
}

// scanEmoji returns the end of the emoji whose base rune ends at s[i].
func scanEmoji(s string, i int) int {
	e := i
	for e < len(s) {
		r, n := runeAt(s, e)
		if isEmojiExtender(r) || r >= 0x1F1E6 && r <= 0x1F1FF {
			e += n
			continue
		}
		if r == 0x200D && e+n < len(s) {
			if r2, n2 := runeAt(s, e+n); isEmojiBase(r2) {
				e += n + n2
				continue
			}
		}
		break
	}
	return e
}

func isASCIILetter(c byte) bool { return c < utf8.RuneSelf && asciiTable[c] == aLetter }

func isASCIIAlnum(c byte) bool {
	return c < utf8.RuneSelf && (asciiTable[c] == aLetter || asciiTable[c] == aDigit)
}
