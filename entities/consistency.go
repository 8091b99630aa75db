package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/entities/internal/lex"
)

// seed is a name found with confidence, that later bare mentions copy.
type seed struct {
	typ   Type
	score float64
}

// propagate implements document-level consistency over dst[base:], the
// entities of text s (whose tokens are st.toks): every word not inside an
// entity whose search form (without proclitics) equals a confidently tagged
// one-word name, or the last word of a confidently tagged person name of two
// words or more, becomes an entity of that type.
func (t *Tagger) propagate(st *state, dst []Entity, base int, s string) []Entity {
	ents := dst[base:]
	if len(ents) == 0 {
		return dst
	}
	seeds := make(map[string]seed)
	for _, e := range ents {
		if e.Score < confident {
			continue
		}
		key := e.Key
		if e.Type == Person {
			if i := strings.LastIndexByte(key, ' '); i >= 0 {
				key = key[i+1:]
			}
		} else if strings.IndexByte(key, ' ') >= 0 {
			continue
		}
		if utf8.RuneCountInString(key) < 3 {
			continue
		}
		if old, ok := seeds[key]; ok && old.typ != e.Type {
			// Conflicting types: keep the more confident one.
			if old.score >= e.Score {
				continue
			}
		}
		if old, ok := seeds[key]; !ok || e.Score > old.score {
			seeds[key] = seed{e.Type, e.Score}
		}
	}
	if len(seeds) == 0 {
		return dst
	}
	n := len(dst)
	k := base // index of the next entity at or after the current token
	for i := range st.toks {
		tok := &st.toks[i]
		if tok.Kind != lex.Arabic && tok.Kind != lex.Latin {
			continue
		}
		for k < n && dst[k].End <= tok.Start {
			k++
		}
		if k < n && dst[k].Start < tok.End {
			continue // inside (or overlapping) an entity
		}
		sd, ok := seeds[st.stems[i]]
		if !ok {
			continue
		}
		if e, ok := st.entity(st.toks[i:i+1], sd.typ, 0.9*sd.score); ok {
			dst = append(dst, e)
		}
	}
	if len(dst) > n {
		slices.SortFunc(dst[base:], func(a, b Entity) int { return a.Start - b.Start })
	}
	return dst
}
