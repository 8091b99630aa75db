// Package gaz matches gazetteer entries (names of places, organisations and
// people, as sequences of words) against a tokenised sentence, and holds the
// gazetteer lists embedded in the library (data/*.tsv; each file names its
// source and licence in its header).
//
// A Matcher is immutable once built and safe for concurrent use.
package gaz

import (
	"strings"
)

// Types of gazetteer entries. They match model.Label.Type: 1 PERS, 2 LOC,
// 3 ORG, 4 MISC.
const (
	Per  = 1
	Loc  = 2
	Org  = 3
	Misc = 4
)

// Entry is one gazetteer name: Words are the search forms of its words.
type Entry struct {
	Words []string
	Type  int
}

// Matcher finds gazetteer names in sentences.
type Matcher struct {
	// first maps the search form of a name's first word to the entries
	// starting with it, longest first.
	first map[string][]Entry
	max   int
}

// NewMatcher builds a Matcher from entries. Entries are copied.
func NewMatcher(entries ...[]Entry) *Matcher {
	m := &Matcher{first: make(map[string][]Entry)}
	seen := make(map[string]bool)
	for _, list := range entries {
		for _, e := range list {
			if len(e.Words) == 0 || e.Type < Per || e.Type > Misc {
				continue
			}
			key := strings.Join(e.Words, " ") + "\x00" + string(rune('0'+e.Type))
			if seen[key] {
				continue
			}
			seen[key] = true
			e.Words = append([]string(nil), e.Words...)
			m.first[e.Words[0]] = append(m.first[e.Words[0]], e)
			m.max = max(m.max, len(e.Words))
		}
	}
	for k, es := range m.first {
		// Longest first, then by type for determinism.
		for i := 1; i < len(es); i++ {
			for j := i; j > 0 && less(es[j], es[j-1]); j-- {
				es[j], es[j-1] = es[j-1], es[j]
			}
		}
		m.first[k] = es
	}
	return m
}

func less(a, b Entry) bool {
	if len(a.Words) != len(b.Words) {
		return len(a.Words) > len(b.Words)
	}
	return a.Type < b.Type
}

// Has reports whether the one-word name w (search form) is an entry of type t.
func (m *Matcher) Has(w string, t int) bool {
	if m == nil {
		return false
	}
	for _, e := range m.first[w] {
		if len(e.Words) == 1 && e.Type == t {
			return true
		}
	}
	return false
}

// Starts reports whether w (a search form) is the first word of an entry
// of m.
func (m *Matcher) Starts(w string) bool {
	if m == nil {
		return false
	}
	_, ok := m.first[w]
	return ok
}

// Len returns the number of distinct entries in m.
func (m *Matcher) Len() int {
	n := 0
	for _, es := range m.first {
		n += len(es)
	}
	return n
}

// Match is a gazetteer hit over tokens [Start, End) of a sentence.
type Match struct {
	Start, End int
	Types      uint8 // bit t-1 set for each type t the name has
}

// Find appends to dst the longest gazetteer matches in a sentence, left to
// right, without overlaps. first[i] is the form of token i used when a name
// starts there (its stem without proclitics), rest[i] the form used inside
// a name (the whole word's search form).
func (m *Matcher) Find(dst []Match, first, rest []string) []Match {
	if m == nil || len(m.first) == 0 {
		return dst
	}
	n := len(first)
	for i := 0; i < n; {
		best := Match{}
		for _, key := range [2]string{first[i], rest[i]} {
			for _, e := range m.first[key] {
				l := len(e.Words)
				if i+l > n || (best.End > 0 && i+l < best.End) {
					continue
				}
				ok := true
				for k := 1; k < l; k++ {
					if rest[i+k] != e.Words[k] {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				if i+l > best.End {
					best = Match{Start: i, End: i + l}
				}
				if i+l == best.End {
					best.Types |= 1 << (e.Type - 1)
				}
			}
			if first[i] == rest[i] {
				break
			}
		}
		if best.End > 0 {
			dst = append(dst, best)
			i = best.End
			continue
		}
		i++
	}
	return dst
}
