package cluster

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExchangeSeparatesContexts builds a corpus where two groups of words
// follow different words ("in CITY", "said PERSON") and checks that the
// exchange algorithm puts each group in one class and the groups apart.
func TestExchangeSeparatesContexts(t *testing.T) {
	words := []string{"in", "said", "cairo", "riyadh", "beirut", "ali", "omar", "huda", "."}
	id := map[string]int32{}
	for i, w := range words {
		id[w] = int32(i)
	}
	var seq []int32
	cities := []string{"cairo", "riyadh", "beirut"}
	people := []string{"ali", "omar", "huda"}
	for i := range 60 {
		seq = append(seq, id["in"], id[cities[i%3]], id["."], -1)
		seq = append(seq, id["said"], id[people[(i/3)%3]], id["."], -1)
	}
	c := NewCounts(seq, len(words))
	class := Exchange(c, 3, 10)
	same := func(a, b string) bool { return class[id[a]] == class[id[b]] }
	for _, g := range [][]string{cities, people} {
		for _, w := range g[1:] {
			if !same(g[0], w) {
				t.Errorf("%s and %s in different classes: %v", g[0], w, class)
			}
		}
	}
	if same("cairo", "ali") {
		t.Errorf("cities and people share class %d", class[id["cairo"]])
	}
	// Deterministic.
	if d := cmp.Diff(class, Exchange(NewCounts(seq, len(words)), 3, 10)); d != "" {
		t.Errorf("second run differs (-first +second):\n%s", d)
	}
}

func TestNewCountsSkipsBoundaries(t *testing.T) {
	c := NewCounts([]int32{0, 1, -1, 1, 0, 1}, 2)
	want := &Counts{
		Freq:  []int64{1, 2},
		Preds: [][]Pred{{{Word: 1, Count: 1}}, {{Word: 0, Count: 2}}},
	}
	if d := cmp.Diff(want, c); d != "" {
		t.Errorf("NewCounts (-want +got):\n%s", d)
	}
}

// classes is the table scan reads from a cluster file.
type classes map[string][2]uint16

func parse(r *strings.Reader) (classes, error) {
	c := classes{}
	err := scan(r, func(w string, fine, coarse uint16) { c[w] = [2]uint16{fine, coarse} })
	return c, err
}

func TestScan(t *testing.T) {
	got, err := parse(strings.NewReader("# header\n\nالقاهرة\t3\t1\nبلينكن\t7\t2\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := classes{"القاهرة": {3, 1}, "بلينكن": {7, 2}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("scan (-want +got):\n%s", d)
	}
	for _, bad := range []string{"word\t1\n", "word\t0\t1\n", "word\tx\t1\n", "word\t1\t70000\n", "word\t1\t2\t3\n"} {
		if _, err := parse(strings.NewReader(bad)); !errors.Is(err, ErrSyntax) {
			t.Errorf("scan(%q) error %v, want ErrSyntax", bad, err)
		}
	}
}

func TestEmbedded(t *testing.T) {
	c := classes{}
	if err := Each(func(w string, fine, coarse uint16) { c[w] = [2]uint16{fine, coarse} }); err != nil {
		t.Fatalf("embedded clusters: %v", err)
	}
	if len(c) < 50000 {
		t.Errorf("embedded clusters have %d words, want the whole table (79,922)", len(c))
	}
	for _, w := range []string{"القاهره", "الرياض", "محمد", "الحكومه"} {
		if v := c[w]; v[0] == 0 || v[1] == 0 || v[0] > 1024 || v[1] > 128 {
			t.Errorf("clusters of %s = %v, want fine in 1..1024 and coarse in 1..128", w, v)
		}
	}
}
