package numbers

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		n    int64
		opts WordsOptions
		want string
	}{
		{0, WordsOptions{}, "صفر"},
		{1, WordsOptions{}, "واحد"},
		{1, WordsOptions{Gender: Feminine}, "واحدة"},
		{2, WordsOptions{Case: Accusative}, "اثنين"},
		{3, WordsOptions{}, "ثلاثة"},
		{3, WordsOptions{Gender: Feminine}, "ثلاث"},
		{8, WordsOptions{Gender: Feminine}, "ثماني"},
		{11, WordsOptions{}, "أحد عشر"},
		{11, WordsOptions{Gender: Feminine}, "إحدى عشرة"},
		{12, WordsOptions{Case: Genitive}, "اثني عشر"},
		{12, WordsOptions{Gender: Feminine}, "اثنتا عشرة"},
		{21, WordsOptions{}, "واحد وعشرون"},
		{21, WordsOptions{Gender: Feminine, Case: Accusative}, "إحدى وعشرين"},
		{200, WordsOptions{}, "مئتان"},
		{200, WordsOptions{Case: Genitive}, "مئتين"},
		{300, WordsOptions{}, "ثلاثمئة"},
		{1000, WordsOptions{}, "ألف"},
		{2000, WordsOptions{}, "ألفان"},
		{3000, WordsOptions{}, "ثلاثة آلاف"},
		{11000, WordsOptions{}, "أحد عشر ألفا"},
		{100000, WordsOptions{}, "مئة ألف"},
		{37124, WordsOptions{}, "سبعة وثلاثون ألفا ومئة وأربعة وعشرون"},
		{1500000, WordsOptions{}, "مليون وخمسمئة ألف"},
		{-5, WordsOptions{}, "سالب خمسة"},
		{1e15, WordsOptions{}, "كوادريليون"},
	}
	for _, tt := range tests {
		if got := Words(tt.n, tt.opts); got != tt.want {
			t.Errorf("Words(%d, %+v) = %q; want %q", tt.n, tt.opts, got, tt.want)
		}
	}
}

// roundTrip checks Parse(Words(n)) == n in every gender and case.
func roundTrip(t *testing.T, n int64) {
	t.Helper()
	for _, g := range []Gender{Masculine, Feminine} {
		for _, c := range []Case{Nominative, Accusative, Genitive} {
			w := Words(n, WordsOptions{g, c})
			p, err := Parse(w)
			if err != nil {
				t.Fatalf("Parse(Words(%d, %v/%v) = %q): %v", n, g, c, w, err)
			}
			if v, ok := p.Value.Int64(); !ok || v != n || p.Kind != Cardinal {
				t.Fatalf("Parse(Words(%d, %v/%v) = %q) = %s %s", n, g, c, w, p.Value, p.Kind)
			}
		}
	}
}

func TestWordsRoundTrip(t *testing.T) {
	for n := int64(-300); n <= 12000; n++ {
		roundTrip(t, n)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		roundTrip(t, r.Int64()>>r.IntN(63))
		roundTrip(t, -r.Int64()>>r.IntN(63))
	}
	for _, n := range []int64{math.MaxInt64, math.MinInt64, math.MinInt64 + 1, 1e18, 2e18, 1e15 + 1, 999_999_999_999_999_999} {
		roundTrip(t, n)
	}
}

func FuzzWordsRoundTrip(f *testing.F) {
	for _, n := range []int64{0, 1, 11, 101, 37124, 1e15, math.MaxInt64, math.MinInt64} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int64) { roundTrip(t, n) })
}

func TestFormat(t *testing.T) {
	tests := []struct {
		v    Value
		sc   Script
		want string
	}{
		{IntValue(37124), Western, "37,124"},
		{IntValue(37124), ArabicIndic, "٣٧٬١٢٤"},
		{IntValue(-1234567), Extended, "-۱٬۲۳۴٬۵۶۷"},
		{mustValue(15, -1), ArabicIndic, "١٫٥"},
		{mustValue(1, -1), Western, "0.1"},
		{IntValue(0), ArabicIndic, "٠"},
	}
	for _, tt := range tests {
		got := Format(tt.v, tt.sc)
		if got != tt.want {
			t.Errorf("Format(%s, %v) = %q; want %q", tt.v, tt.sc, got, tt.want)
		}
		p, err := Parse(got)
		if err != nil || p.Value != tt.v {
			t.Errorf("Parse(Format(%s, %v) = %q) = %s, %v", tt.v, tt.sc, got, p.Value, err)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		v := mustValue(r.Int64()>>r.IntN(63), -r.IntN(10))
		for _, sc := range []Script{Western, ArabicIndic, Extended} {
			s := Format(v, sc)
			if p, err := Parse(s); err != nil || p.Value != v {
				t.Fatalf("Parse(Format(%s) = %q) = %s, %v", v, s, p.Value, err)
			}
		}
	}
}

func mustValue(c int64, e int) Value {
	v, err := NewValue(c, e)
	if err != nil {
		panic(err)
	}
	return v
}
