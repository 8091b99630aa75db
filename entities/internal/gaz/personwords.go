package gaz

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/khabar-nlp/khabar/entities/internal/lex"
)

// personWordsData lists the words of person names in Arabic script with how
// many Wikidata person names use each (Wikidata, CC0 1.0, via Merhav & Ash,
// COLING 2018; see extract_wikidata.go and NOTICE).
//
//go:embed data/personwords.txt
var personWordsData string

// EachPersonWord calls f for every word of the embedded list with its
// search form and how common it is in person names: 1 (one Wikidata name
// uses it) to 5 (a hundred names or more). A search form can come more than
// once (from spellings that fold together). The list (about 50,000 words)
// is parsed afresh on each call: callers keep what they build from it.
func EachPersonWord(f func(w string, bucket uint8)) {
	for line := range strings.Lines(personWordsData) {
		if line == "" || line[0] == '#' {
			continue
		}
		w, n, ok := strings.Cut(strings.TrimSpace(line), "\t")
		c, err := strconv.Atoi(n)
		if !ok || err != nil {
			continue // checked by TestPersonWords
		}
		f(lex.Search(w), nameBucket(c))
	}
}

func nameBucket(c int) uint8 {
	switch {
	case c <= 0:
		return 0
	case c == 1:
		return 1
	case c <= 4:
		return 2
	case c <= 19:
		return 3
	case c <= 99:
		return 4
	}
	return 5
}
