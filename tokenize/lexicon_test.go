package tokenize

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/tokenize/internal/lexgen"
)

func TestLexicon(t *testing.T) {
	m := lex()
	if m.count < 150000 {
		t.Errorf("lexicon has %d entries, want more than 150000", m.count)
	}
	tests := []struct {
		word string
		want uint8
	}{
		{"وزير", lexNoun},
		{"قال", lexVerb},
		{"لبنان", lexNoun},
		{"الذي", lexFunc},
		{"بوتين", lexNoun}, // names.txt
		{"سيدني", lexNoun},
	}
	for _, tt := range tests {
		var w analysis
		if !w.load(tt.word) {
			t.Fatalf("load(%q) failed", tt.word)
		}
		if got := w.lookup(0, w.n, 0); got&tt.want == 0 {
			t.Errorf("lexicon class of %q = %04b, want bit %04b", tt.word, got, tt.want)
		}
	}
	var w analysis
	w.load("زبلنكيتس")
	if got := w.lookup(0, w.n, 0); got != 0 {
		t.Errorf("زبلنكيتس has class %04b, want none", got)
	}
}

// TestLexiconFresh rebuilds the lexicon from the Debian packages when they
// are installed and checks that the embedded one holds the same lines.
func TestLexiconFresh(t *testing.T) {
	if raceEnabled || testing.Short() {
		// rebuilding takes tens of seconds under the race detector; the
		// plain test run and CI's go generate + git diff check freshness
		t.Skip("skipped under -race and -short")
	}
	if _, err := os.Stat(lexgen.DicPath); err != nil {
		t.Skipf("%s not installed (apt-get install hunspell-ar)", lexgen.DicPath)
	}
	if _, err := os.Stat(lexgen.TessPath); err != nil {
		t.Skipf("%s not installed (apt-get install tesseract-ocr-ara)", lexgen.TessPath)
	}
	if _, err := exec.LookPath("dawg2wordlist"); err != nil {
		t.Skip("dawg2wordlist not installed (apt-get install tesseract-ocr)")
	}
	tmp := t.TempDir()
	prefix := filepath.Join(tmp, "ara.")
	if b, err := exec.Command("combine_tessdata", "-u", lexgen.TessPath, prefix).CombinedOutput(); err != nil {
		t.Fatalf("combine_tessdata: %v\n%s", err, b)
	}
	words := filepath.Join(tmp, "words.txt")
	if b, err := exec.Command("dawg2wordlist", prefix+"lstm-unicharset", prefix+"lstm-word-dawg", words).CombinedOutput(); err != nil {
		t.Fatalf("dawg2wordlist: %v\n%s", err, b)
	}
	d, err := os.Open(lexgen.DicPath)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	wf, err := os.Open(words)
	if err != nil {
		t.Fatal(err)
	}
	defer wf.Close()
	built, err := lexgen.Build(d, wf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(gunzipLines(t, lexiconGz), gunzipLines(t, built)); diff != "" {
		t.Errorf("lexicon.txt.gz is stale; run go generate ./tokenize (-embedded +rebuilt):\n%.2000s", diff)
	}
}

func gunzipLines(t *testing.T, b []byte) []string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

// TestNamesFresh checks that names.txt is what gen_names.go makes of the
// gazetteer lists of package entities.
func TestNamesFresh(t *testing.T) {
	words, err := lexgen.ReadNames(".")
	if err != nil {
		t.Fatal(err)
	}
	if got := string(lexgen.NamesFile(words)); got != namesTxt {
		t.Error("names.txt is stale: run go generate ./tokenize")
	}
}
