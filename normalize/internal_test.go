package normalize

import (
	"math/rand"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// TestMaxRuneOut checks the bound on the output of one input rune that the
// Transformer relies on.
func TestMaxRuneOut(t *testing.T) {
	longest := 0
	for _, s := range presentation() {
		longest = max(longest, len(s))
	}
	if longest > maxRuneOut || longest < 30 {
		t.Errorf("longest presentation form expansion is %d bytes; maxRuneOut is %d", longest, maxRuneOut)
	}
}

// TestDecode compares decode with utf8.DecodeRune on every one- to
// three-byte sequence of interesting bytes and on random four-byte input.
func TestDecode(t *testing.T) {
	check := func(b []byte) {
		r1, n1 := utf8.DecodeRune(b)
		r2, n2 := decode(b, 0)
		r3, n3 := decode(string(b), 0)
		if r1 != r2 || n1 != n2 || r1 != r3 || n1 != n3 {
			t.Fatalf("decode(%q) = %U,%d / %U,%d; utf8 %U,%d", b, r2, n2, r3, n3, r1, n1)
		}
		if f1, f2 := utf8.FullRune(b), fullRune(b); f1 != f2 {
			t.Fatalf("fullRune(%q) = %v, utf8 %v", b, f2, f1)
		}
	}
	for a := 0; a < 256; a++ {
		check([]byte{byte(a)})
		for b := 0x70; b < 0xD0; b++ {
			check([]byte{byte(a), byte(b)})
			check([]byte{byte(a), byte(b), 0x80})
			check([]byte{byte(a), byte(b), 0x80, 0xBF})
		}
	}
	rng := rand.New(rand.NewSource(1))
	for range 200000 {
		b := []byte{byte(rng.Intn(256)), byte(rng.Intn(256)), byte(rng.Intn(256)), byte(rng.Intn(256))}
		check(b[:1+rng.Intn(4)])
	}
}

// luceneReference is ArabicNormalizer's documented rule set, written out
// rune by rune.
func luceneReference(s string) string {
	var out []rune
	for _, r := range s {
		switch r {
		case 0x0622, 0x0623, 0x0625:
			out = append(out, 0x0627)
		case 0x0649:
			out = append(out, 0x064A)
		case 0x0629:
			out = append(out, 0x0647)
		case 0x0640, 0x064B, 0x064C, 0x064D, 0x064E, 0x064F, 0x0650, 0x0651, 0x0652:
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

// TestLuceneEveryRune checks the Lucene profile against the reference on
// every rune of the BMP, alone and between two letters.
func TestLuceneEveryRune(t *testing.T) {
	p := Profile{build(options{alef3: true, yeh: MaksuraToYeh, teh: true, tatweel: TatweelAll, harakat: true, shadda: true})}
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		for _, s := range []string{string(r), "ب" + string(r) + "ت"} {
			if got, want := p.String(s), luceneReference(s); got != want {
				t.Fatalf("Lucene(%+q) = %+q, want %+q", s, got, want)
			}
		}
	}
}

// TestSearchRemovesMarks pins which runes of the Arabic blocks Search
// removes against Go's unicode tables (Unicode 15 in Go 1.26): exactly the
// Mn marks, the two Quranic small letters of category Lm, tatweel and the
// Arabic letter mark. A toolchain whose tables move a rune fails here.
func TestSearchRemovesMarks(t *testing.T) {
	p := Search.impl()
	for r := rune(0x0600); r < 0x0900; r++ {
		if r >= 0x0700 && r < 0x0750 || r >= 0x0780 && r < 0x0870 {
			continue // Syriac, Thaana, NKo, Samaritan, Mandaic
		}
		removed := p.lookup(r).kind() == kDrop || r == arabic.TatweelRune
		want := unicode.Is(unicode.Mn, r) || r == 0x06E5 || r == 0x06E6 || r == arabic.TatweelRune || r == arabic.LetterMark
		if removed != want {
			t.Errorf("Search removes %U: %v, want %v (category Mn %v)", r, removed, want, unicode.Is(unicode.Mn, r))
		}
	}
}

// TestEveryRune runs every rune of the BMP and a sample of the other planes
// through each named profile: no panic, idempotent, alignment in bounds.
func TestEveryRune(t *testing.T) {
	if testing.Short() {
		t.Skip("every rune skipped in -short mode")
	}
	for _, p := range []Profile{Display, Search, Lucene, Display.With(ComposeNFC())} {
		for r := rune(0); r <= 0x10FFFF; r++ {
			if r >= 0xD800 && r < 0xE000 || r > 0xFFFF && r&0xFF != 0 {
				continue
			}
			s := "ب" + string(r) + " "
			once := p.String(s)
			if twice := p.String(once); twice != once {
				t.Fatalf("not idempotent on %+q: %+q then %+q", s, once, twice)
			}
			out, al := p.Map(s)
			if out != once || al.Original(len(out)) != len(s) {
				t.Fatalf("Map(%+q) = %+q, Original(end) %d; String %+q", s, out, al.Original(len(out)), once)
			}
		}
	}
}
