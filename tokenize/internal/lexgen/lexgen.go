// Package lexgen builds the segmenter's word lists: the lexicon
// (lexicon.txt.gz, Build) and the names that begin with a clitic letter
// (names.txt, Names; see names.go). The lexicon comes from two sources:
//
//   - the Ayaspell Arabic hunspell dictionary (Debian package hunspell-ar,
//     file /usr/share/hunspell/ar.dic; Ayaspell by Mohamed Kebdani and
//     contributors, tri-licensed GPL 2.0 / LGPL 2.1 / MPL 1.1, used here
//     under the MPL 1.1): stems, classed noun or verb;
//   - the word list of Tesseract's Arabic model (Debian package
//     tesseract-ocr-ara, ara.traineddata from tessdata_fast, Apache-2.0),
//     extracted with combine_tessdata -u and dawg2wordlist: surface words as
//     written on the web, clitics attached, used only to know that a form
//     is attested.
//
// The dictionary is four concatenated files, each introduced by a
// "::::::::::::::" banner: stopwords.dic (function words, listed with their
// clitics attached, so it is skipped), tools.dic, names.dic (proper names and
// nouns) and verb.huns.dic (conjugated verbs). Each entry is a word with
// optional "/flags" and a tab-separated count; the flags (affix rules) are
// dropped. Every word is folded (internal/fold) and kept if it has at least
// two letters. The output is gzip-compressed text, one "word<TAB>class" line
// per word in byte order, class being a bit set: 1 noun, name or tool word,
// 2 verb, 4 attested surface form (Tesseract), 8 hamza-only spelling, written
// as one hexadecimal digit. The output is a pure function of the inputs: no
// timestamp.
package lexgen

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/khabar-nlp/khabar/tokenize/internal/fold"
)

// Word classes stored in the lexicon.
const (
	ClassNoun = 1 // tools.dic and names.dic entries
	ClassVerb = 2 // verb.huns.dic entries
	ClassSeen = 4 // words of the Tesseract list
	// ClassHamza marks a dictionary word whose every dictionary spelling has
	// a hamza on or under its alef (أ إ آ): written with a bare alef it is
	// more likely another word or a typo (فقا is not فقأ in وفقا).
	ClassHamza = 8
)

// TessSHA256 is the SHA-256 of the ara.traineddata the word list was
// extracted from (Debian package tesseract-ocr-ara 1:4.1.0-2).
const TessSHA256 = "e3206d3dc87fd50c24a0fb9f01838615911d25168f4e64415244b67d2bb3e729"

// TessPath is where Debian's tesseract-ocr-ara installs the model.
const TessPath = "/usr/share/tesseract-ocr/5/tessdata/ara.traineddata"

// DicSHA256 is the SHA-256 of the ar.dic the checked-in lexicon was built
// from (Debian package hunspell-ar 3.2-1.2, Ayaspell 3.2).
const DicSHA256 = "7aeb0346703918e1702f18e0278021c4d1fe799acea84d676c29eb0a869bad51"

// DicPath is where Debian's hunspell-ar installs the dictionary.
const DicPath = "/usr/share/hunspell/ar.dic"

// Build reads a hunspell .dic in Ayaspell's layout and a word list (one word
// a line, as dawg2wordlist writes it) and returns the compressed lexicon.
func Build(dic, words io.Reader) ([]byte, error) {
	classes := map[string]uint8{}
	plain := map[string]bool{} // a dictionary spelling without أ إ آ
	sc := bufio.NewScanner(dic)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	section := ""
	banner := false
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.HasPrefix(t, "::::::::") {
			banner = !banner
			continue
		}
		if banner {
			section = strings.TrimSpace(t)
			continue
		}
		if line == 1 {
			continue // the entry count
		}
		var class uint8
		switch section {
		case "tools.dic", "names.dic":
			class = ClassNoun
		case "verb.huns.dic":
			class = ClassVerb
		default:
			continue
		}
		w := t
		if i := strings.IndexAny(w, "/\t "); i >= 0 {
			w = w[:i]
		}
		f, ok := fold.Word(w)
		if !ok || len([]rune(f)) < 2 {
			continue
		}
		classes[f] |= class
		if !strings.ContainsAny(w, "أإآ") {
			plain[f] = true
		} else {
			classes[f] |= ClassHamza
		}
	}
	for f := range plain {
		classes[f] &^= ClassHamza
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexgen: reading dictionary: %w", err)
	}
	if len(classes) == 0 {
		return nil, fmt.Errorf("lexgen: no entries found (not an Ayaspell ar.dic?)")
	}
	ws := bufio.NewScanner(words)
	for ws.Scan() {
		f, ok := fold.Word(strings.TrimSpace(ws.Text()))
		if !ok || len([]rune(f)) < 2 {
			continue
		}
		classes[f] |= ClassSeen
	}
	if err := ws.Err(); err != nil {
		return nil, fmt.Errorf("lexgen: reading word list: %w", err)
	}
	list := make([]string, 0, len(classes))
	for w := range classes {
		list = append(list, w)
	}
	sort.Strings(list)
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriter(zw)
	for _, w := range list {
		fmt.Fprintf(bw, "%s\t%x\n", w, classes[w])
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
