//go:build ignore

// gen.go writes tables.go from the checked-in data files in data/.
// Run it with "go generate" in this directory (see doc.go).
package main

import (
	"log"
	"os"

	"github.com/khabar-nlp/khabar/dates/hijri/internal/tablegen"
)

func main() {
	icu, err := os.Open("data/umalqura-icu.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer icu.Close()
	vg, err := os.Open("data/umalqura-vangent.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer vg.Close()
	src, err := tablegen.Generate(icu, vg)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("tables.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
