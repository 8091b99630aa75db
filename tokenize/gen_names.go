//go:build ignore

// gen_names builds names.txt, the names the segmenter keeps whole, from the
// gazetteer lists of package entities (entities/internal/gaz/data: lists
// compiled by the khabar authors, same licence as khabar's code, and the
// Unicode CLDR names of countries and cities, Unicode License):
//
//	go generate ./tokenize   (or: cd tokenize && go run gen_names.go)
package main

import (
	"log"
	"os"

	"github.com/khabar-nlp/khabar/tokenize/internal/lexgen"
)

func main() {
	words, err := lexgen.ReadNames(".")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("names.txt", lexgen.NamesFile(words), 0o644); err != nil {
		log.Fatal(err)
	}
}
