//go:build ignore

// gen_lexicon builds lexicon.txt.gz, the segmenter's word list, from the
// Ayaspell hunspell dictionary of the Debian package hunspell-ar
// (apt-get install hunspell-ar). Run it with go generate (see doc.go) or:
//
//	go run gen_lexicon.go [-dic /usr/share/hunspell/ar.dic]
//
// It refuses a dictionary whose SHA-256 differs from lexgen.DicSHA256 unless
// -any is given (then update DicSHA256 and the NOTICE).
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"log"
	"os"

	"github.com/khabar-nlp/khabar/tokenize/internal/lexgen"
)

func main() {
	dic := flag.String("dic", lexgen.DicPath, "Ayaspell ar.dic")
	out := flag.String("out", "lexicon.txt.gz", "output file")
	anyDic := flag.Bool("any", false, "accept a dictionary with another checksum")
	flag.Parse()
	b, err := os.ReadFile(*dic)
	if err != nil {
		log.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if h := hex.EncodeToString(sum[:]); h != lexgen.DicSHA256 && !*anyDic {
		log.Fatalf("%s has SHA-256 %s, want %s (pass -any to accept)", *dic, h, lexgen.DicSHA256)
	}
	f, err := os.Open(*dic)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	data, err := lexgen.Build(f)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
}
