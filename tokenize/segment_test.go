package tokenize

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// forms renders segments as "form/role" joined by " + ".
func forms(segs []Segment) string {
	var b strings.Builder
	for i, s := range segs {
		if i > 0 {
			b.WriteString(" + ")
		}
		b.WriteString(s.Form + "/" + s.Role.String())
	}
	return b.String()
}

func TestSegmentWord(t *testing.T) {
	tests := []struct {
		word   string
		scheme Scheme
		want   string
		reason string
	}{
		{"وبلينكن", Clitics, "و/conj + بلينكن/stem", "conjunction before an unknown name"},
		{"لإسرائيل", Clitics, "ل/prep + إسرائيل/stem", "preposition before a name"},
		{"للفلسطينيين", Clitics, "ل/prep + الفلسطينيين/stem", "the article hidden after ل is restored in the form"},
		{"للفلسطينيين", Article, "ل/prep + ال/det + فلسطينيين/stem", "Article cuts the restored article"},
		{"مما", Clitics, "من/prep + ما/stem", "من fused with ما"},
		{"عما", Full, "عن/prep + ما/stem", "عن fused with ما"},
		{"بالرئيس", Clitics, "ب/prep + الرئيس/stem", "preposition before the article"},
		{"بالرئيس", Article, "ب/prep + ال/det + رئيس/stem", "article cut"},
		{"وسيقام", Clitics, "و/conj + س/fut + يقام/stem", "future particle"},
		{"ترشيحاتها", Clitics, "ترشيحات/stem + ها/pron", "pronoun enclitic"},
		{"ترشيحاتها", Full, "ترشيح/stem + ات/infl + ها/pron", "Full cuts the plural suffix"},
		{"الأكاديمية", Full, "ال/det + أكاديمي/stem + ة/infl", "Full cuts ة"},
		{"لحفلها", Clitics, "ل/prep + حفل/stem + ها/pron", "preposition and pronoun"},
		{"له", Clitics, "ل/stem + ه/pron", "a preposition carrying a pronoun"},
		{"وقال", Clitics, "و/conj + قال/stem", "conjunction before a verb"},
		{"وهو", Clitics, "و/conj + هو/stem", "conjunction before a pronoun"},
		{"كما", Clitics, "كما/stem", "a function word stays whole"},
		{"الذي", Article, "الذي/stem", "the relative pronoun is not article + stem"},
		{"مُحَمَّدٌ", Clitics, "مُحَمَّدٌ/stem", "diacritics stay inside the segment"},
		{"بالـرئيس", Article, "ب/prep + الـ/det + رئيس/stem", "tatweel stays with its letter"},
	}
	for _, tt := range tests {
		t.Run(tt.word+"/"+tt.scheme.String(), func(t *testing.T) {
			got := SegmentWord(tt.word, tt.scheme)
			if diff := cmp.Diff(tt.want, forms(got)); diff != "" {
				t.Errorf("SegmentWord(%q, %v) mismatch (-want +got) [%s]:\n%s", tt.word, tt.scheme, tt.reason, diff)
			}
			checkSegments(t, tt.word, got)
		})
	}
}

// TestNamesStayWhole: over-segmentation of names and common words is the
// classic failure (ب+لينكن, و+الد, ك+امل, ل+بنان).
func TestNamesStayWhole(t *testing.T) {
	for _, w := range []string{"بلينكن", "والد", "كامل", "لبنان", "بايدن", "فلسطين", "وزير", "بنيامين", "وكالات", "كبير", "فقط", "بين", "لكن", "الله", "بني", "سان", "أمني", "باراك", "لابيد"} {
		for _, scheme := range []Scheme{Clitics, Article, Full} {
			got := SegmentWord(w, scheme)
			if len(got) != 1 || got[0].Form != w && !(scheme != Clitics && strings.HasPrefix(w, "ال")) {
				if scheme == Full && len(got) == 2 && got[1].Role == Inflection && (w == "وكالات") {
					continue // وكال+ات is the Full analysis
				}
				t.Errorf("SegmentWord(%q, %v) = %s, want the word whole", w, scheme, forms(got))
			}
		}
	}
}

// TestNoCliticInside lists words whose look-alike clitic analysis is wrong
// (ف+نية for فنية "artistic", ب+ضعة for بضعة "a few", و+ل+اية for ولاية).
func TestNoCliticInside(t *testing.T) {
	for _, w := range []string{"فنية", "بضعة", "ولاية", "سامي", "فورا", "فوري", "فعليا", "لاذ"} {
		if got := SegmentWord(w, Clitics); len(got) != 1 {
			t.Errorf("SegmentWord(%q, Clitics) = %s, want the word whole", w, forms(got))
		}
	}
}

func TestSegmentSpans(t *testing.T) {
	got := SegmentWord("للفلسطينيين", Clitics)
	want := []Segment{
		{Start: 0, End: 2, Form: "ل", Role: Preposition},
		{Start: 2, End: 22, Form: "الفلسطينيين", Role: Stem},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SegmentWord(للفلسطينيين) mismatch (-want +got):\n%s", diff)
	}
	got = SegmentWord("مما", Clitics)
	want = []Segment{{Start: 0, End: 2, Form: "من", Role: Preposition}, {Start: 2, End: 6, Form: "ما", Role: Stem}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SegmentWord(مما) mismatch (-want +got):\n%s", diff)
	}
}

func TestSegmentNonWords(t *testing.T) {
	for _, w := range []string{"Blinken", "2024", "د.", "أ.ف.ب", "ب", "ﻻ", "\xff"} {
		got := SegmentWord(w, Full)
		want := []Segment{{Start: 0, End: len(w), Form: w, Role: Stem}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("SegmentWord(%q) mismatch (-want +got):\n%s", w, diff)
		}
	}
	if got := SegmentWord("", Clitics); len(got) != 0 {
		t.Errorf("SegmentWord(\"\") = %v, want none", got)
	}
}

func TestSegmentStrings(t *testing.T) {
	if Clitics.String() != "clitics" || Article.String() != "article" || Full.String() != "full" {
		t.Error("Scheme.String")
	}
	want := []string{"stem", "conj", "prep", "fut", "det", "infl", "pron"}
	for r := Stem; r <= Pronoun; r++ {
		if r.String() != want[r] {
			t.Errorf("Role(%d).String() = %q, want %q", r, r.String(), want[r])
		}
	}
}

func TestAllSegments(t *testing.T) {
	var got []string
	for s := range AllSegments("وبالرئيس", Article) {
		got = append(got, s.Form)
	}
	if diff := cmp.Diff([]string{"و", "ب", "ال", "رئيس"}, got); diff != "" {
		t.Errorf("AllSegments mismatch (-want +got):\n%s", diff)
	}
}

func TestAppendSegmentsAllocs(t *testing.T) {
	words := []string{"وبالرئيس", "ترشيحاتها", "بلينكن", "والد", "للفلسطينيين", "مما"}
	buf := make([]Segment, 0, 16)
	SegmentWord("و", Full) // load the lexicon
	for _, scheme := range []Scheme{Article, Full} {
		allocs := testing.AllocsPerRun(50, func() {
			for _, w := range words {
				buf = AppendSegments(buf[:0], w, scheme)
			}
		})
		if allocs != 0 {
			t.Errorf("AppendSegments(%v): %v allocs, want 0", scheme, allocs)
		}
	}
}

// checkSegments asserts that segs tile word in order.
func checkSegments(t *testing.T, word string, segs []Segment) {
	t.Helper()
	if word == "" {
		if len(segs) != 0 {
			t.Fatalf("segments of the empty word: %v", segs)
		}
		return
	}
	prev := 0
	for _, s := range segs {
		if s.Start != prev || s.End <= s.Start || s.End > len(word) || s.Form == "" {
			t.Fatalf("segments of %q do not tile it: %+v", word, segs)
		}
		prev = s.End
	}
	if prev != len(word) {
		t.Fatalf("segments of %q stop at %d of %d: %+v", word, prev, len(word), segs)
	}
}

func TestSegmentSpaces(t *testing.T) {
	tests := []struct{ word, want string }{
		{"وغـ زة", "و/conj + غـ زة/stem"},
		{"في غزة", "في غزة/stem"},
	}
	for _, tt := range tests {
		if got := forms(SegmentWord(tt.word, Clitics)); got != tt.want {
			t.Errorf("SegmentWord(%q) = %s, want %s", tt.word, got, tt.want)
		}
	}
}

func TestPronounIndex(t *testing.T) {
	for pi, p := range pronouns {
		found := false
		for _, x := range pronounsEndingIn(p[len(p)-1]) {
			found = found || int(x) == pi
			if last := pronouns[x]; last[len(last)-1] != p[len(p)-1] {
				t.Errorf("pronoun %q listed under %q", string(last), string(p[len(p)-1]))
			}
		}
		if !found {
			t.Errorf("pronoun %q not listed under its last letter", string(p))
		}
	}
}

// TestSegmentNames checks that names beginning with a letter that reads as
// a clitic stay whole (names.txt), while their own clitics and the clitics
// of function words and verbs are still split.
func TestSegmentNames(t *testing.T) {
	tests := []struct{ word, want string }{
		{"بوتين", "بوتين"},
		{"وبوتين", "و+بوتين"},
		{"لبوتين", "ل+بوتين"},
		{"بنغازي", "بنغازي"},
		{"سيدني", "سيدني"},
		{"سياتل", "سياتل"},
		{"وسيناء", "و+سيناء"},
		{"بعقوبة", "بعقوبة"},
		{"وليد", "وليد"},
		// Not names: function words and verbs keep their clitics.
		{"بأن", "ب+أن"},
		{"فإن", "ف+إن"},
		{"وسوف", "و+سوف"},
		{"سيكون", "س+يكون"},
		{"للطاقة", "ل+الطاقة"},
	}
	for _, tt := range tests {
		var parts []string
		for _, s := range SegmentWord(tt.word, Clitics) {
			parts = append(parts, s.Form)
		}
		if got := strings.Join(parts, "+"); got != tt.want {
			t.Errorf("SegmentWord(%q) = %s, want %s", tt.word, got, tt.want)
		}
	}
}
