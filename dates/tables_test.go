package dates

import (
	"bytes"
	"os"
	"testing"

	"github.com/khabar-nlp/khabar/dates/internal/gentables"
	"github.com/khabar-nlp/khabar/dates/internal/lexkey"
)

// TestTablesFresh regenerates tables.go in memory from the checked-in data
// files and checks that the checked-in file is identical.
func TestTablesFresh(t *testing.T) {
	c, err := os.ReadFile("data/cldr.txt")
	if err != nil {
		t.Fatal(err)
	}
	w, err := os.ReadFile("data/words.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := gentables.Generate(c, w)
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, want) {
		t.Error("tables.go is stale: run go generate ./dates")
	}
}

// TestLexicon checks entries users rely on, including spellings that only
// the fold makes equal.
func TestLexicon(t *testing.T) {
	tests := []struct {
		word string
		kind kind
		val  int8
	}{
		{"يناير", kMonthG, 1}, {"كانون الثاني", kMonthG, 1}, {"جانفي", kMonthG, 1},
		{"إبريل", kMonthG, 4}, {"أبريل", kMonthG, 4}, {"أفريل", kMonthG, 4},
		{"يونيه", kMonthG, 6}, {"يوليه", kMonthG, 7}, {"يوليوز", kMonthG, 7},
		{"آب", kMonthG, 8}, {"غشت", kMonthG, 8}, {"أوت", kMonthG, 8},
		{"أيلول", kMonthG, 9}, {"شتنبر", kMonthG, 9}, {"تشرين الأول", kMonthG, 10},
		{"نونبر", kMonthG, 11}, {"دجنبر", kMonthG, 12}, {"كانون الأول", kMonthG, 12},
		{"محرم", kMonthH, 1}, {"المحرم", kMonthH, 1}, {"ربيع الثاني", kMonthH, 4},
		{"جمادى الآخرة", kMonthH, 6}, {"ذي القعدة", kMonthH, 11}, {"ذو الحجة", kMonthH, 12},
		{"الإثنين", kWeekday, 1}, {"الجمعه", kWeekday, 5},
		{"هـ", kEra, 1}, {"للهجرة", kEra, 1}, {"ميلادية", kEra, 2},
		{"غداً", kRelDay, 1},
	}
	for _, tc := range tests {
		e, ok := lexicon[lexkey.String(tc.word)]
		if !ok || e.kind != tc.kind || e.val != tc.val {
			t.Errorf("lexicon[%q] = %+v, %v; want kind %d value %d", tc.word, e, ok, tc.kind, tc.val)
		}
	}
}
