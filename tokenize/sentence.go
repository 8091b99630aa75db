package tokenize

import (
	"iter"
	"strings"
)

// Sentence is one sentence of a text: its half-open byte span [Start, End)
// in the string given to the splitter and its text, s[Start:End]. A
// sentence starts at its first token and ends at its last, so it never
// begins or ends with white space.
type Sentence struct {
	Start, End int
	Text       string
}

// isTerminal reports whether the punctuation token t ends a sentence: a run
// of . ! ? ؟, the ellipsis … or the Urdu full stop ۔.
func isTerminal(t string) bool {
	switch t[0] {
	case '.', '!', '?':
		return true
	}
	switch t {
	case "؟", "…", "۔":
		return true
	}
	return strings.HasPrefix(t, "؟")
}

// quoteEffect tells how a punctuation token changes the quotation depth:
// +1 opens, -1 closes, 2 toggles (the ASCII double quote), 0 none.
func quoteEffect(t string) int {
	switch t {
	case "«", "“", "„", "‹":
		return 1
	case "»", "”", "›":
		return -1
	case "\"":
		return 2
	}
	return 0
}

// closesAfterStop reports whether t may follow a full stop inside the
// sentence it ends (a closing quotation mark or bracket).
func closesAfterStop(t string) bool {
	switch t {
	case "»", "”", "’", "›", ")", "]", "}", "\"", "'":
		return true
	}
	return false
}

// hasLineBreak reports whether the gap s[i:j] holds a line break.
func hasLineBreak(s string, i, j int) bool {
	g := s[i:j]
	return strings.IndexByte(g, '\n') >= 0 || strings.IndexByte(g, '\r') >= 0 ||
		strings.Contains(g, "\u2028") || strings.Contains(g, "\u2029") || strings.Contains(g, "\u0085")
}

// Sentences returns an iterator over the sentences of s. A sentence ends
// after a token of . ! ? ؟ … (or a run of them) together with the closing
// quotation marks and brackets right after it, and at every line break, so
// that headlines and datelines on lines of their own are sentences. Full
// stops inside numbers (1.5), abbreviations (د. أ.ف.ب), URLs and e-mail
// addresses are not tokens of their own and so never end a sentence; a stop
// inside a quotation that is still open («...» “...” "...") does not end it
// either, until the quotation closes or the line ends.
func Sentences(s string) iter.Seq[Sentence] {
	return func(yield func(Sentence) bool) {
		var sp splitter
		sp.s = s
		for {
			sen, ok := sp.next()
			if !ok || !yield(sen) {
				return
			}
		}
	}
}

// AppendSentences appends the sentences of s to dst and returns the
// extended slice. Once dst has room it allocates nothing.
func AppendSentences(dst []Sentence, s string) []Sentence {
	sp := splitter{s: s}
	for {
		sen, ok := sp.next()
		if !ok {
			return dst
		}
		dst = append(dst, sen)
	}
}

// SplitSentences returns the sentences of s as a new slice.
func SplitSentences(s string) []Sentence {
	return AppendSentences(nil, s)
}

// splitter walks the tokens of s and cuts them into sentences.
type splitter struct {
	s    string
	i    int // scan position
	done bool
	// a token read past the end of the previous sentence
	held         bool
	hStart, hEnd int
	hKind        Kind
}

func (sp *splitter) token() (start, end int, kind Kind, ok bool) {
	if sp.held {
		sp.held = false
		return sp.hStart, sp.hEnd, sp.hKind, true
	}
	start, end, kind, ok = next(sp.s, sp.i)
	sp.i = end
	return
}

func (sp *splitter) next() (Sentence, bool) {
	s := sp.s
	first, last := -1, -1
	depth := 0
	stop := false      // a terminal token was seen: end before the next ordinary token
	quoteStop := false // a terminal token was seen inside a quotation
	for {
		start, end, kind, ok := sp.token()
		if !ok {
			break
		}
		if first >= 0 && hasLineBreak(s, last, start) {
			sp.held, sp.hStart, sp.hEnd, sp.hKind = true, start, end, kind
			break
		}
		t := s[start:end]
		if stop {
			if kind == Punct && (closesAfterStop(t) || isTerminal(t)) {
				last = end
				continue
			}
			sp.held, sp.hStart, sp.hEnd, sp.hKind = true, start, end, kind
			break
		}
		if first < 0 {
			first = start
		}
		last = end
		if kind != Punct {
			quoteStop = false
			continue
		}
		switch quoteEffect(t) {
		case 1:
			depth++
		case -1:
			if depth > 0 {
				depth--
				if depth == 0 && quoteStop {
					stop = true
				}
			}
		case 2:
			if depth > 0 {
				depth--
				if depth == 0 && quoteStop {
					stop = true
				}
			} else {
				depth++
			}
		}
		if isTerminal(t) {
			if depth == 0 {
				stop = true
			} else {
				quoteStop = true
			}
		} else if quoteEffect(t) == 0 {
			quoteStop = false
		}
	}
	if first < 0 {
		return Sentence{}, false
	}
	return Sentence{Start: first, End: last, Text: s[first:last]}, true
}
