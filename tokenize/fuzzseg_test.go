package tokenize

import "testing"

// fuzzSegments checks that every Arabic word token segments, in each
// scheme, into spans that tile it.
func fuzzSegments(t *testing.T, toks []Token) {
	for _, tok := range toks {
		for _, scheme := range []Scheme{Clitics, Article, Full} {
			checkSegments(t, tok.Text, SegmentWord(tok.Text, scheme))
		}
	}
}

// FuzzSegmentWord feeds arbitrary strings to the segmenter directly.
func FuzzSegmentWord(f *testing.F) {
	for _, s := range []string{"", "وبلينكن", "للفلسطينيين", "مما", "ل", "لل", "للل", "والـ", "\xd8", "ـه", "ومما", "بهما"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, scheme := range []Scheme{Clitics, Article, Full} {
			checkSegments(t, s, SegmentWord(s, scheme))
		}
	})
}
