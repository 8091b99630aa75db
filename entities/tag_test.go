package entities

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/entities/internal/feature"
	"github.com/khabar-nlp/khabar/entities/internal/gaz"
	"github.com/khabar-nlp/khabar/entities/internal/lex"
	"github.com/khabar-nlp/khabar/entities/internal/model"
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

// TestEmbeddedNet: the embedded model carries its second-stage network, the
// network reads vectors of the embedded table's dimension, common words have
// a vector, and a model whose network expects another dimension is refused.
func TestEmbeddedNet(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := tg.m.Net
	if n == nil {
		t.Fatal("the embedded model has no second-stage network")
	}
	if n.Dim != tg.lex.VecDim() || n.Dim == 0 {
		t.Fatalf("network reads %d-dimensional vectors, table has %d", n.Dim, tg.lex.VecDim())
	}
	var st state
	text := "قال الرئيس المصري في القاهرة ، 2024"
	toks := lex.Tokenize(nil, text)
	st.x.Extract(&st.seq, toks, tg.gaz, tg.lex)
	got := st.x.NetTokens(nil)
	for i, w := range []string{"قال", "الرئيس", "المصري", "في", "القاهرة"} {
		if toks[i].Text != w || len(got[i].Vec) != n.Dim {
			t.Errorf("token %d %q: vector of %d values, want %q with %d", i, toks[i].Text, len(got[i].Vec), w, n.Dim)
		}
	}
	if got[5].Bits&model.NetPunct == 0 || got[6].Bits&model.NetNumber == 0 {
		t.Errorf("bits of «،» and «2024» = %08b, %08b; want punctuation and number", got[5].Bits, got[6].Bits)
	}
	bad := *tg.m
	net := *n
	net.Dim = n.Dim + 1
	net.W1 = make([]float32, len(n.W1)+5*n.Hid)
	bad.Net = &net
	var buf bytes.Buffer
	if err := model.Encode(&buf, &bad, feature.Set); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(&buf); !errors.Is(err, ErrModel) {
		t.Errorf("Load of a model whose network reads %d-dimensional vectors: error %v, want ErrModel", net.Dim, err)
	}
}
