package entities

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/entities/internal/gaz"
	"github.com/khabar-nlp/khabar/entities/internal/lex"
)

// TestNameCut: which of the segmenter's proclitics a name that starts with
// the token leaves out.
func TestNameCut(t *testing.T) {
	entries, err := gaz.Parse(strings.NewReader("فيفا\tORG\nالقاهرة\tLOC\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := gaz.NewMatcher(entries)
	tests := []struct {
		word string
		pre  int // the segmenter's proclitic bytes, as lex.Segment gives them
		want string
	}{
		{"بالقاهرة", len("ب"), "القاهرة"},
		{"وحماس", len("و"), "حماس"},
		{"سيناء", len("س"), "سيناء"},   // the future particle goes before verbs only
		{"وسيناء", len("وس"), "سيناء"}, // ... the conjunction before it stays out
		{"وول", len("و"), "وول"},       // و + ول would leave two letters
		{"وفا", len("و"), "وفا"},       // the news agency
		{"فيفا", len("ف"), "فيفا"},     // the whole word begins a listed name
		{"وفيفا", len("و"), "فيفا"},    // only the real conjunction goes
		{"بلينكن", 0, "بلينكن"},        // nothing to cut
		{"لبنان", 0, "لبنان"},          //
		{"وسيزور", len("وس"), "سيزور"}, // a verb is never a name; the rule holds anyway
	}
	for _, tc := range tests {
		tok := lex.Token{Text: tc.word, End: len(tc.word), Kind: lex.Arabic, Pre: tc.pre}
		cut := nameCut(&tok, lex.Search(tc.word), lex.Search(tc.word[tc.pre:]), g)
		if diff := cmp.Diff(tc.want, tc.word[cut:]); diff != "" {
			t.Errorf("nameCut(%q, pre %d) mismatch (-want +got):\n%s", tc.word, tc.pre, diff)
		}
	}
}
