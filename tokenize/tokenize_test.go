package tokenize

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// tk is a compact expected token: text and kind.
type tk struct {
	Text string
	Kind Kind
}

func texts(s string) []tk {
	var out []tk
	for t := range All(s) {
		out = append(out, tk{t.Text, t.Kind})
	}
	return out
}

func words(ws ...string) []tk {
	out := make([]tk, len(ws))
	for i, w := range ws {
		out[i] = tk{w, Word}
	}
	return out
}

func TestTokenKinds(t *testing.T) {
	tests := []struct {
		name, in string
		want     []tk
		reason   string
	}{
		{"empty", "", nil, "no input, no tokens"},
		{"spaces", " \t\n\u00a0\u200f ", nil, "white space and bidi marks are gaps"},
		{"arabic", "وزير الخارجية", words("وزير", "الخارجية"), "words split at spaces"},
		{"comma glued", "الأمريكي، أنتوني", []tk{{"الأمريكي", Word}, {"،", Punct}, {"أنتوني", Word}}, "the Arabic comma is its own token"},
		{"tatweel split", "في غـ زة اليوم", words("في", "غـ زة", "اليوم"), "a word broken by tatweel and a space is one word"},
		{"tatweel", "غــــزة", words("غــــزة"), "tatweel stays inside the word"},
		{"tatweel dash", "دبي ـ قال ـ زعيم", []tk{{"دبي", Word}, {"ـ", Punct}, {"قال", Word}, {"ـ", Punct}, {"زعيم", Word}}, "a tatweel standing alone is a dash, not half of a split word"},
		{"tatweel end", "غـ\n زة", words("غـ", "زة"), "a line break is not a tatweel gap"},
		{"diacritics", "مُحَمَّدٌ", words("مُحَمَّدٌ"), "diacritics stay inside the word"},
		{"zwnj", "می\u200cخواهم", words("می\u200cخواهم"), "a zero-width non-joiner between letters stays in the word"},
		{"thousands", "37,124 ٣٧٬١٢٤", []tk{{"37,124", Number}, {"٣٧٬١٢٤", Number}}, "thousands separators join digits"},
		{"decimals", "1.5 ٣٫٥", []tk{{"1.5", Number}, {"٣٫٥", Number}}, "decimal separators join digits"},
		{"time date", "10:30 2024/06/10", []tk{{"10:30", Number}, {"2024/06/10", Number}}, "times and dates are one number"},
		{"percent", "%50 50٪ 7%", []tk{{"%50", Number}, {"50٪", Number}, {"7%", Number}}, "percent signs attach to the number"},
		{"number then stop", "عام 1979.", []tk{{"عام", Word}, {"1979", Number}, {".", Punct}}, "a final stop is not a decimal separator"},
		{"number comma", "1979، ثم", []tk{{"1979", Number}, {"،", Punct}, {"ثم", Word}}, "Arabic comma after a number"},
		{"punct each", "«نعم»؟! (لا) – —", []tk{{"«", Punct}, {"نعم", Word}, {"»", Punct}, {"؟", Punct}, {"!", Punct}, {"(", Punct}, {"لا", Word}, {")", Punct}, {"–", Punct}, {"—", Punct}}, "each mark is a token"},
		{"ellipsis", "قال... ثم… انتهى", []tk{{"قال", Word}, {"...", Punct}, {"ثم", Word}, {"…", Punct}, {"انتهى", Word}}, "a run of dots is one token"},
		{"abbrev dr", "د. محمد", words("د.", "محمد"), "د. is an abbreviation"},
		{"abbrev afp", "(أ.ف.ب)", []tk{{"(", Punct}, {"أ.ف.ب", Word}, {")", Punct}}, "letters joined by dots are one abbreviation"},
		{"abbrev pobox", "ص.ب 123", []tk{{"ص.ب", Word}, {"123", Number}}, "ص.ب"},
		{"abbrev bc", "300 ق.م", []tk{{"300", Number}, {"ق.م", Word}}, "ق.م"},
		{"abbrev m", "م. أحمد", words("م.", "أحمد"), "م. before a name"},
		{"final m", "عام 2024 م.\nثم", []tk{{"عام", Word}, {"2024", Number}, {"م", Word}, {".", Punct}, {"ثم", Word}}, "a stop at the line end is a stop"},
		{"not abbrev", "هو.ثم", []tk{{"هو", Word}, {".", Punct}, {"ثم", Word}}, "two-letter word with a glued stop"},
		{"latin", "Antony Blinken's G20 COVID-19 U.S. e-mail", []tk{{"Antony", Latin}, {"Blinken's", Latin}, {"G20", Latin}, {"COVID-19", Latin}, {"U.S.", Latin}, {"e-mail", Latin}}, "Latin words keep inner hyphens and apostrophes"},
		{"url", "انظر https://example.com/a?b=1. ثم", []tk{{"انظر", Word}, {"https://example.com/a?b=1", URL}, {".", Punct}, {"ثم", Word}}, "trailing stop stays out of the URL"},
		{"url www", "(www.example.org/path)", []tk{{"(", Punct}, {"www.example.org/path", URL}, {")", Punct}}, "unbalanced bracket stays out"},
		{"email", "info@example.com.", []tk{{"info@example.com", Email}, {".", Punct}}, "e-mail address"},
		{"hashtag", "#غزة #Gaza_2024", []tk{{"#غزة", Hashtag}, {"#Gaza_2024", Hashtag}}, "hashtags"},
		{"mention", "@khabar_news:", []tk{{"@khabar_news", Mention}, {":", Punct}}, "mentions"},
		{"lone hash", "# 1", []tk{{"#", Punct}, {"1", Number}}, "a lone # is punctuation"},
		{"emoji", "👍🏽 🇸🇦 👨‍👩‍👧", []tk{{"👍🏽", Emoji}, {"🇸🇦", Emoji}, {"👨‍👩‍👧", Emoji}}, "emoji with modifiers, flags and ZWJ sequences"},
		{"symbols", "$5 +", []tk{{"$", Symbol}, {"5", Number}, {"+", Symbol}}, "symbols"},
		{"invalid", "غزة\xff\xfeاليوم", []tk{{"غزة", Word}, {"\xff\xfe", Invalid}, {"اليوم", Word}}, "invalid bytes are kept in one invalid token"},
		{"truncated rune", "غزة\xd8", []tk{{"غزة", Word}, {"\xd8", Invalid}}, "a truncated rune at the end"},
		{"mixed", "بلينكنBlinken", []tk{{"بلينكن", Word}, {"Blinken", Latin}}, "script change splits"},
		{"cyrillic", "Москва", []tk{{"Москва", Other}}, "other scripts"},
		{"presentation", "ﻻ", words("ﻻ"), "presentation forms are word runes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.in)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("All(%q) mismatch (-want +got) [%s]:\n%s", tt.in, tt.reason, diff)
			}
		})
	}
}

func TestOffsets(t *testing.T) {
	s := "قال د. أحمد: «37,124» 👍"
	want := []Token{
		{0, 6, "قال", Word},
		{7, 10, "د.", Word},
		{11, 19, "أحمد", Word},
		{19, 20, ":", Punct},
		{21, 23, "«", Punct},
		{23, 29, "37,124", Number},
		{29, 31, "»", Punct},
		{32, 36, "👍", Emoji},
	}
	if diff := cmp.Diff(want, Tokens(s)); diff != "" {
		t.Errorf("Tokens(%q) mismatch (-want +got):\n%s", s, diff)
	}
}

func TestKindString(t *testing.T) {
	want := []string{"other", "word", "latin", "number", "punct", "symbol", "url", "email", "hashtag", "mention", "emoji", "invalid"}
	for k := Other; k <= Invalid; k++ {
		if k.String() != want[k] {
			t.Errorf("Kind(%d).String() = %q, want %q", k, k.String(), want[k])
		}
	}
	if got := Kind(200).String(); got != "kind(200)" {
		t.Errorf("Kind(200).String() = %q", got)
	}
}

// checkInvariants asserts what every tokenisation guarantees.
func checkInvariants(t *testing.T, s string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
			t.Fatalf("token %d %+v out of order or bounds (prev end %d, len %d)", i, tok, prev, len(s))
		}
		if s[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d: s[%d:%d]=%q, Text %q", i, tok.Start, tok.End, s[tok.Start:tok.End], tok.Text)
		}
		checkGap(t, s[prev:tok.Start])
		if tok.Kind != Invalid && !utf8.ValidString(tok.Text) {
			t.Fatalf("token %d %q holds invalid UTF-8 but is %v", i, tok.Text, tok.Kind)
		}
		if tok.Kind == Invalid && utf8.ValidString(tok.Text) {
			t.Fatalf("token %d %q is valid UTF-8 but invalid", i, tok.Text)
		}
		prev = tok.End
	}
	checkGap(t, s[prev:])
}

func checkGap(t *testing.T, g string) {
	t.Helper()
	for _, r := range g {
		if r == utf8.RuneError || !isGapRune(r) {
			t.Fatalf("gap %q holds non-space %U", g, r)
		}
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			t.Fatalf("gap %q holds %U, neither space nor format", g, r)
		}
	}
}

func TestScanTokensMatchesAll(t *testing.T) {
	inputs := []string{
		"زيارة بلينكن إلى القاهرة.. جهود دبلوماسية جديدة لتهدئة الأوضاع في غـ زة \n",
		"د. محمد (أ.ف.ب) 37,124 https://example.com/x. a@b.co \xff end",
		strings.Repeat("غـ  زة ", 50),
	}
	for _, in := range inputs {
		for _, size := range []int{16, 17, 33, 64, 4096} {
			var want []string
			for tok := range All(in) {
				want = append(want, tok.Text)
			}
			sc := bufio.NewScanner(strings.NewReader(in))
			sc.Buffer(make([]byte, size), 1<<20)
			sc.Split(ScanTokens)
			var got []string
			for sc.Scan() {
				got = append(got, sc.Text())
			}
			if err := sc.Err(); err != nil {
				t.Fatalf("size %d: %v", size, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ScanTokens buffer %d on %q differs from All (-want +got):\n%s", size, in, diff)
			}
		}
	}
}

func TestAppendAllocs(t *testing.T) {
	s := "وقال بلينكن للصحفيين: “اتفاق أو لا اتفاق، يظل من الضروري للغاية أن نحصل على المزيد من المساعدات للفلسطينيين”. 37,124 https://x.org #غزة"
	dst := Append(nil, s)
	allocs := testing.AllocsPerRun(100, func() { dst = Append(dst[:0], s) })
	if allocs != 0 {
		t.Errorf("Append with a grown buffer: %v allocs, want 0", allocs)
	}
	sens := AppendSentences(nil, s)
	allocs = testing.AllocsPerRun(100, func() { sens = AppendSentences(sens[:0], s) })
	if allocs != 0 {
		t.Errorf("AppendSentences with a grown buffer: %v allocs, want 0", allocs)
	}
}

// TestSeedFiles tokenises the two seed articles when ../shared is present and
// checks that no word token has punctuation glued to it.
func TestSeedFiles(t *testing.T) {
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("../shared/seeds not found")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		toks := Tokens(s)
		checkInvariants(t, s, toks)
		for _, tok := range toks {
			if tok.Kind != Word {
				continue
			}
			for _, r := range tok.Text {
				if unicode.IsPunct(r) && !(r == '.' && strings.Count(tok.Text, ".") > 0 && utf8.RuneCountInString(tok.Text) <= 5) {
					t.Errorf("%s: word %q has punctuation glued", filepath.Base(f), tok.Text)
				}
			}
		}
	}
}
