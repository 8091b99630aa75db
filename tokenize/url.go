package tokenize

import (
	"strings"
	"unicode/utf8"
)

// hasPrefixFold reports whether s[i:] starts with the lower-case ASCII
// prefix p, ignoring ASCII case.
func hasPrefixFold(s string, i int, p string) bool {
	if len(s)-i < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := s[i+k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// scanURL returns the end of the URL starting at s[i], or i if none does.
// A URL starts with http://, https:// or www. and runs to the next white
// space, quotation mark or angle bracket; trailing punctuation that usually
// ends a sentence (. , ; : ! ? ، ؛ ؟ and an unbalanced closing bracket) is
// left outside.
func scanURL(s string, i int) int {
	var p int
	switch {
	case hasPrefixFold(s, i, "https://"):
		p = i + 8
	case hasPrefixFold(s, i, "http://"):
		p = i + 7
	case hasPrefixFold(s, i, "www."):
		p = i + 4
	default:
		return i
	}
	e := p
	open := 0
	for e < len(s) {
		r, n := runeAt(s, e)
		if r == utf8.RuneError && n == 1 || isGapRune(r) || strings.ContainsRune("\"<>“”«»‘’`", r) {
			break
		}
		switch r {
		case '(', '[':
			open++
		case ')', ']':
			if open == 0 {
				goto done
			}
			open--
		}
		e += n
	}
done:
	for e > p {
		r, n := utf8.DecodeLastRuneInString(s[:e])
		if strings.ContainsRune(".,;:!?'،؛؟…", r) {
			e -= n
			continue
		}
		break
	}
	if e == p {
		return i
	}
	return e
}

func isEmailLocal(c byte) bool {
	return isASCIIAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// scanEmail returns the end of the e-mail address starting at s[i], or i.
// The address is ASCII: local@label.label..., the last label at least two
// letters.
func scanEmail(s string, i int) int {
	j := i
	for j < len(s) && isEmailLocal(s[j]) {
		j++
	}
	if j == i || j >= len(s) || s[j] != '@' || s[j-1] == '.' {
		return i
	}
	j++
	dots, lastLabel, e := 0, 0, j
	for e < len(s) {
		start := e
		for e < len(s) && (isASCIIAlnum(s[e]) || s[e] == '-') {
			e++
		}
		if e == start {
			break
		}
		lastLabel = e - start
		if e+1 < len(s) && s[e] == '.' && isASCIIAlnum(s[e+1]) {
			dots++
			e++
			continue
		}
		break
	}
	if dots == 0 || lastLabel < 2 {
		return i
	}
	return e
}
