package tokenize

import (
	"bufio"
	"iter"
	"unsafe"
)

// Token is one token of a text: its half-open byte span [Start, End) in the
// string given to the tokenizer, the text itself (always s[Start:End], a
// substring sharing s's memory) and its kind.
type Token struct {
	Start, End int
	Text       string
	Kind       Kind
}

// All returns an iterator over the tokens of s, in order. It allocates
// nothing per token.
func All(s string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		i := 0
		for {
			start, end, kind, ok := next(s, i)
			if !ok || !yield(Token{Start: start, End: end, Text: s[start:end], Kind: kind}) {
				return
			}
			i = end
		}
	}
}

// Append appends the tokens of s to dst and returns the extended slice. Once
// dst has room for the tokens it allocates nothing.
func Append(dst []Token, s string) []Token {
	i := 0
	for {
		start, end, kind, ok := next(s, i)
		if !ok {
			return dst
		}
		dst = append(dst, Token{Start: start, End: end, Text: s[start:end], Kind: kind})
		i = end
	}
}

// Tokens returns the tokens of s as a new slice.
func Tokens(s string) []Token {
	return Append(make([]Token, 0, len(s)/6+1), s)
}

// ScanTokens is a [bufio.SplitFunc] that yields the text of each token, as
// [All] would cut it, for use with a [bufio.Scanner] over an io.Reader. A
// token is returned only once enough of the text after it has been read to
// be sure where it ends (or at EOF), so the tokens are those of [All] over
// the whole stream, except in text with no white space for more than 1 KB.
// The kind is not returned; call [Append] on the token text if it is
// needed. Invalid UTF-8 comes out in tokens like everything else.
func ScanTokens(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	// The scanner reads data only during this call and keeps no reference.
	s := unsafe.String(&data[0], len(data))
	start, end, _, ok := next(s, 0)
	if !ok {
		if atEOF {
			return len(data), nil, nil
		}
		return start, nil, nil // drop the gap, wait for more
	}
	if !atEOF && !settled(data, end) {
		return start, nil, nil // drop the gap, wait for more
	}
	return end, data[start:end], nil
}

// settled reports whether a token ending at end can no longer change when
// more data follows: every token stops at the first white space after it
// (only a tatweel-split word reaches over a few spaces, and the other
// look-aheads are shorter than maxLookahead), so a space or line break at
// least maxLookahead bytes past end settles it. Beyond maxSettle bytes of
// look-ahead the token is taken as settled, so that text without white
// space still streams.
func settled(data []byte, end int) bool {
	const maxSettle = 1024
	if len(data)-end > maxSettle {
		return true
	}
	for i := len(data) - 1; i >= end+maxLookahead; i-- {
		switch data[i] {
		case ' ', '\n', '\t', '\r':
			return true
		}
	}
	return false
}

var _ bufio.SplitFunc = ScanTokens
