package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/dates/internal/lexkey"
	"github.com/khabar-nlp/khabar/internal/arabic"
)

// kind is the kind of a lexicon entry. The constants are named in
// data/words.txt; gentables.Kinds lists the same names.
type kind uint8

const (
	kNone kind = iota
	kMonthG
	kMonthH
	kWeekday
	kRelDay
	kUnit
	kRelMod
	kThis
	kPart
	kAnchor
	kEra
	kLink
	kOrdinal
	kCardinal
	kTens
	kFew
	kDecade
	kCentury
	kFrom
	kTo
	kBetween
	kIn
	kNow
	kLast
	kYearWord
	kHoliday
	kHundred
	kThousand
	kQuarter
)

// entry is a lexicon entry: its kind, a value (month, weekday, offset,
// unit...) and an auxiliary value whose meaning depends on the kind (see
// data/words.txt); more is 1 when the key begins a longer phrase.
type entry struct {
	kind kind
	val  int8
	aux  uint8
	more uint8
}

// Units of kUnit entries.
const (
	uDay = 1 + iota
	uWeek
	uMonth
	uYear
	uDecade
)

// Auxiliary values of kUnit entries.
const (
	auxOne   = 1
	auxTwo   = 2
	auxMany  = 3
	auxDef   = 8
	auxCount = 7
)

type tokKind uint8

const (
	tEOF tokKind = iota
	tWord
	tNum
	tPunct
	tOther
)

// token is one lexical unit of the text. For words, start is after any
// proclitic (و ف ب ل ك) that was stripped to find the entry, and a phrase of
// up to three words is one token.
type token struct {
	kind       tokKind
	e          entry
	start, end int
	val        int   // tNum: value (capped); tPunct: the rune
	ndig       uint8 // tNum: number of digits
	clitic     uint8 // tWord: stripped proclitic letters (first one), 0 if none
	nl         bool  // tPunct: a line break
}

// maxKey bounds the length of a word key; longer words are not in the
// lexicon.
const maxKey = 48

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\f' || r == '\v' || arabic.IsSpace(r) || arabic.IsInvisible(r)
}

func isWordRune(r rune) bool {
	return arabic.IsWordRune(r) || (r >= 0x80 && unicode.IsLetter(r) && !arabic.IsDigit(r))
}

// next returns the token that starts at or after byte offset i of s, and the
// offset after it.
func next(s string, i int) (token, int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				return token{kind: tPunct, start: i, end: i + 1, val: '\n', nl: true}, i + 1
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				i++
				continue
			case c >= '0' && c <= '9':
				return lexNumber(s, i)
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				j := i + 1
				for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
					j++
				}
				return token{kind: tOther, start: i, end: j}, j
			}
			return token{kind: tPunct, start: i, end: i + 1, val: int(c)}, i + 1
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return token{kind: tOther, start: i, end: i + 1}, i + 1
		case isSpaceRune(r):
			i += n
			continue
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			return token{kind: tPunct, start: i, end: i + n, val: '\n', nl: true}, i + n
		case arabic.IsDigit(r):
			return lexNumber(s, i)
		case isWordRune(r):
			return lexWord(s, i)
		}
		return token{kind: tPunct, start: i, end: i + n, val: int(r)}, i + n
	}
	return token{kind: tEOF, start: len(s), end: len(s)}, len(s)
}

func lexNumber(s string, i int) (token, int) {
	t := token{kind: tNum, start: i}
	v, nd := 0, 0
	j := i
	for j < len(s) {
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		d, sc := arabic.DigitValue(r)
		if sc == arabic.NoScript {
			break
		}
		if v < 1e8 {
			v = v*10 + d
		}
		nd++
		j += n
	}
	t.end, t.val = j, v
	if nd > 255 {
		nd = 255
	}
	t.ndig = uint8(nd)
	return t, j
}

// wordEnd returns the end of the word that starts at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || !isWordRune(r) {
			break
		}
		i += n
	}
	return i
}

// Actions of arabicFold for the runes U+0600–U+06FF.
const (
	foldStop = iota // not a word rune
	foldKeep        // kept as it is
	foldDrop        // dropped from the key (diacritics, tatweel)
	foldMap         // replaced by arabicTo
)

// arabicFold and arabicTo give lexkey.Append's fold for the Arabic block,
// so that the scanner can fold while it finds the end of a word.
// TestFastFold checks that the two agree on every rune of the block.
var arabicFold, arabicTo = func() (act [256]uint8, to [256]rune) {
	for r := rune(0x600); r < 0x700; r++ {
		i := r - 0x600
		if !isWordRune(r) {
			continue
		}
		k := lexkey.String(string(r))
		switch {
		case k == "":
			act[i] = foldDrop
		case k == string(r):
			act[i] = foldKeep
		default:
			act[i] = foldMap
			to[i], _ = utf8.DecodeRuneInString(k)
		}
	}
	return act, to
}()

// scanWord finds the end of the word that starts at i and appends its
// lexkey fold to key (up to maxKey bytes; long reports a longer key).
func scanWord(s string, i int, key []byte) (end int, out []byte, long bool) {
	j := i
	for j < len(s) {
		c := s[j]
		if c >= 0xD8 && c <= 0xDB && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			idx := (rune(c&0x1F)<<6 | rune(s[j+1]&0x3F)) - 0x600
			switch arabicFold[idx] {
			case foldStop:
				return j, key, long
			case foldKeep:
				if len(key)+2 <= maxKey {
					key = append(key, c, s[j+1])
				} else {
					long = true
				}
			case foldMap:
				if len(key)+2 <= maxKey {
					key = utf8.AppendRune(key, arabicTo[idx])
				} else {
					long = true
				}
			}
			j += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if arabic.IsInvisible(r) && j > i && j+n < len(s) {
			// A bidi or zero-width control inside a word (يو\u200fنيو) is
			// skipped, as lexkey drops it.
			if r2, _ := utf8.DecodeRuneInString(s[j+n:]); isWordRune(r2) {
				j += n
				continue
			}
		}
		if r == utf8.RuneError && n == 1 || !isWordRune(r) {
			break
		}
		if len(key)+n <= maxKey {
			key = lexkey.Append(key, s[j:j+n])
		} else {
			long = true
		}
		j += n
	}
	return j, key, long
}

func lexWord(s string, i int) (token, int) {
	var buf [maxKey + 8]byte
	end, key, long := scanWord(s, i, buf[:0])
	t := token{kind: tWord, start: i, end: end}
	if long || len(key) < 2 {
		if len(key) == 0 || long {
			return t, end
		}
	}
	e, off, cl := lookupWord(key)
	if e.kind == kNone && e.more == 0 {
		return t, end
	}
	t.e, t.clitic = e, cl
	if off > 0 {
		t.start = srcOffset(s, i, off)
	}
	if e.more != 0 {
		// Try a phrase of two or three words, longest first.
		if pe, pend, ok := lookupPhrase(s, end, key[off:]); ok {
			t.e, t.end = pe, pend
			return t, pend
		}
	}
	if e.kind == kNone {
		return token{kind: tWord, start: i, end: end}, end
	}
	return t, end
}

// lookupWord looks key up as it is and without one or two proclitics. It
// returns the entry, the byte length of the stripped proclitics in the
// original word (clitics are single two-byte letters, unaffected by the
// fold), and the first stripped letter.
// keyFilter[r][n] is set when the lexicon has a one-word key of n bytes
// whose first rune is U+0600+r: most words are rejected without hashing.
var keyFilter = func() (f [256][maxKey + 1]bool) {
	for k := range lexicon {
		if len(k) <= maxKey && len(k) >= 2 && k[0] >= 0xD8 && k[0] <= 0xDB {
			if idx, ok := arabicIndex(k); ok && !strings.Contains(k, " ") {
				f[idx][len(k)] = true
			}
		}
	}
	return f
}()

// arabicIndex returns the offset from U+0600 of the first rune of k when it
// is a two-byte rune of the Arabic block.
func arabicIndex[T string | []byte](k T) (int, bool) {
	if len(k) < 2 || k[0] < 0xD8 || k[0] > 0xDB || k[1]&0xC0 != 0x80 {
		return 0, false
	}
	return int(rune(k[0]&0x1F)<<6|rune(k[1]&0x3F)) - 0x600, true
}

// lookup is lexicon[string(k)] behind keyFilter.
func lookup(k []byte) (entry, bool) {
	if idx, ok := arabicIndex(k); ok && (len(k) > maxKey || !keyFilter[idx][len(k)]) {
		return entry{}, false
	}
	e, ok := lexicon[string(k)]
	return e, ok
}

func lookupWord(key []byte) (entry, int, uint8) {
	if e, ok := lookup(key); ok {
		return e, 0, 0
	}
	// Proclitics are two-byte letters: و (D9 88) or ف (D9 81), then ب (D8 A8),
	// ل (D9 84) or ك (D9 83); لل before a word with ال.
	if len(key) < 6 {
		return entry{}, 0, 0
	}
	off := 0
	first := uint8(0)
	if key[0] == 0xD9 && (key[1] == 0x88 || key[1] == 0x81) {
		first = 'w'
		if key[1] == 0x81 {
			first = 'f'
		}
		off = 2
		if e, ok := stripOK(key[2:]); ok {
			return e, 2, first
		}
	}
	rest := key[off:]
	var c byte
	switch {
	case rest[0] == 0xD8 && rest[1] == 0xA8:
		c = 'b'
	case rest[0] == 0xD9 && rest[1] == 0x84:
		c = 'l'
	case rest[0] == 0xD9 && rest[1] == 0x83:
		c = 'k'
	default:
		return entry{}, 0, 0
	}
	if first == 0 {
		first = c
	}
	if e, ok := stripOK(rest[2:]); ok {
		return e, off + 2, first
	}
	// لل + word: the lam of the article was absorbed (للثاني = ل + الثاني).
	if c == 'l' && len(rest) > 6 && rest[2] == 0xD9 && rest[3] == 0x84 {
		var b [maxKey + 8]byte
		b[0], b[1] = 0xD8, 0xA7 // ا
		n := 2 + copy(b[2:], rest[2:])
		if e, ok := stripOK(b[:n]); ok {
			return e, off, first // the span keeps لل: its lam is the article's
		}
	}
	return entry{}, 0, 0
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// stripOK looks up a word stripped of a proclitic. The rest must have two
// letters at least, and ambiguous month names are not taken from under a
// clitic (باب is "door", not آب).
func stripOK(rest []byte) (entry, bool) {
	if utf8.RuneCount(rest) < 2 {
		return entry{}, false
	}
	e, ok := lookup(rest)
	if !ok {
		return entry{}, false
	}
	if (e.kind == kMonthG || e.kind == kMonthH) && e.aux == 1 {
		return entry{}, false
	}
	return e, true
}

// lookupPhrase tries to extend the word whose key is first (ending at byte
// end of s) into a two- or three-word phrase of the lexicon.
func lookupPhrase(s string, end int, first []byte) (entry, int, bool) {
	var buf [4 * maxKey]byte
	n := copy(buf[:], first)
	best, bestEnd, found := entry{}, 0, false
	j := end
	for w := 2; w <= 3; w++ {
		// The next word must follow after spaces only.
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k == j || k >= len(s) {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[k:])
		if !isWordRune(r) {
			break
		}
		we := wordEnd(s, k)
		if we-k > maxKey || n+1+(we-k) > len(buf) {
			break
		}
		buf[n] = ' '
		n++
		kb := lexkey.Append(buf[n:n], s[k:we])
		n += len(kb)
		e, ok := lexicon[string(buf[:n])]
		if !ok {
			break
		}
		if e.kind != kNone {
			best, bestEnd, found = e, we, true
		}
		if e.more == 0 {
			break
		}
		j = we
	}
	return best, bestEnd, found
}

// srcOffset returns the offset in s of the letter that follows the first
// keyOff bytes of the key of the word at i (the proclitics), skipping the
// diacritics written on them.
func srcOffset(s string, i, keyOff int) int {
	var tmp [8]byte
	k, j := 0, i
	for j < len(s) && k < keyOff {
		_, n := utf8.DecodeRuneInString(s[j:])
		k += len(lexkey.Append(tmp[:0], s[j:j+n]))
		j += n
	}
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !arabic.IsDiacritic(r) && r != arabic.TatweelRune {
			break
		}
		j += n
	}
	return j
}
