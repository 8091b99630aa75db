//go:build ignore

// gen writes tables.go from data/words.txt. Run it with go generate.
package main

import (
	"log"
	"os"

	"github.com/khabar-nlp/khabar/numbers/internal/lexgen"
)

func main() {
	data, err := os.ReadFile("data/words.txt")
	if err != nil {
		log.Fatal(err)
	}
	src, err := lexgen.Generate(data)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("tables.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
