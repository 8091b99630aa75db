package numbers

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are table inputs and news-like lines.
var fuzzSeeds = []string{
	"", "0", "37124", "٣٧٬١٢٤", "۳۷۱۲۴", "37,124.5", "1.250.000", "192.168.1.2", "5/17/2018", "-١ ٤/٥",
	"ما لا يقل عن 37124 شخصا", "نحو 100 رهينة مقابل 240 سجينا", "لمدة ستة أسابيع", "الزيارة الثامنة",
	"سبعة وثلاثون ألفا ومئة وأربعة وعشرون", "بين 10 و20 في المئة", "من 10 إلى 20", "عشرات الآلاف",
	"الحادي والعشرون", "الـ15", "مليون ونصف المليون", "ثلاثة أرباع", "واحد فاصلة خمسة", "1e10", "2.5^-1",
	"25799\u202a,\u202a52", "\xff\xfe٣", "و−٣", "%25", "١2", "99999999999999999999999", "ثلاثمئة وثلاث مئة",
}

// checkSpans checks the extraction invariants.
func checkSpans(t *testing.T, s string, ns []Number) {
	t.Helper()
	prev := 0
	for _, n := range ns {
		if n.Start < prev || n.End <= n.Start || n.End > len(s) {
			t.Fatalf("Find(%q): span [%d,%d) after %d out of order or bounds", s, n.Start, n.End, prev)
		}
		if s[n.Start:n.End] != n.Text {
			t.Fatalf("Find(%q): Text %q != s[%d:%d]", s, n.Text, n.Start, n.End)
		}
		if n.Approx == Range && n.Max.Cmp(n.Value) <= 0 {
			t.Fatalf("Find(%q): range %s..%s", s, n.Value, n.Max)
		}
		prev = n.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	all := Extractor{Options{Relative: true, Ratios: true, Duals: true}}
	f.Fuzz(func(t *testing.T, s string) {
		ns := Find(s)
		checkSpans(t, s, ns)
		checkSpans(t, s, all.Find(s))
		var it []Number
		for n := range All(s) {
			it = append(it, n)
		}
		if len(it) != len(ns) {
			t.Fatalf("All(%q) gives %d numbers, Find %d", s, len(it), len(ns))
		}
		// A number found alone in its own text parses to the same value.
		for _, n := range ns {
			if n.Approx != Exact || !utf8.ValidString(n.Text) {
				continue
			}
			p, err := Parse(n.Text)
			if err == nil && p.Value != n.Value && p.Kind == n.Kind {
				t.Fatalf("Parse(%q) = %s; Find gave %s", n.Text, p.Value, n.Value)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("Parse(%q): unexpected error %v", s, err)
			}
			return
		}
		if n.Start < 0 || n.End > len(s) || s[n.Start:n.End] != n.Text || strings.TrimSpace(n.Text) == "" {
			t.Fatalf("Parse(%q): bad span [%d,%d) %q", s, n.Start, n.End, n.Text)
		}
		// Formatting a parsed value and parsing it again gives it back.
		if n.Value.Terminating() {
			for _, sc := range []Script{Western, ArabicIndic, Extended} {
				f := Format(n.Value, sc)
				p, err := Parse(f)
				if err != nil || p.Value != n.Value {
					t.Fatalf("Parse(Format(%s, %v) = %q) = %s, %v (from %q)", n.Value, sc, f, p.Value, err, s)
				}
			}
		}
	})
}
