package numbers

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Parse reads s as exactly one number, with optional bound words (نحو 100,
// ما لا يقل عن 37124, بين 10 و20) and surrounding spaces. The returned
// Number's offsets are into s. Anything else — empty input, text that is
// not a number, or two numbers — is an error wrapping [ErrSyntax] that
// quotes s; a number too large for [Value] is an error wrapping [ErrRange].
//
// Parse of a plain digit string does not allocate.
func Parse(s string) (Number, error) { return Extractor{}.Parse(s) }

// Parse reads s as exactly one number; see the package function [Parse].
func (x Extractor) Parse(s string) (Number, error) {
	i, e := 0, len(s)
	for i < e {
		sp, w := isSpaceAt(s, i)
		if !sp && s[i] != '\n' && s[i] != '\r' {
			break
		}
		i += w
	}
	for e > i {
		r, w := utf8.DecodeLastRuneInString(s[:e])
		if r != '\n' && r != '\r' && r != ' ' && r != '\t' {
			if sp, _ := isSpaceAt(s, e-w); !sp {
				break
			}
		}
		e -= w
	}
	if i == e {
		return Number{}, fmt.Errorf("%w: %q", ErrSyntax, s)
	}
	if r, w := utf8.DecodeRuneInString(s[i:]); (r == '-' || r == '\u2212') && i+w < e && s[i+w] == ' ' {
		// "- 1 4/5": a sign set apart.
		n, err := x.Parse(s[i+w : e])
		if err != nil || n.Value.Sign() < 0 || n.Approx != Exact {
			return Number{}, fmt.Errorf("%w: %q", ErrSyntax, s)
		}
		k := strings.Index(s[i+w:], n.Text) + i + w
		n.Value, n.Start, n.End, n.Text = n.Value.Neg(), i, k+len(n.Text), s[i:k+len(n.Text)]
		return n, nil
	}
	sc := scanner{s: s[:e], opts: x.Options, whole: true, i: i}
	if isDigitAt(s, i) {
		if _, ok := scanNumeral(s[:e], i, false); !ok {
			return Number{}, fmt.Errorf("%w: %q", ErrRange, s)
		}
	}
	n, ok := sc.next()
	if !ok || (sc.cueStart != i && !isProclitic(s[i:sc.cueStart])) || sc.cueEnd != e {
		return Number{}, fmt.Errorf("%w: %q", ErrSyntax, s)
	}
	return n, nil
}

// isProclitic reports whether p is a conjunction or preposition glued to
// the number (وخمسة, بثلاثة); Parse accepts them outside the span.
func isProclitic(p string) bool {
	switch p {
	case "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك":
		return true
	}
	return false
}
