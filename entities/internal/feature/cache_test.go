package feature

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/entities/internal/gaz"
	"github.com/khabar-nlp/khabar/entities/internal/lex"
	"github.com/khabar-nlp/khabar/entities/internal/model"
)

// TestCacheExact checks that an Extractor with Cache gives every token the
// emission scores and network inputs of one without it, across repeated
// sentences (cache hits), clitic variants of the same stem, tokens too
// long to cache, and a change of gazetteer between calls.
func TestCacheExact(t *testing.T) {
	m := &model.Model{Bits: 12, W: make([]int8, (1<<12)*model.NumLabels)}
	r := rand.New(rand.NewPCG(3, 4))
	for i := range m.W {
		m.W[i] = int8(r.IntN(256) - 128)
	}
	stats := map[string]uint32{
		"القاهره": Stat(40, [5]int{2, 0, 38, 0, 0}),
		"وزير":    Stat(90, [5]int{90, 0, 0, 0, 0}),
		"مصر":     Stat(70, [5]int{1, 0, 69, 0, 0}),
	}
	lx := NewLexicon(stats)
	g1 := gaz.NewMatcher([]gaz.Entry{
		{Words: []string{"القاهره"}, Type: gaz.Loc},
		{Words: []string{"وزاره", "الخارجيه"}, Type: gaz.Org},
	})
	g2 := gaz.NewMatcher([]gaz.Entry{
		{Words: []string{"القاهره"}, Type: gaz.Org},
		{Words: []string{"احمد", "حسن"}, Type: gaz.Per},
	})
	texts := []string{
		"قال وزير الخارجية المصري أحمد حسن في القاهرة إن وزارة الخارجية ستعقد اجتماعا.",
		"وصل الوزير إلى القاهرة، وبالقاهرة التقى وزير خارجية مصر ولمصر علاقات قديمة.",
		"زار الرئيس القاهرة يوم 12 مايو 2024 مع وفد من Reuters و«الاستخباراتيةوالمخابراتيةالعسكرية».",
		"القاهرة القاهرة القاهرة: وزير، وزير؛ مصر!",
	}
	var plain, cached Extractor
	cached.Cache(m)
	hits := 0
	for _, g := range []*gaz.Matcher{g1, g2, g1, nil} {
		for round := 0; round < 2; round++ {
			for _, text := range texts {
				toks := lex.Tokenize(nil, text)
				var a, b model.Sequence
				plain.Extract(&a, toks, g, lx)
				cached.Extract(&b, toks, g, lx)
				if len(a.Base) != 0 {
					t.Fatalf("Base filled without Cache")
				}
				if len(b.Base) != b.Len()*model.NumLabels {
					t.Fatalf("Base has %d sums for %d tokens", len(b.Base), b.Len())
				}
				var want, got [][model.NumLabels]int32
				for i := range a.Len() {
					want = append(want, m.Sum(a.Feats[a.Off[i]:a.Off[i+1]]))
					s := m.Sum(b.Feats[b.Off[i]:b.Off[i+1]])
					for y := range s {
						s[y] += b.Base[i*model.NumLabels+y]
					}
					got = append(got, s)
					if cached.hit[i] {
						hits++
					}
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%q: emission sums with the cache differ (-without +with):\n%s", text, diff)
				}
				if diff := cmp.Diff(plain.NetTokens(nil), cached.NetTokens(nil)); diff != "" {
					t.Errorf("%q: network inputs with the cache differ (-without +with):\n%s", text, diff)
				}
			}
		}
	}
	if hits == 0 {
		t.Error("the cache never hit")
	}
}
