package arabic

import (
	"testing"
	"unicode/utf8"
)

// FuzzClasses checks, for every rune of any input (including the
// U+FFFD that invalid bytes decode to), that the predicates agree with Of
// and that digit values are consistent with their scripts.
func FuzzClasses(f *testing.F) {
	f.Add("غـزّة ٣٧٬١٢٤ ۳۷ 37 \u200f\ufeff\u00a0ﻻ ﷲ")
	f.Add("\xff\xd8")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range s {
			c := Of(r)
			if IsLetter(r) != (c&Letter != 0) {
				t.Fatalf("%U: IsLetter disagrees with Of = %v", r, c)
			}
			if IsDiacritic(r) != (c&(Harakah|Mark|Quranic) != 0) {
				t.Fatalf("%U: IsDiacritic disagrees with Of = %v", r, c)
			}
			if IsInvisible(r) != (c&Invisible != 0) || IsSpace(r) != (c&Space != 0) {
				t.Fatalf("%U: IsInvisible/IsSpace disagree with Of = %v", r, c)
			}
			if IsTatweel(r) != (c&Tatweel != 0) {
				t.Fatalf("%U: IsTatweel disagrees with Of = %v", r, c)
			}
			v, sc := DigitValue(r)
			switch {
			case sc == NoScript && v != -1, sc != NoScript && (v < 0 || v > 9 || sc.Zero()+rune(v) != r):
				t.Fatalf("%U: DigitValue = %d, %v", r, v, sc)
			case sc == ArabicIndic || sc == Extended:
				if c&Digit == 0 {
					t.Fatalf("%U: Arabic digit without the Digit class", r)
				}
			}
			if !utf8.ValidRune(r) {
				t.Fatalf("range produced an invalid rune %U", r)
			}
		}
	})
}
