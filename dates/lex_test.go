package dates

import (
	"testing"

	"github.com/khabar-nlp/khabar/dates/internal/lexkey"
)

// TestFastFold checks that the scanner's fold of the Arabic block agrees
// with lexkey.Append, which builds the table, on every rune and on words.
func TestFastFold(t *testing.T) {
	for r := rune(0x600); r < 0x700; r++ {
		s := "ب" + string(r) + "ت"
		end, key, _ := scanWord(s, 0, nil)
		if !isWordRune(r) {
			if end != len("ب") {
				t.Errorf("U+%04X is not a word rune but the scan went on to %d", r, end)
			}
			continue
		}
		if want := lexkey.Append(nil, s); string(key) != string(want) || end != len(s) {
			t.Errorf("U+%04X: scanWord key %q end %d, lexkey %q end %d", r, key, end, want, len(s))
		}
	}
	for _, w := range []string{"أَكْتُوبَر", "إبريل", "ذى", "غداً", "الجمعـــة", "تشرین", "يو\u200fنيو", "ما\u200cيو"} {
		_, key, _ := scanWord(w, 0, nil)
		if want := lexkey.Append(nil, w); string(key) != string(want) {
			t.Errorf("scanWord(%q) key %q, lexkey %q", w, key, want)
		}
	}
}

// TestLexkey pins the fold itself.
func TestLexkey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"أَكْتُوبَر", "اكتوبر"},
		{"إبريل", "ابريل"},
		{"آذار", "اذار"},
		{"ذى القعدة", "ذي القعده"},
		{"الجمعـــة", "الجمعه"},
		{"تشرین", "تشرين"},
		{"غداً", "غدا"},
		{"a\xffb", "a\xffb"},
	}
	for _, tc := range tests {
		if got := lexkey.String(tc.in); got != tc.want {
			t.Errorf("lexkey.String(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
