//go:build ignore

// gen.go writes tables.go from data/cldr.txt and data/words.txt.
//
//	go run gen.go                                  # regenerate tables.go
//	go run gen.go -cldr /usr/share/unicode/cldr    # refresh data/cldr.txt first
//
// The -cldr step needs Debian's unicode-cldr-core package (or any CLDR
// checkout); the default step reads only checked-in files and needs no network.
package main

import (
	"flag"
	"log"
	"os"

	"github.com/khabar-nlp/khabar/dates/internal/gentables"
)

func main() {
	cldr := flag.String("cldr", "", "CLDR root to refresh data/cldr.txt from")
	flag.Parse()
	if *cldr != "" {
		b, err := gentables.ExtractCLDR(*cldr)
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile("data/cldr.txt", b, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	c, err := os.ReadFile("data/cldr.txt")
	if err != nil {
		log.Fatal(err)
	}
	w, err := os.ReadFile("data/words.txt")
	if err != nil {
		log.Fatal(err)
	}
	src, err := gentables.Generate(c, w)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("tables.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
