package fold

import "testing"

func TestWord(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"أمل", "امل", true},
		{"إسرائيل", "اسرائيل", true},
		{"آخر", "اخر", true},
		{"على", "علي", true},
		{"مُحَمَّدٌ", "محمد", true},
		{"غــزة", "غزة", true},
		{"ی", "ي", true},
		{"ک", "ك", true},
		{"گ", "گ", true},
		{"Gaza", "", false},
		{"غزة1", "", false},
		{"", "", true},
	}
	for _, tt := range tests {
		got, ok := Word(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Word(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLetterRange(t *testing.T) {
	for r := rune(0x0600); r < 0x0700; r++ {
		f, ok := Letter(r)
		if ok && Skip(r) {
			t.Errorf("%U is both a letter and skipped", r)
		}
		if ok && (f < 0x0621 || f > 0x06AF) {
			t.Errorf("Letter(%U) = %U, outside the Arabic letters", r, f)
		}
	}
}
