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

// classes is the table lines reads from a cluster file.
type classes map[string][2]uint16

func parse(r *strings.Reader) (classes, error) {
	c := classes{}
	lr := newLines(r)
	for lr.next() {
		c[lr.w] = [2]uint16{lr.fine, lr.coarse}
	}
	return c, lr.err
}

func TestLines(t *testing.T) {
	got, err := parse(strings.NewReader("# header\n\nالقاهرة\t3\t1\nبلينكن\t7\t2\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := classes{"القاهرة": {3, 1}, "بلينكن": {7, 2}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("lines (-want +got):\n%s", d)
	}
	for _, bad := range []string{"word\t1\n", "word\t0\t1\n", "word\tx\t1\n", "word\t1\t70000\n", "word\t1\t2\t3\n"} {
		if _, err := parse(strings.NewReader(bad)); !errors.Is(err, ErrSyntax) {
			t.Errorf("lines(%q) error %v, want ErrSyntax", bad, err)
		}
	}
}

func TestEmbedded(t *testing.T) {
	all := map[string]Classes{}
	var prev string
	err := EachWord(func(w string, c Classes) {
		if w <= prev {
			t.Errorf("EachWord: %q after %q, want byte order", w, prev)
		}
		prev = w
		all[w] = c
	})
	if err != nil {
		t.Fatalf("embedded classes: %v", err)
	}
	vs, err := EmbeddedVectors()
	if err != nil {
		t.Fatalf("embedded vectors: %v", err)
	}
	emb := 0
	for w, c := range all {
		if (c.EmbFine != 0) != (c.Vec != 0) {
			t.Errorf("%s: embedding class %d but vector row %d", w, c.EmbFine, c.Vec)
		}
		if c.Vec != 0 {
			emb++
		}
	}
	if vs.Len() != emb {
		t.Errorf("vector table has %d rows for %d words of the embedding classes", vs.Len(), emb)
	}
	if len(all) < 50000 {
		t.Errorf("embedded files have %d words, want the whole tables (79,922)", len(all))
	}
	for _, w := range []string{"القاهره", "الرياض", "محمد", "الحكومه"} {
		c := all[w]
		for _, v := range [][2]uint16{{c.Fine, c.Coarse}, {c.EmbFine, c.EmbCoarse}} {
			if v[0] == 0 || v[1] == 0 || v[0] > 1024 || v[1] > 128 {
				t.Errorf("classes of %s = %+v, want fine in 1..1024 and coarse in 1..128 in both files", w, c)
			}
		}
	}
}

// TestMerge: words of either file come once, with the classes of both, in
// order; a malformed line of either file is an error.
func TestMerge(t *testing.T) {
	a := "# header\nب\t1\t2\nد\t3\t4\nه\t5\t6\n"
	b := "ا\t7\t8\nد\t9\t10\nو\t11\t12\n"
	type got struct {
		W string
		C Classes
	}
	var res []got
	err := merge(newLines(strings.NewReader(a)), newLines(strings.NewReader(b)), func(w string, c Classes) { res = append(res, got{w, c}) })
	if err != nil {
		t.Fatal(err)
	}
	want := []got{
		{"ا", Classes{EmbFine: 7, EmbCoarse: 8, Vec: 1}},
		{"ب", Classes{Fine: 1, Coarse: 2}},
		{"د", Classes{3, 4, 9, 10, 2}},
		{"ه", Classes{Fine: 5, Coarse: 6}},
		{"و", Classes{EmbFine: 11, EmbCoarse: 12, Vec: 3}},
	}
	if diff := cmp.Diff(want, res); diff != "" {
		t.Errorf("merge mismatch (-want +got):\n%s", diff)
	}
	for _, bad := range [][2]string{{a, "ا\t0\t1\n"}, {"ب\tx\t2\n", b}} {
		err := merge(newLines(strings.NewReader(bad[0])), newLines(strings.NewReader(bad[1])), func(string, Classes) {})
		if !errors.Is(err, ErrSyntax) {
			t.Errorf("merge(%q, %q) error %v, want ErrSyntax", bad[0], bad[1], err)
		}
	}
}

// TestVectors: a table round-trips through AppendVectors and ParseVectors,
// and truncated or foreign data is ErrSyntax.
func TestVectors(t *testing.T) {
	rows := []int8{1, -2, 3, 127, -128, 0}
	data := string(AppendVectors(nil, 3, 0.5, rows))
	v, err := ParseVectors(data)
	if err != nil {
		t.Fatal(err)
	}
	if v.Len() != 2 || v.Dim != 3 || v.Scale != 0.5 {
		t.Fatalf("ParseVectors: %d rows of %d, scale %v; want 2 of 3, 0.5", v.Len(), v.Dim, v.Scale)
	}
	var got []int8
	for i := 0; i < v.Len(); i++ {
		for _, b := range []byte(v.Row(i)) {
			got = append(got, int8(b))
		}
	}
	if diff := cmp.Diff(rows, got); diff != "" {
		t.Errorf("rows mismatch (-want +got):\n%s", diff)
	}
	if v.Row(2) != "" || v.Row(-1) != "" {
		t.Errorf("Row out of range is not empty")
	}
	for _, bad := range []string{"", "khabar", data[:len(data)-1], data + "x", VecMagic} {
		if _, err := ParseVectors(bad); !errors.Is(err, ErrSyntax) {
			t.Errorf("ParseVectors(%q) error %v, want ErrSyntax", bad, err)
		}
	}
}
