package numbers

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// atomType is the grammatical role of a number word.
type atomType uint8

const (
	aNone    atomType = iota
	aUnit             // 0–9: صفر، واحد، ثلاثة، ثلاث
	aTen              // 10: عشرة، عشر (alone, or the second word of 11–19)
	aTeen             // 11–19 written as one word (Egyptian حداشر، ستاشر)
	aTens             // 20–90: عشرون، عشرين
	aHundred          // 100–900: مئة، مائتان، ثلاثمئة
	aScale            // ألف، مليون، مليار، تريليون (count 1, 2 or plural)
	aFrac             // نصف، ثلث، ربع ... (num/den; plural أرباع)
	aOrd              // الأول، الثاني ... العاشر، الحادي
	aVague            // عشرات، مئات، بضعة
	aDozen            // دزينة، دستة
	aPoint            // فاصلة (decimal point)
	aNeg              // سالب، ناقص
	aRel              // التالي، السابق، الحالي، الأخير
	aDual             // يومين، عامين، رقمان: a dual noun, the count 2
)

// atom is a number word's meaning.
type atom struct {
	typ atomType
	val int64 // the value; for aScale the scale, for aFrac the denominator
	// cnt is 1, 2 (dual) or 0 (plural) for aScale, aFrac and aDozen; the
	// numerator for aFrac; for aRel the relative offset.
	cnt int8
	// amb marks words that are numbers only in some contexts: خمس (five or
	// a fifth), ثمن (an eighth or price), أحد (one, or anyone).
	amb bool
	fem bool // the feminine form (for aUnit, aOrd)
	// end marks relative ordinals counted from the end (الأخير).
	end bool
	// coll marks colloquial spellings, which take no preposition.
	coll bool
}

// lexEntry is a line of data/words.txt: the spellings of one meaning.
type lexEntry struct {
	words string
	atom  atom
}

// lexicon maps a folded word (see fold) to its meaning. It is built once
// at package initialisation from lexiconEntries (tables.go, generated from
// data/words.txt) and never changed.
var lexicon = func() map[string]atom {
	m := make(map[string]atom, 512)
	for _, e := range lexiconEntries {
		for _, w := range strings.Fields(e.words) {
			k := foldString(w)
			if _, dup := m[k]; dup {
				continue
			}
			m[k] = e.atom
		}
	}
	// Fused hundreds: ثلاثمئة، ثلاثمائة، خمسمية ...
	for _, u := range []struct {
		w string
		v int64
	}{{"ثلاث", 3}, {"أربع", 4}, {"خمس", 5}, {"ست", 6}, {"سبع", 7}, {"ثمان", 8}, {"ثماني", 8}, {"تسع", 9},
		{"تلت", 3}, {"تلات", 3}, {"ربع", 4}, {"تمن", 8}, {"تمان", 8}} {
		for _, h := range []string{"مئة", "مائة", "مية", "ميه", "مايه", "مئه"} {
			k := foldString(u.w + h)
			if _, dup := m[k]; !dup {
				m[k] = atom{typ: aHundred, val: u.v * 100}
			}
		}
	}
	return m
}()

// maxKey is the longest folded word, in bytes, that can be a number word
// with its clitics.
const maxKey = 48

// fold writes the folded form of the word s[i:e] into buf: diacritics,
// tatweel and invisible controls dropped, أ إ آ ٱ → ا, ة → ه, ى → ي, Persian
// ی ک → ي ك. pos[k] is the byte offset in s of the rune that became the
// k-th byte pair of the key. It returns the key length, or -1 if the word
// is too long or has a rune that folds to nothing Arabic.
func fold(s string, i, e int, buf *[maxKey]byte, pos *[maxKey / 2]int) int {
	n := 0
	for i < e {
		var r rune
		w := 2
		if c := s[i]; c >= 0xD8 && c <= 0xDB && i+1 < e && s[i+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
		} else {
			r, w = utf8.DecodeRuneInString(s[i:e])
		}
		switch f := foldTable[r&0xFF]; {
		case r < 0x0600 || r > 0x06FF:
			if arabic.IsInvisible(r) {
				i += w
				continue
			}
			return -1
		case f == 0:
			i += w
			continue
		default:
			r = f
		}
		if n+2 > maxKey {
			return -1
		}
		pos[n/2] = i
		buf[n] = byte(0xC0 | r>>6)
		buf[n+1] = byte(0x80 | r&0x3F)
		n += 2
		i += w
	}
	return n
}

// foldTable maps each rune of U+0600–U+06FF (by its low byte) to its folded
// form, or to 0 for the runes fold drops (diacritics, tatweel).
var foldTable = func() (t [256]rune) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		f := r
		switch {
		case arabic.IsDiacritic(r) || r == arabic.TatweelRune || arabic.IsInvisible(r):
			f = 0
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			f = 'ا'
		case r == 'ة':
			f = 'ه'
		case r == 'ى' || r == 'ی':
			f = 'ي'
		case r == 'ک':
			f = 'ك'
		}
		t[r&0xFF] = f
	}
	return t
}()

// foldString folds a whole word (for building tables).
func foldString(w string) string {
	var buf [maxKey]byte
	var pos [maxKey / 2]int
	n := fold(w, 0, len(w), &buf, &pos)
	if n < 0 {
		panic("numbers: bad lexicon word " + w)
	}
	return string(buf[:n])
}

// letterIndex returns the index 0–255 of the Arabic letter (U+0600–U+06FF)
// whose two UTF-8 bytes start k.
func letterIndex(k []byte) int {
	return (int(k[0]&0x1F)<<6 | int(k[1]&0x3F)) - 0x600
}

// startPairs marks the first two letters of the lexicon words, so that
// most words are rejected without a map lookup.
var startPairs = func() (t [256 * 256 / 64]uint64) {
	for k := range lexicon {
		if len(k) >= 4 {
			i := letterIndex([]byte(k))<<8 | letterIndex([]byte(k[2:]))
			t[i/64] |= 1 << (i % 64)
		}
	}
	return t
}()

// mayBeWord reports whether a lexicon word may start with the folded k.
func mayBeWord(k []byte) bool {
	if len(k) < 4 {
		return false
	}
	i := letterIndex(k)<<8 | letterIndex(k[2:])
	return startPairs[i/64]&(1<<(i%64)) != 0
}
