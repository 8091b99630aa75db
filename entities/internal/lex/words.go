package lex

import (
	"strings"

	"github.com/khabar-nlp/khabar/normalize"
	"github.com/khabar-nlp/khabar/tokenize"
)

// Tokenize appends the tokens of s to dst (package tokenize's tokens), with
// their clitic segmentation.
func Tokenize(dst []Token, s string) []Token { return tokens(dst, s, true) }

// Words appends the tokens of s to dst without segmenting them.
func Words(dst []Token, s string) []Token { return tokens(dst, s, false) }

func tokens(dst []Token, s string, segment bool) []Token {
	for t := range tokenize.All(s) {
		k := Other
		switch t.Kind {
		case tokenize.Word:
			k = Arabic
		case tokenize.Latin:
			k = Latin
		case tokenize.Number:
			k = Number
		case tokenize.Punct, tokenize.Symbol:
			k = Punct
			if strings.Trim(t.Text, "\u0640") == "" {
				// A tatweel standing alone (دبي ـ قال): package tokenize
				// reads it as a dash, but the model was trained with it
				// as a word-like token (Classify: ANERcorp has it as a
				// token of its own), which scores 0.7 F1 better on dev.
				k = Arabic
			}
		}
		lt := Token{Start: t.Start, End: t.End, Text: t.Text, Kind: k}
		if k == Arabic && segment {
			lt.Pre, lt.Suf, lt.Art = Segment(t.Text)
		}
		dst = append(dst, lt)
	}
	return dst
}

// Search returns the search form of s: normalize.Search, with any space
// left inside a tatweel-split word removed.
func Search(s string) string {
	n := normalize.Search.String(s)
	if strings.IndexByte(n, ' ') >= 0 {
		n = strings.ReplaceAll(n, " ", "")
	}
	return n
}

// Segment returns the byte lengths of the proclitics (conjunctions,
// prepositions, the future particle) of an Arabic word, from package
// tokenize's clitic segmentation (scheme Clitics). Pronoun enclitics are not
// cut (suf is always 0): names rarely carry them, and tokenize cuts some
// names' endings as pronouns (بلينكن → بلين + كن), which would break keys.
// art reports an article hidden after the preposition ل (للبنك): the stem
// is then written without the article's alef (see Token.Art).
func Segment(w string) (pre, suf int, art bool) {
	var buf [8]tokenize.Segment
	segs := tokenize.AppendSegments(buf[:0], w, tokenize.Clitics)
	i := 0
	for i < len(segs) {
		switch segs[i].Role {
		case tokenize.Conjunction, tokenize.Preposition, tokenize.Future:
			pre = segs[i].End
			i++
			continue
		}
		break
	}
	if pre >= len(w) {
		return 0, 0, false
	}
	if i < len(segs) && pre > 0 && segs[i].Start == pre {
		// tokenize gives the stem's Form with the article restored.
		f := segs[i].Form
		art = len(f) == 2+len(w)-pre && f[:2] == "ا" && f[2:] == w[pre:]
	}
	return pre, suf, art
}
