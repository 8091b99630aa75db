package gaz

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/khabar-nlp/khabar/entities/internal/lex"
)

// personWordsData lists the words of person names in Arabic script with how
// many Wikidata person names use each (Wikidata, CC0 1.0, via Merhav & Ash,
// COLING 2018; see extract_wikidata.go and NOTICE).
//
//go:embed data/personwords.txt
var personWordsData string

var personWords = sync.OnceValue(func() map[string]uint8 {
	m := make(map[string]uint8, 50000)
	for line := range strings.Lines(personWordsData) {
		if line == "" || line[0] == '#' {
			continue
		}
		w, n, ok := strings.Cut(strings.TrimSpace(line), "\t")
		c, err := strconv.Atoi(n)
		if !ok || err != nil {
			continue // checked by TestPersonWords
		}
		k := lex.Search(w)
		if b := nameBucket(c); b > m[k] {
			m[k] = b
		}
	}
	return m
})

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

// PersonWord reports how common the word w (search form) is in person names:
// 0 if no Wikidata person name in the embedded list uses it, else 1 (one
// name) to 5 (a hundred names or more). The table is built on first use and
// safe for concurrent use.
func PersonWord(w string) uint8 { return personWords()[w] }
