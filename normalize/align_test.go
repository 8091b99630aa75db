package normalize_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/normalize"
)

func TestMapSpans(t *testing.T) {
	tests := []struct {
		name   string
		p      normalize.Profile
		in     string
		word   string // a word of the normalised text
		want   string // the original text it maps back to
		reason string
	}{
		{"split word", normalize.Display, "الأوضاع في غـ زة الآن", "غزة", "غـ زة", "the repaired gap belongs to the word"},
		{"diacritics inside", normalize.Search, "قالَ مُحَمَّدٌ اليوم", "محمد", "مُحَمَّد", "removed diacritics inside a word are kept in its span; the trailing tanween is left out"},
		{"folded letters", normalize.Search, "ذهب إلى المدرسة", "الي", "إلى", "same-length replacements map one to one"},
		{"ligature", normalize.Search, "قال ﻻ شيء", "لا", "ﻻ", "an expansion maps to its source rune"},
		{"part of ligature", normalize.Search, "ﻻ", "ل", "ﻻ", "a part of an expansion covers the whole source rune"},
		{"digits", normalize.Search, "عام ١٩٧٩م", "1979", "١٩٧٩", "two-byte digits became one-byte digits"},
		{"leading control", normalize.Display, "\u200fغزة", "غزة", "غزة", "a removed control at the edge is left out"},
		{"tatweel end", normalize.Display, "كتابـ جديد", "كتاب", "كتاب", "a trailing tatweel is left out of the span"},
		{"quotes", normalize.Search, "“غزة”", "\"غزه\"", "“غزة”", ""},
		{"spaces", normalize.Search, "أ\u00a0\u00a0  ب", " ", "\u00a0", "a collapsed run maps to its first space"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, al := tc.p.Map(tc.in)
			i := strings.Index(out, tc.word)
			if i < 0 {
				t.Fatalf("Map(%q) = %q, no %q in it", tc.in, out, tc.word)
			}
			s, e := al.OriginalSpan(i, i+len(tc.word))
			if got := tc.in[s:e]; got != tc.want {
				t.Errorf("Map(%q): %q at [%d,%d) maps to %q, want %q (%s)", tc.in, tc.word, i, i+len(tc.word), got, tc.want, tc.reason)
			}
			ns, ne := al.NormalizedSpan(s, e)
			if ns > i || ne < i+len(tc.word) {
				t.Errorf("NormalizedSpan(%d, %d) = [%d,%d), does not cover [%d,%d)", s, e, ns, ne, i, i+len(tc.word))
			}
		})
	}
}

// checkAlignment checks the invariants every alignment has.
func checkAlignment(t *testing.T, name, in, out string, al *normalize.Alignment) {
	t.Helper()
	if al.Len() != len(out) || al.OriginalLen() != len(in) {
		t.Fatalf("%s %q: Len %d, OriginalLen %d; want %d, %d", name, in, al.Len(), al.OriginalLen(), len(out), len(in))
	}
	prev := 0
	for i := 0; i <= len(out); i++ {
		o := al.Original(i)
		if o < prev || o > len(in) {
			t.Fatalf("%s %q: Original(%d) = %d after %d: not monotonic or out of [0,%d]", name, in, i, o, prev, len(in))
		}
		prev = o
	}
	if al.Original(len(out)) != len(in) {
		t.Errorf("%s %q: Original(Len) = %d, want %d", name, in, al.Original(len(out)), len(in))
	}
	for i := 0; i < len(out); i++ {
		s, e := al.OriginalSpan(i, i+1)
		if s > e || s < 0 || e > len(in) {
			t.Fatalf("%s %q: OriginalSpan(%d,%d) = [%d,%d)", name, in, i, i+1, s, e)
		}
		ns, ne := al.NormalizedSpan(s, e)
		if ns > i || ne < i+1 {
			t.Fatalf("%s %q: NormalizedSpan(OriginalSpan(%d,%d)) = [%d,%d), does not cover it", name, in, i, i+1, ns, ne)
		}
	}
	for o := 0; o <= len(in); o++ {
		s, e := al.NormalizedSpan(o, len(in))
		if s > e || s < 0 || e > len(out) {
			t.Fatalf("%s %q: NormalizedSpan(%d,%d) = [%d,%d)", name, in, o, len(in), s, e)
		}
	}
}

func TestAlignmentInvariants(t *testing.T) {
	for _, p := range namedProfiles {
		for _, tc := range opCases {
			out, al := p.p.Map(tc.in)
			checkAlignment(t, p.name, tc.in, out, al)
		}
	}
}

func TestAlignmentIdentity(t *testing.T) {
	in := "غزة اليوم"
	out, al := normalize.Display.Map(in)
	var got []int
	for i := 0; i <= len(out); i++ {
		got = append(got, al.Original(i))
	}
	var want []int
	for i := 0; i <= len(in); i++ {
		want = append(want, i)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Original on unchanged text (-want +got):\n%s", diff)
	}
}
