package arabic

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/classes.txt from the current tables")

// blocks are the Arabic blocks whose every code point is pinned.
var blocks = []struct {
	name   string
	lo, hi rune
}{
	{"Arabic", 0x0600, 0x06FF},
	{"Arabic Supplement", 0x0750, 0x077F},
	{"Arabic Extended-B", 0x0870, 0x089F},
	{"Arabic Extended-A", 0x08A0, 0x08FF},
	{"Arabic Presentation Forms-A", 0xFB50, 0xFDFF},
	{"Arabic Presentation Forms-B", 0xFE70, 0xFEFF},
}

func classLines() []string {
	var lines []string
	for _, b := range blocks {
		lines = append(lines, "# "+b.name)
		for r := b.lo; r <= b.hi; r++ {
			lines = append(lines, fmt.Sprintf("%04X\t%s", r, Of(r)))
		}
	}
	return lines
}

// TestEveryRune pins the class of every code point of the Arabic blocks
// against testdata/classes.txt, so that any change to a range is a visible
// diff in review. Run with -update after an intended change.
func TestEveryRune(t *testing.T) {
	const golden = "testdata/classes.txt"
	got := classLines()
	if *update {
		if err := os.WriteFile(golden, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(golden)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		want = append(want, sc.Text())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rune classes differ from %s (-want +got):\n%s", golden, diff)
	}
	n := 0
	for _, b := range blocks {
		n += int(b.hi-b.lo) + 1
	}
	if n+len(blocks) != len(got) {
		t.Errorf("walked %d lines, want %d runes + %d headers", len(got), n, len(blocks))
	}
}

// TestClassesAgreeWithUnicode cross-checks every rune of the blocks against
// the general categories of Go's unicode package: a toolchain whose Unicode
// tables move a rune to another category fails here.
func TestClassesAgreeWithUnicode(t *testing.T) {
	for _, b := range blocks {
		for r := b.lo; r <= b.hi; r++ {
			c := Of(r)
			assigned := unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Cf)
			switch {
			case !assigned && c != 0:
				t.Errorf("U+%04X is unassigned but has class %v", r, c)
			case assigned && c == 0:
				t.Errorf("U+%04X (%q) is assigned but has no class", r, r)
			}
			if c&Letter != 0 && !unicode.IsLetter(r) {
				t.Errorf("U+%04X is Letter but not unicode.IsLetter", r)
			}
			if c&(Harakah|Mark) != 0 && !unicode.Is(unicode.Mn, r) {
				t.Errorf("U+%04X is Harakah/Mark but not Mn", r)
			}
			if unicode.Is(unicode.Mn, r) && c&(Harakah|Mark|Quranic) == 0 {
				t.Errorf("U+%04X is Mn but not a diacritic class", r)
			}
			if c&Digit != 0 && !unicode.IsDigit(r) {
				t.Errorf("U+%04X is Digit but not Nd", r)
			}
			if unicode.IsDigit(r) != (c&Digit != 0) {
				t.Errorf("U+%04X: unicode.IsDigit=%v, class %v", r, unicode.IsDigit(r), c)
			}
			if c&Punct != 0 && !unicode.IsPunct(r) {
				t.Errorf("U+%04X is Punct but not P*", r)
			}
			if c&Symbol != 0 && !unicode.IsSymbol(r) {
				t.Errorf("U+%04X is Symbol but not S*", r)
			}
			if c&(Format|Invisible) != 0 && !unicode.Is(unicode.Cf, r) {
				t.Errorf("U+%04X is Format/Invisible but not Cf", r)
			}
			if c&Presentation != 0 && !unicode.IsLetter(r) {
				t.Errorf("U+%04X is Presentation but not a letter", r)
			}
		}
	}
}

func TestOtherRunes(t *testing.T) {
	tests := []struct {
		r    rune
		want Class
	}{
		{' ', 0}, {'a', 0}, {'5', 0}, {'\t', 0},
		{0x00A0, Space}, {0x2003, Space}, {0x202F, Space}, {0x205F, Space}, {0x3000, Space},
		{0x00AD, Invisible}, {0x200B, Invisible}, {0x200C, Invisible}, {0x200D, Invisible},
		{0x200E, Invisible}, {0x200F, Invisible}, {0x061C, Invisible}, {0x202A, Invisible},
		{0x202E, Invisible}, {0x2066, Invisible}, {0x2069, Invisible}, {0xFEFF, Invisible},
		{0x2065, 0}, {0x2010, 0}, {0x0700, 0}, {0x10FFFF, 0}, {-1, 0}, {unicode.ReplacementChar, 0},
	}
	for _, tt := range tests {
		if got := Of(tt.r); got != tt.want {
			t.Errorf("Of(%U) = %v, want %v", tt.r, got, tt.want)
		}
	}
	for r := rune(0); r < 0x3001; r++ {
		if r >= 0x0600 && r < 0x0900 {
			continue
		}
		if unicode.Is(unicode.Zs, r) && r != ' ' && r != 0x1680 && !IsSpace(r) {
			t.Errorf("%U is Zs but not Space", r)
		}
	}
}

func TestPredicates(t *testing.T) {
	tests := []struct {
		r                                           rune
		letter, diacritic, tatweel, word, invisible bool
	}{
		{'ب', true, false, false, true, false},
		{'أ', true, false, false, true, false},
		{'\u064E', false, true, false, true, false},  // fatha
		{'\u0651', false, true, false, true, false},  // shadda
		{'\u0670', false, true, false, true, false},  // superscript alef
		{'\u06DF', false, true, false, true, false},  // Quranic small high rounded zero
		{'\u0640', false, false, true, true, false},  // tatweel
		{'\uFEFB', false, false, false, true, false}, // lam-alef presentation form
		{'٣', false, false, false, false, false},
		{'،', false, false, false, false, false},
		{'\u200F', false, false, false, false, true},
		{'a', false, false, false, false, false},
	}
	for _, tt := range tests {
		got := [5]bool{IsLetter(tt.r), IsDiacritic(tt.r), IsTatweel(tt.r), IsWordRune(tt.r), IsInvisible(tt.r)}
		want := [5]bool{tt.letter, tt.diacritic, tt.tatweel, tt.word, tt.invisible}
		if got != want {
			t.Errorf("%U: [letter diacritic tatweel word invisible] = %v, want %v", tt.r, got, want)
		}
	}
	alef := "ءآأؤإئاٱٲٳٵٶٷٸ"
	for _, r := range alef {
		if !Is(r, AlefHamza) {
			t.Errorf("%q not AlefHamza", r)
		}
	}
	for _, r := range "بتةهوىي" {
		if Is(r, AlefHamza) {
			t.Errorf("%q is AlefHamza", r)
		}
	}
}

func TestDigitValue(t *testing.T) {
	for d := 0; d < 10; d++ {
		for _, s := range []Script{Western, ArabicIndic, Extended} {
			r := s.Zero() + rune(d)
			v, gs := DigitValue(r)
			if v != d || gs != s {
				t.Errorf("DigitValue(%q) = %d, %v; want %d, %v", r, v, gs, d, s)
			}
			if !IsDigit(r) {
				t.Errorf("IsDigit(%q) = false", r)
			}
		}
	}
	for _, r := range []rune{'a', '/', ':', '\u066B', '\u06FA', '\u065F', '\u07C0', '\u0966'} {
		if v, s := DigitValue(r); v != -1 || s != NoScript {
			t.Errorf("DigitValue(%q) = %d, %v; want -1, none", r, v, s)
		}
	}
	if NoScript.Zero() != -1 || NoScript.String() != "none" || Extended.String() != "extended" {
		t.Error("NoScript/Extended accessors wrong")
	}
}

func TestClassString(t *testing.T) {
	if got := (Letter | AlefHamza).String(); got != "Letter|AlefHamza" {
		t.Errorf("String = %q", got)
	}
	if got := Class(0).String(); got != "0" {
		t.Errorf("String = %q", got)
	}
}

func BenchmarkOf(b *testing.B) {
	s := "التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري في القاهرة يوم ١٠ يونيو 2024"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		var n Class
		for _, r := range s {
			n |= Of(r)
		}
		_ = n
	}
}
