package hijri

import (
	"slices"
	"time"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// monthNames are the canonical Arabic names of the Hijri months, as CLDR
// spells them for the islamic calendars in Arabic locales.
var monthNames = [13]string{
	"",
	"محرم",
	"صفر",
	"ربيع الأول",
	"ربيع الآخر",
	"جمادى الأولى",
	"جمادى الآخرة",
	"رجب",
	"شعبان",
	"رمضان",
	"شوال",
	"ذو القعدة",
	"ذو الحجة",
}

// monthTransliterations are the usual English transliterations.
var monthTransliterations = [13]string{
	"",
	"Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhira",
	"Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah",
}

// monthVariants lists the spellings news text uses for each month, beyond
// what folding (see foldRune) already equates: hamza forms of alef, ى/ي,
// ة/ه, diacritics and tatweel are ignored, so "ذى القعده" and "جمادي الاولي"
// need no entry of their own.
var monthVariants = [13][]string{
	1:  {"محرم", "المحرم"},
	2:  {"صفر"},
	3:  {"ربيع الأول", "ربيع أول"},
	4:  {"ربيع الآخر", "ربيع الثاني", "ربيع آخر", "ربيع ثاني"},
	5:  {"جمادى الأولى", "جمادى الأول", "جمادى أولى"},
	6:  {"جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني", "جمادى آخرة"},
	7:  {"رجب"},
	8:  {"شعبان"},
	9:  {"رمضان"},
	10: {"شوال"},
	11: {"ذو القعدة", "ذي القعدة", "ذا القعدة"},
	12: {"ذو الحجة", "ذي الحجة", "ذا الحجة"},
}

// weekdayNames are the Arabic weekday names, indexed by time.Weekday.
var weekdayNames = [7]string{"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"}

// weekdayVariants adds the spellings without the final hamza.
var weekdayVariants = [7][]string{
	{"الأحد"}, {"الاثنين"}, {"الثلاثاء", "الثلاثا"}, {"الأربعاء", "الأربعا"}, {"الخميس"}, {"الجمعة"}, {"السبت"},
}

// MonthName returns the Arabic name of Hijri month m (1..12), e.g. "ذو الحجة"
// for 12, or "" if m is out of range.
func MonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return monthNames[m]
}

// MonthNameEnglish returns the English transliteration of month m (1..12),
// e.g. "Dhu al-Hijjah", or "" if m is out of range.
func MonthNameEnglish(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return monthTransliterations[m]
}

// WeekdayName returns the Arabic name of w, e.g. "الأحد" for time.Sunday,
// or "" if w is not a weekday.
func WeekdayName(w time.Weekday) string {
	if w < time.Sunday || w > time.Saturday {
		return ""
	}
	return weekdayNames[w]
}

// key is a name folded with foldRune; a space stands for any run (possibly
// empty) of spaces and ignorable runes.
type key struct {
	runes []rune
	value int
}

// first returns the key's first folded rune.
func (k *key) first() rune { return k.runes[0] }

// keySet is a list of keys with what matchLongest needs to reject a
// position quickly: the distinct first runes and the longest key.
type keySet struct {
	keys   []key
	firsts []rune
	maxLen int // in folded runes, spaces included
}

// The folded name tables, built once from the lists above and never changed.
var (
	monthKeys   = buildKeys(monthVariants[:])
	weekdayKeys = buildKeys(weekdayVariants[:])
)

func buildKeys(variants [][]string) keySet {
	var ks keySet
	for v, names := range variants {
		for _, name := range names {
			var k []rune
			for _, r := range name {
				switch f := foldRune(r); {
				case f == ' ':
					if len(k) > 0 && k[len(k)-1] != ' ' {
						k = append(k, ' ')
					}
				case f >= 0:
					k = append(k, f)
				}
			}
			ks.keys = append(ks.keys, key{runes: k, value: v})
			ks.maxLen = max(ks.maxLen, len(k))
			if !slices.Contains(ks.firsts, k[0]) {
				ks.firsts = append(ks.firsts, k[0])
			}
		}
	}
	if ks.maxLen+1 > maxFold {
		panic("hijri: a name is longer than maxFold") // a programming error in the tables
	}
	return ks
}

// foldRune maps r to the form names are compared in: alef with hamza or
// madda and alef wasla become bare alef, alef maksura becomes yeh, teh
// marbuta becomes heh, every space becomes ' ', and diacritics, tatweel and
// invisible controls return -1 (ignored).
func foldRune(r rune) rune {
	if r >= 0x0621 && r <= 0x064A { // the basic Arabic letters: the common case
		switch r {
		case arabic.AlefHamzaAbove, arabic.AlefHamzaBelow, arabic.AlefMadda:
			return arabic.Alef
		case arabic.AlefMaksura:
			return arabic.Yeh
		case arabic.TehMarbuta:
			return arabic.Heh
		case arabic.TatweelRune:
			return -1
		}
		return r
	}
	if r < 0x80 {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}
	if r == arabic.AlefWasla {
		return arabic.Alef
	}
	if arabic.IsDiacritic(r) || arabic.IsTatweel(r) || arabic.IsInvisible(r) {
		return -1
	}
	if arabic.IsSpace(r) {
		return ' '
	}
	return r
}

// maxFold is the most folded runes any name here has, plus room for the
// rune after it.
const maxFold = 24

// folded is the start of a string in folded form: r[i] is the i-th folded
// rune (a run of spaces and invisible controls is one ' '), end[i] the byte
// offset just after it, including any diacritics and tatweel that follow it
// (they belong to the letter).
type folded struct {
	r   [maxFold]rune
	end [maxFold]int
	n   int
}

// fold folds up to limit (≤ maxFold) runes from the start of s into f. It
// stops early, with no runes, if s starts with a diacritic, tatweel or space:
// a name cannot start there.
func (f *folded) fold(s string, limit int) {
	f.n = 0
	i := 0
	for i < len(s) && f.n < limit {
		r, size := decodeRune(s[i:])
		c := foldRune(r)
		if c < 0 && arabic.IsInvisible(r) {
			c = ' '
		}
		switch {
		case c < 0: // diacritic or tatweel: part of the previous letter
			if f.n == 0 {
				return
			}
			i += size
			if f.r[f.n-1] != ' ' {
				f.end[f.n-1] = i
			}
			continue
		case c == ' ':
			if f.n == 0 {
				return
			}
			i += size
			if f.r[f.n-1] == ' ' {
				f.end[f.n-1] = i
				continue
			}
		default:
			i += size
		}
		f.r[f.n], f.end[f.n] = c, i
		f.n++
		if c != ' ' && (c < 0x0621 || c > 0x064A) {
			// Names hold only basic Arabic letters and spaces: nothing
			// after this rune can be part of a match, and it is kept only
			// as the rune after a possible match.
			return
		}
	}
}

// match returns how many bytes of the folded string key k matches, or -1.
// A space in the key matches one space run or nothing ("ذوالحجة"). The match
// must end at a word boundary: the next folded rune must not be a letter or a
// digit.
func (f *folded) match(k []rune) int {
	i := 0
	for _, kr := range k {
		if kr == ' ' {
			if i < f.n && f.r[i] == ' ' {
				i++
			}
			continue
		}
		if i >= f.n || f.r[i] != kr {
			return -1
		}
		i++
	}
	if i == 0 {
		return -1
	}
	if i < f.n {
		if next := f.r[i]; arabic.IsWordRune(next) || arabic.IsDigit(next) || isASCIIAlnum(next) {
			return -1
		}
	}
	if f.r[i-1] == ' ' { // a key never ends in a space, but be safe
		return -1
	}
	return f.end[i-1]
}

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// matchLongest returns the value and length of the longest key matching at
// the start of s.
func matchLongest(s string, ks *keySet) (value, n int, ok bool) {
	if s == "" {
		return 0, 0, false
	}
	// Reject most positions on their first rune before folding more.
	r, _ := decodeRune(s)
	if !slices.Contains(ks.firsts, foldRune(r)) {
		return 0, 0, false
	}
	var f folded
	f.fold(s, ks.maxLen+1)
	if f.n == 0 {
		return 0, 0, false
	}
	best := -1
	keys := ks.keys
	for i := range keys {
		if keys[i].first() != f.r[0] {
			continue
		}
		if m := f.match(keys[i].runes); m > best {
			best, value = m, keys[i].value
		}
	}
	if best <= 0 {
		return 0, 0, false
	}
	return value, best, true
}

// MatchMonth reports whether s starts with a Hijri month name, and if so
// which month (1..12) and how many bytes of s the name takes. Spelling
// variants are accepted (محرم/المحرم, ربيع الآخر/الثاني, جمادى الأولى/الأول,
// جمادى الآخرة/الثانية, ذو/ذي/ذا القعدة, ذو/ذي الحجة), as are the hamza forms
// of alef, ى for ي and ه for ة, diacritics, tatweel, invisible controls, any
// run of spaces between words, and no space at all ("ذوالحجة"). The name must
// end at a word boundary, so "رمضانيات" does not match. It does not skip
// leading spaces, and it never allocates.
//
// Some month names are also ordinary words (صفر is "zero", رجب and شعبان are
// personal names); deciding whether a match is a date is up to the caller.
func MatchMonth(s string) (month, n int, ok bool) {
	return matchLongest(s, &monthKeys)
}

// MonthByName returns the month (1..12) named by s, which must hold just the
// name (leading and trailing spaces are ignored), with the tolerance of
// [MatchMonth].
func MonthByName(s string) (int, bool) {
	s = trimSpace(s)
	m, n, ok := MatchMonth(s)
	if !ok || trimSpace(s[n:]) != "" {
		return 0, false
	}
	return m, true
}

// MatchWeekday is [MatchMonth] for the Arabic weekday names (الأحد …
// السبت, with or without hamza).
func MatchWeekday(s string) (w time.Weekday, n int, ok bool) {
	v, n, ok := matchLongest(s, &weekdayKeys)
	return time.Weekday(v), n, ok
}

// trimSpace removes leading and trailing spaces and ignorable runes.
func trimSpace(s string) string {
	for len(s) > 0 {
		r, n := decodeRune(s)
		if f := foldRune(r); f != ' ' && f >= 0 {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if f := foldRune(r); f != ' ' && !arabic.IsInvisible(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// decodeRune is utf8.DecodeRuneInString with a fast path for the two-byte
// sequences of Arabic letters, which the standard function decodes on its
// slow path.
func decodeRune(s string) (rune, int) {
	if len(s) >= 2 && s[0] >= 0xC2 && s[0] <= 0xDF && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}
