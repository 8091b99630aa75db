// Package lex is the word-level layer under package entities: it splits
// running text into tokens, gives each word its search form and its clitic
// segmentation. It is the only place that talks to the normalize and
// tokenize packages, so the trainer and the tagger see words the same way.
package lex

import (
	"unicode"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// Kind is the coarse kind of a token.
type Kind uint8

// Token kinds.
const (
	Arabic Kind = iota // an Arabic-script word
	Latin              // a word in another script (Latin, Greek, ...)
	Number             // digits, possibly with separators
	Punct              // punctuation or a symbol
	Other              // anything else (invalid UTF-8, emoji, ...)
)

// Token is one token of running text: Text == s[Start:End] of the text it
// came from. Pre and Suf are the byte lengths of the proclitics at the start
// of Text and the enclitics at its end (zero when the word has none), so the
// stem is Text[Pre:len(Text)-Suf].
type Token struct {
	Start, End int
	Text       string
	Kind       Kind
	Pre, Suf   int
	// Art reports that the stem's article is hidden after the preposition
	// ل (للبنك = ل + البنك, written without the article's alef): the stem's
	// form is then "ا" + Stem().
	Art bool
}

// Stem returns the bytes of t without its clitics.
func (t *Token) Stem() string { return t.Text[t.Pre : len(t.Text)-t.Suf] }

// Word reports whether t is a word (Arabic or other script).
func (t *Token) Word() bool { return t.Kind == Arabic || t.Kind == Latin }

// Classify returns the kind of a token from its text.
func Classify(s string) Kind {
	var ar, lat, dig, pun int
	for _, r := range s {
		switch {
		case arabic.IsWordRune(r):
			ar++
		case arabic.IsDigit(r) || r >= '0' && r <= '9':
			dig++
		case r == utf8.RuneError:
		case unicode.IsLetter(r):
			lat++
		case unicode.IsPunct(r) || unicode.IsSymbol(r) || arabic.Is(r, arabic.Punct|arabic.Symbol):
			pun++
		}
	}
	switch {
	case ar > 0 && ar >= lat:
		return Arabic
	case lat > 0:
		return Latin
	case dig > 0:
		return Number
	case pun > 0:
		return Punct
	}
	return Other
}
