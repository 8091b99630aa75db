//go:build ignore

// gen_lexicon builds lexicon.txt.gz, the segmenter's word list, from the
// Ayaspell hunspell dictionary of the Debian package hunspell-ar and the
// word list inside the Arabic model of tesseract-ocr-ara, extracted with the
// combine_tessdata and dawg2wordlist tools of tesseract-ocr:
//
//	apt-get install hunspell-ar tesseract-ocr tesseract-ocr-ara
//	go generate ./tokenize   (or: cd tokenize && go run gen_lexicon.go)
//
// It refuses inputs whose SHA-256 differ from lexgen.DicSHA256 and
// lexgen.TessSHA256 unless -any is given (then update both and the NOTICE).
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"log"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/khabar-nlp/khabar/tokenize/internal/lexgen"
)

func check(path, want string, anySum bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if h := hex.EncodeToString(sum[:]); h != want && !anySum {
		log.Fatalf("%s has SHA-256 %s, want %s (pass -any to accept)", path, h, want)
	}
}

func main() {
	dic := flag.String("dic", lexgen.DicPath, "Ayaspell ar.dic")
	tess := flag.String("tess", lexgen.TessPath, "Tesseract ara.traineddata")
	out := flag.String("out", "lexicon.txt.gz", "output file")
	anySum := flag.Bool("any", false, "accept inputs with other checksums")
	flag.Parse()
	// Without the Debian inputs (a machine that never installed them) the
	// checked-in lexicon stays as it is: go generate ./... must not fail
	// there.
	for _, p := range []string{*dic, *tess} {
		if _, err := os.Stat(p); err != nil {
			log.Printf("gen_lexicon: %v; keeping %s (apt-get install hunspell-ar tesseract-ocr tesseract-ocr-ara to rebuild)", err, *out)
			return
		}
	}
	for _, tool := range []string{"combine_tessdata", "dawg2wordlist"} {
		if _, err := exec.LookPath(tool); err != nil {
			log.Printf("gen_lexicon: %s not found; keeping %s (apt-get install tesseract-ocr to rebuild)", tool, *out)
			return
		}
	}
	check(*dic, lexgen.DicSHA256, *anySum)
	check(*tess, lexgen.TessSHA256, *anySum)

	tmp, err := os.MkdirTemp("", "lexgen")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	prefix := filepath.Join(tmp, "ara.")
	if b, err := exec.Command("combine_tessdata", "-u", *tess, prefix).CombinedOutput(); err != nil {
		log.Fatalf("combine_tessdata: %v\n%s", err, b)
	}
	wordsPath := filepath.Join(tmp, "words.txt")
	if b, err := exec.Command("dawg2wordlist", prefix+"lstm-unicharset", prefix+"lstm-word-dawg", wordsPath).CombinedOutput(); err != nil {
		log.Fatalf("dawg2wordlist: %v\n%s", err, b)
	}

	d, err := os.Open(*dic)
	if err != nil {
		log.Fatal(err)
	}
	defer d.Close()
	w, err := os.Open(wordsPath)
	if err != nil {
		log.Fatal(err)
	}
	defer w.Close()
	data, err := lexgen.Build(d, w)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
}
