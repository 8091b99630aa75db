// Package tokenize holds the evaluation of khabar's tokenize package on
// QCRI's hand-segmented WikiNews gold and its speed beside
// github.com/rivo/uniseg. See the tests.
package tokenize

import (
	"strings"
)

// GoldToken is one line of ../shared/data/wikinews/seg.tsv.
type GoldToken struct {
	Split, Domain, Surface string
	Full, Clitic, Article  string
	POS                    string
	Ambig                  bool
}

// ParseSeg parses seg.tsv (header line first, tab-separated).
func ParseSeg(data string) []GoldToken {
	var out []GoldToken
	for i, line := range strings.Split(strings.TrimRight(data, "\n"), "\n") {
		if i == 0 || line == "" {
			continue
		}
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		for len(f) < 8 {
			f = append(f, "")
		}
		out = append(out, GoldToken{f[0], f[1], f[2], f[3], f[4], f[5], f[6], strings.Contains(f[7], "ambig")})
	}
	return out
}

// Boundaries returns the boundary positions (in bytes of surface) of the
// segmentation segs ("+"-joined forms), aligning restored forms (ل+ال
// written لل, من+ما written مما) to the written surface. ok is false when
// the forms cannot be aligned.
func Boundaries(surface, segs string) (b []int, ok bool) {
	parts := strings.Split(segs, "+")
	pos := 0
	for i, p := range parts {
		rest := surface[pos:]
		switch {
		case p == "":
			return nil, false
		case strings.HasPrefix(rest, p):
			pos += len(p)
		case strings.HasPrefix(p, "ال") && strings.HasPrefix(rest, p[len("ا"):]):
			pos += len(p) - len("ا")
		case (p == "من" || p == "عن") && strings.HasPrefix(rest, p[:len("م")]):
			pos += len("م")
		default:
			return nil, false
		}
		if i < len(parts)-1 {
			b = append(b, pos)
		}
	}
	return b, pos == len(surface)
}
