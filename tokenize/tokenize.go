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
// [All] would cut it, for use with a [bufio.Scanner] over an io.Reader.
// Tokens never span the scanner's buffer boundary wrongly: a token is
// returned only once the bytes after it are seen (or at EOF). The kind is
// not returned; call [Append] on the token text if it is needed. Invalid
// UTF-8 comes out in tokens like everything else.
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
	if !atEOF && end+maxLookahead >= len(data) {
		if start > 0 {
			return start, nil, nil
		}
		return 0, nil, nil
	}
	return end, data[start:end], nil
}

var _ bufio.SplitFunc = ScanTokens
