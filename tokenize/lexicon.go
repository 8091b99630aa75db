package tokenize

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
)

// lexiconGz is the segmenter's word list: the entries of the Ayaspell Arabic
// hunspell dictionary 3.2 (Debian package hunspell-ar; Mohamed Kebdani and
// contributors; tri-licensed GPL 2.0 / LGPL 2.1 / MPL 1.1, distributed here
// under the Mozilla Public License 1.1), folded and without affix flags, and
// the words of the word list inside Tesseract's Arabic model (tessdata_fast
// ara.traineddata, Debian package tesseract-ocr-ara, Apache-2.0). It is
// built by gen_lexicon.go (internal/lexgen); see NOTICE.
//
//go:embed lexicon.txt.gz
var lexiconGz []byte

// namesTxt lists names that begin with a letter the segmenter could read as
// a clitic (بوتين, بنغازي, سيدني, وليد), from the gazetteer lists of package
// entities (compiled by the khabar authors; Unicode CLDR); they enter the
// lexicon as nouns, so that the whole word is a known reading. Built by
// gen_names.go (internal/lexgen.Names).
//
//go:embed names.txt
var namesTxt string

// Lexicon classes (internal/lexgen.ClassNoun, ClassVerb, ClassSeen) and the
// function word class.
const (
	lexNoun  uint8 = 1 << iota // an Ayaspell noun, name or tool word
	lexVerb                    // an Ayaspell verb form
	lexSeen                    // a surface form of the Tesseract word list
	lexHamza                   // every dictionary spelling has أ إ or آ
	lexFunc                    // a function word (function.go)
)

var (
	lexOnce  sync.Once
	lexicon  *lexTable
	noPronFn *lexTable // functionNoPronoun
	noPrepFn *lexTable // functionNoPreposition
)

// lex returns the lexicon, decoding it on first use. It is read-only
// afterwards and safe for concurrent use.
func lex() *lexTable {
	lexOnce.Do(func() {
		m := newLexTable(180000)
		zr, err := gzip.NewReader(bytes.NewReader(lexiconGz))
		if err == nil {
			sc := bufio.NewScanner(zr)
			for sc.Scan() {
				line := sc.Text()
				i := strings.IndexByte(line, '\t')
				if i <= 0 || i+1 >= len(line) {
					continue
				}
				m.addWord(line[:i], hexDigit(line[i+1]))
			}
		}
		// The embedded file is checked by TestLexicon; a corrupt build
		// degrades to the function words alone rather than panicking.
		for _, w := range strings.Fields(functionWords) {
			m.addWord(w, lexFunc)
		}
		for line := range strings.Lines(namesTxt) {
			if !strings.HasPrefix(line, "#") {
				m.addWord(strings.TrimSpace(line), lexNoun)
			}
		}
		np := newLexTable(200)
		for _, w := range strings.Fields(functionNoPronoun) {
			np.addWord(w, lexFunc)
		}
		nq := newLexTable(100)
		for _, w := range strings.Fields(functionNoPreposition) {
			nq.addWord(w, lexFunc)
		}
		lexicon, noPronFn, noPrepFn = m, np, nq
	})
	return lexicon
}

// hexDigit returns the value of a lower-case hexadecimal digit.
func hexDigit(c byte) uint8 {
	if c >= 'a' {
		return c - 'a' + 10
	}
	return c - '0'
}
