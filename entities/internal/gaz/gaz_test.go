package gaz

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/khabar-nlp/khabar/entities/internal/lex"
)

func TestEmbedded(t *testing.T) {
	es := Embedded()
	if len(es) < 1000 {
		t.Fatalf("embedded gazetteer has %d entries, want at least 1000", len(es))
	}
	m := Default()
	tests := []struct {
		name string
		typ  int
	}{
		{"القاهرة", Loc}, {"غزة", Loc}, {"إسرائيل", Loc}, {"حماس", Org}, {"محمد", Per},
	}
	for _, tc := range tests {
		w := Words(tc.name)
		if len(w) != 1 || !m.Has(w[0], tc.typ) {
			t.Errorf("Has(%q, %d) = false, want true", tc.name, tc.typ)
		}
	}
}

func TestFind(t *testing.T) {
	m := NewMatcher([]Entry{
		{Words: Words("الولايات المتحدة"), Type: Loc},
		{Words: Words("الولايات"), Type: Misc},
		{Words: Words("وكالة فرانس برس"), Type: Org},
		{Words: Words("فرانس برس"), Type: Org},
	})
	tests := []struct {
		name   string
		text   string
		want   []Match
		reason string
	}{
		{"longest", "زار الولايات المتحدة أمس", []Match{{1, 3, 1 << (Loc - 1)}}, "the two-word name wins over its first word"},
		{"clitic first word", "وبحسب وكالة فرانس برس", []Match{{1, 4, 1 << (Org - 1)}}, "a longer name starting earlier wins"},
		{"none", "لا شيء هنا", nil, "no name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := Words(tc.text)
			got := m.Find(nil, w, w)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got) [%s]:\n%s", tc.text, tc.reason, diff)
			}
		})
	}
}

func TestParse(t *testing.T) {
	es, err := Parse(strings.NewReader("# c\n\nالقاهرة\tLOCATION\nشركة ما\tORG\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{Words: []string{"القاهره"}, Type: Loc}, {Words: []string{"شركه", "ما"}, Type: Org}}
	if diff := cmp.Diff(want, es); diff != "" {
		t.Errorf("Parse mismatch (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"القاهرة\n", "القاهرة\tCITY\n"} {
		if _, err := Parse(strings.NewReader(bad)); !errors.Is(err, ErrSyntax) {
			t.Errorf("Parse(%q) error = %v, want ErrSyntax", bad, err)
		}
	}
}

func TestPersonWords(t *testing.T) {
	n := 0
	for line := range strings.Lines(personWordsData) {
		if line == "" || line[0] == '#' {
			continue
		}
		n++
		w, c, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if _, err := strconv.Atoi(c); !ok || err != nil || w == "" {
			t.Fatalf("personwords.txt line %q: want word<TAB>count", line)
		}
	}
	if n < 40000 {
		t.Errorf("personwords.txt has %d words, want the whole Wikidata list (50,000+)", n)
	}
	names := map[string]uint8{}
	EachPersonWord(func(w string, b uint8) { names[w] = max(names[w], b) })
	for _, tc := range []struct {
		word string
		want uint8
	}{
		{"محمد", 5},    // 1,303 names
		{"بنيامين", 3}, // 5 names
		{"بلينكن", 0},  // not in the list (2015 Wikidata)
	} {
		if got := names[lex.Search(tc.word)]; got != tc.want {
			t.Errorf("person-name bucket of %s = %d, want %d", tc.word, got, tc.want)
		}
	}
	for c, want := range map[int]uint8{0: 0, 1: 1, 2: 2, 4: 2, 5: 3, 19: 3, 20: 4, 99: 4, 100: 5, 5000: 5} {
		if got := nameBucket(c); got != want {
			t.Errorf("nameBucket(%d) = %d, want %d", c, got, want)
		}
	}
}
