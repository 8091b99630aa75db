package numbers

import (
	"iter"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// Options selects the optional readings of an [Extractor]. The zero value
// is the reading tuned for news, which [All], [Append], [Find] and [Parse]
// use.
type Options struct {
	// Relative also reports relative ordinals — التالي (the next, +1),
	// السابق (the previous, -1), الحالي (the current, 0), الأخير (the last,
	// 0 from the end), قبل الأخير (-1 from the end) — as Kind Relative.
	// News uses these words mostly in other senses (الرئيس السابق, "the
	// former president"), so they are off by default.
	Relative bool
	// Ratios also reads "X على Y", "X من Y" and "جزء من Y" as fractions
	// (واحد على ثلاثة = 1/3). In news these are mostly prepositions ("one
	// of three", "3 on 5"), so they are off by default.
	Ratios bool
	// Duals also reports the dual of a few counted nouns — يومين، شهرين،
	// عامين، سنتين، أسبوعين، ساعتين، دقيقتين، ليلتين، مرتين، رقمين، عقدين،
	// قرنين — as the cardinal 2 (Form Words). The dual is how Arabic
	// writes "two days"; it is off by default because the noun is not a
	// number word.
	Duals bool
}

// Extractor finds numbers with a set of [Options]. An Extractor is a plain
// value, safe for concurrent use.
type Extractor struct {
	Options Options
}

// All returns an iterator over the numbers in s, in order.
func All(s string) iter.Seq[Number] { return Extractor{}.All(s) }

// Append appends the numbers in s to dst and returns the extended slice.
func Append(dst []Number, s string) []Number { return Extractor{}.Append(dst, s) }

// Find returns the numbers in s, or nil if there are none.
func Find(s string) []Number { return Extractor{}.Append(nil, s) }

// All returns an iterator over the numbers in s, in order.
func (x Extractor) All(s string) iter.Seq[Number] {
	return func(yield func(Number) bool) {
		sc := scanner{s: s, opts: x.Options}
		for {
			n, ok := sc.next()
			if !ok || !yield(n) {
				return
			}
		}
	}
}

// Append appends the numbers in s to dst and returns the extended slice.
func (x Extractor) Append(dst []Number, s string) []Number {
	sc := scanner{s: s, opts: x.Options}
	for {
		n, ok := sc.next()
		if !ok {
			return dst
		}
		dst = append(dst, n)
	}
}

// Find returns the numbers in s, or nil if there are none.
func (x Extractor) Find(s string) []Number { return x.Append(nil, s) }

// scanner walks a string and returns its numbers one at a time.
type scanner struct {
	s    string
	i    int
	opts Options
	// pending numbers already built (the members of a chain or a range
	// whose first part was returned).
	queue [4]Number
	nq    int
	qi    int
	// chained is set when the next numeral continues a chain.
	// whole is set by Parse: the string is one number, so ambiguous words
	// (ثمن, an eighth or a price) take their number reading.
	whole bool
	// cueStart and cueEnd span the last number with its bound words.
	cueStart, cueEnd int
	// cache holds the token last read at cacheP (see tokenAt).
	cache  token
	cacheP int
	cached bool
}

// next returns the next number, or false at the end of s.
func (sc *scanner) next() (Number, bool) {
	if sc.qi < sc.nq {
		n := sc.queue[sc.qi]
		sc.qi++
		return n, true
	}
	sc.qi, sc.nq = 0, 0
	s := sc.s
	for sc.i < len(s) {
		i := sc.i
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= '0' && c <= '9' && i > 0 && isLatinLetter(s[i-1]) {
				// Digits glued after Latin letters are part of a name or
				// code (G20, F16, MP3, H1N1), not a number.
				for sc.i < len(s) && (isLatinLetter(s[sc.i]) || s[sc.i] >= '0' && s[sc.i] <= '9') {
					sc.i++
				}
				continue
			}
			if (c >= '0' && c <= '9') || ((c == '-' || c == '+' || c == '%' || c == '.') && sc.numeralStart(i)) {
				if n, ok := sc.numeralAt(i); ok {
					return n, true
				}
				continue
			}
			sc.i++
			continue
		}
		r, w := decodeAt(s, i)
		if _, dsc := arabic.DigitValue(r); dsc != arabic.NoScript || ((r == '\u2212' || r == '\u066A' || r == '\u066B') && sc.numeralStart(i)) {
			if n, ok := sc.numeralAt(i); ok {
				return n, true
			}
			continue
		}
		if arabic.IsLetter(r) {
			e := wordEnd(s, i)
			if n, ok := sc.wordsAt(i, e); ok {
				return n, true
			}
			sc.i = e
			continue
		}
		sc.i += w
	}
	return Number{}, false
}

// numeralStart reports whether the sign, percent sign or decimal separator
// at i starts a numeral: a digit follows (after a percent sign for a sign)
// and no digit, letter or closing bracket comes just before.
func (sc *scanner) numeralStart(i int) bool {
	s := sc.s
	r, w := utf8.DecodeRuneInString(s[i:])
	j := i + w
	if r == '-' || r == '+' || r == '\u2212' {
		if r2, w2 := utf8.DecodeRuneInString(s[j:]); r2 == '%' || r2 == '\u066A' {
			j += w2
		}
	}
	if r == '.' || r == '\u066B' {
		j = skipInvisible(s, j)
	}
	if !isDigitAt(s, j) {
		return false
	}
	if i == 0 {
		return true
	}
	p, pw := utf8.DecodeLastRuneInString(s[:i])
	if _, dsc := arabic.DigitValue(p); dsc != arabic.NoScript {
		return false
	}
	if p == arabic.Waw {
		// و−٣: the conjunction alone before the sign.
		q, _ := utf8.DecodeLastRuneInString(s[:i-pw])
		return i-pw == 0 || !arabic.IsWordRune(q)
	}
	return !(p < utf8.RuneSelf && (p >= 'a' && p <= 'z' || p >= 'A' && p <= 'Z' || p == ')' || p == ']' || p == '.' || p == ',' || p == '/')) && !arabic.IsWordRune(p)
}

// chainedAt reports whether a numeral at i continues a dotted or slashed
// chain: a digit, then . ٫ or /, come just before it.
func chainedAt(s string, i int) bool {
	if i == 0 {
		return false
	}
	p, w := utf8.DecodeLastRuneInString(s[:i])
	if p != '.' && p != '\u066B' && p != '/' {
		return false
	}
	q, _ := utf8.DecodeLastRuneInString(s[:i-w])
	_, dsc := arabic.DigitValue(q)
	return dsc != arabic.NoScript
}

// numeralAt scans the numeral at i and builds its number, with any words
// that extend it (a scale word, percent words, bounds).
func (sc *scanner) numeralAt(i int) (Number, bool) {
	n, ok := scanNumeral(sc.s, i, chainedAt(sc.s, i))
	if !ok {
		// Not a number after all (a run of digits too long for an exact
		// value): skip the whole run.
		sc.i = max(n.end, i+1)
		for sc.i < len(sc.s) && isDigitAt(sc.s, sc.i) {
			_, _, w := digitAt(sc.s, sc.i)
			sc.i += w
		}
		return Number{}, false
	}
	return sc.compose(numberToken(n))
}

// wordEnd returns the end of the Arabic word starting at i: letters,
// diacritics, tatweel and presentation forms.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, w := decodeAt(s, i)
		if !arabic.IsWordRune(r) {
			return i
		}
		i += w
	}
	return i
}

// decodeAt decodes the rune at i, with a fast path for the two-byte
// runes U+0600–U+06FF.
func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isLatinLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
