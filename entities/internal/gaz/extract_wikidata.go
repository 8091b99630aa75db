//go:build ignore

// extract_wikidata writes data/personwords.txt, the words of person names
// in Arabic script with how many Wikidata person names use them. The source
// is the English–Arabic personal-name dictionary that Merhav and Ash mined
// from Wikidata for "Design Challenges in Named Entity Transliteration"
// (COLING 2018), GitHub steveash/NETransliteration-COLING2018, file
// data/wd_arabic.normalized.aligned.tokens at commit
// 5d5f59e561ecea45a6d3602121e1049baa7a76c3. Its data directory keeps
// Wikidata's licence, CC0 1.0 (public domain dedication); see NOTICE.
//
// Each input line is "latin<TAB>a r a b i c<TAB>count" (one name word, its
// Arabic letters separated by spaces, how many names it occurs in). The
// output sums the counts per Arabic word, keeps words of two letters or more
// made only of Arabic letters, and sorts them.
//
//	go run extract_wikidata.go wd_arabic.normalized.aligned.tokens > data/personwords.txt
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	count := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) != 3 {
			continue
		}
		w := strings.ReplaceAll(p[1], " ", "")
		n, err := strconv.Atoi(p[2])
		if err != nil || utf8.RuneCountInString(w) < 2 || !arabicWord(w) {
			continue
		}
		count[w] += n
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	words := make([]string, 0, len(count))
	for w := range count {
		words = append(words, w)
	}
	sort.Strings(words)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, "# Words of person names in Arabic script and how many Wikidata names use them.")
	fmt.Fprintln(out, "# Source: Wikidata via Merhav & Ash (COLING 2018), github.com/steveash/NETransliteration-COLING2018")
	fmt.Fprintln(out, "# data/wd_arabic.normalized.aligned.tokens @ 5d5f59e5; licence CC0 1.0. Built by extract_wikidata.go.")
	for _, w := range words {
		fmt.Fprintf(out, "%s\t%d\n", w, count[w])
	}
}

// arabicWord reports whether s is made only of Arabic letters (presentation
// forms included: the search form folds them).
func arabicWord(s string) bool {
	for _, r := range s {
		if !arabic.IsLetter(r) && !arabic.Is(r, arabic.Presentation) {
			return false
		}
	}
	return true
}
