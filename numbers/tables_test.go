package numbers

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/numbers/internal/lexgen"
)

// TestTablesFresh regenerates tables.go from data/words.txt in memory and
// checks that the checked-in file is up to date.
func TestTablesFresh(t *testing.T) {
	data, err := os.ReadFile("data/words.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := lexgen.Generate(data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("tables.go is stale: run go generate ./numbers")
	}
}

// TestTables checks the lexicon against the data: every spelling folds to
// a key that means what its line says (or what an earlier line says, for
// spellings listed twice such as خمسين, which is fifty before it is two
// fifths).
func TestTables(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range lexiconEntries {
		for _, w := range strings.Fields(e.words) {
			k := foldString(w)
			a, ok := lexicon[k]
			if !ok {
				t.Errorf("%s (%s) is not in the lexicon", w, k)
				continue
			}
			if !seen[k] && a != e.atom {
				t.Errorf("%s: lexicon has %+v, data %+v", w, a, e.atom)
			}
			seen[k] = true
		}
	}
	if len(lexicon) < len(seen) {
		t.Errorf("lexicon has %d words, data %d", len(lexicon), len(seen))
	}
}
