package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/entities/internal/feature"
	"github.com/khabar-nlp/khabar/entities/internal/gaz"
	"github.com/khabar-nlp/khabar/entities/internal/lex"
	"github.com/khabar-nlp/khabar/entities/internal/model"
)

// maxSentence bounds the tokens decoded together: a text without sentence
// punctuation is cut into pieces of this many tokens.
const maxSentence = 200

// confident is the score from which a mention seeds document-level
// consistency.
const confident = 0.3

// state is the scratch space of one tagging call.
type state struct {
	toks    []lex.Token
	x       feature.Extractor
	seq     model.Sequence
	dec     model.Decoder
	labels  []model.Label
	net     []model.NetToken
	probs   []float64
	ents    []Entity
	first   []string
	rest    []string
	matches []gaz.Match
	key     []byte   // scratch for an entity's key
	src     string   // the text being tagged
	stems   []string // key form of each token of src: search form without proclitics, article restored after ل (see entity)
}

func (t *Tagger) tag(st *state, dst []Entity, s string) []Entity {
	st.src = s
	defer func() {
		// Drop references to the caller's text before the state goes back
		// to the pool.
		st.src = ""
		clear(st.stems)
		clear(st.toks)
	}()
	st.toks = lex.Tokenize(st.toks[:0], s)
	st.stems = st.stems[:0]
	base := len(dst)
	toks := st.toks
	for start := 0; start < len(toks); {
		end := sentenceEnd(s, toks, start)
		dst = t.sentence(st, dst, toks[start:end])
		start = end
	}
	if t.consistency {
		dst = t.propagate(st, dst, base, s)
	}
	return dst
}

// sentenceEnd returns the end of the sentence starting at token i: after a
// sentence-final mark, before a line break, or maxSentence tokens on.
func sentenceEnd(s string, toks []lex.Token, i int) int {
	limit := min(len(toks), i+maxSentence)
	for j := i; j < limit; j++ {
		if j > i && strings.ContainsRune(s[toks[j-1].End:toks[j].Start], '\n') {
			return j
		}
		if toks[j].Kind == lex.Punct {
			switch toks[j].Text {
			case ".", "!", "?", "؟", "…", "...", "..", "!!", "؟؟":
				return j + 1
			}
		}
	}
	return limit
}

func (t *Tagger) sentence(st *state, dst []Entity, toks []lex.Token) []Entity {
	if len(toks) == 0 {
		return dst
	}
	st.x.Cache(t.m)
	st.x.Extract(&st.seq, toks, t.gaz, t.lex)
	for i := range toks {
		stem := st.x.Stem(i)
		if cut := nameCut(&toks[i], st.x.Norm(i), stem, t.gaz); cut != toks[i].Pre {
			// The features keep the segmenter's reading; the spans, keys
			// and consistency read the token as a name's first word.
			toks[i].Pre, toks[i].Art = cut, false
			stem = lex.Search(toks[i].Text[cut:])
		}
		if toks[i].Art {
			stem = "ا" + stem // للبنك: the key form is البنك
		}
		st.stems = append(st.stems, stem)
	}
	if t.m.Net != nil {
		st.net = st.x.NetTokens(st.net[:0])
	}
	st.labels = st.dec.DecodeNet(t.m, &st.seq, st.net, st.labels[:0])
	if !slices.ContainsFunc(st.labels, func(l model.Label) bool { return l != model.O }) {
		// No entity: the scores are not needed.
		if t.caller != nil {
			return t.overrides(st, dst, len(dst), toks)
		}
		return dst
	}
	st.probs = st.dec.Marginals(t.m, &st.seq, st.labels, st.probs[:0])
	start := len(dst)
	ls := st.labels
	for i := 0; i < len(ls); {
		if ls[i] == model.O {
			i++
			continue
		}
		typ := ls[i].Type()
		j := i + 1
		for j < len(ls) && ls[j].Inside() && ls[j].Type() == typ {
			j++
		}
		p := 0.0
		for k := i; k < j; k++ {
			p += st.probs[k]
		}
		if e, ok := st.entity(toks[i:j], Type(typ), p/float64(j-i)); ok {
			dst = append(dst, e)
		}
		i = j
	}
	if t.caller != nil {
		dst = t.overrides(st, dst, start, toks)
	}
	return dst
}

// nameCut returns how many leading bytes of tok are proclitics to leave out
// of a name that starts with it: tok.Pre, the segmenter's proclitics, except
//   - the future particle س, which only goes before verbs: «سيناء» is not
//     س + يناء, «وسيناء» is و + سيناء;
//   - proclitics that would leave fewer than three letters: «وول ستريت»,
//     «وفا» (the agency), unless what is left is أم, آل or بن, which begin
//     names: «وأم كلثوم» is و + أم كلثوم;
//   - proclitics of a word that as a whole, and not without them, begins a
//     gazetteer name: «فيفا».
//
// norm is the search form of the whole token, stem that of the token
// without its proclitics.
func nameCut(tok *lex.Token, norm, stem string, g *gaz.Matcher) int {
	p := tok.Pre
	if p == 0 {
		return 0
	}
	if q, ok := strings.CutSuffix(tok.Text[:p], "س"); ok {
		p = len(q)
	}
	switch {
	case p == 0:
	case utf8.RuneCountInString(stem) < 3 && stem != "ام" && stem != "ال" && stem != "بن":
		p = 0
	case p == tok.Pre && g.Starts(norm) && !g.Starts(stem):
		p = 0
	}
	return p
}

// entity builds the entity over toks: the span starts after the proclitics
// of the first token. ok is false if nothing is left (a token that is all
// clitic, or punctuation only).
func (st *state) entity(toks []lex.Token, typ Type, score float64) (Entity, bool) {
	// A name never spans invalid UTF-8, an emoji, a URL or the like: cut the
	// mention before the first such token.
	for k := range toks {
		if toks[k].Kind == lex.Other {
			toks = toks[:k]
			break
		}
	}
	// Trim punctuation at the edges: a name never starts or ends with it.
	for len(toks) > 0 && !toks[0].Word() && toks[0].Kind != lex.Number {
		toks = toks[1:]
	}
	for len(toks) > 0 && !toks[len(toks)-1].Word() && toks[len(toks)-1].Kind != lex.Number {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return Entity{}, false
	}
	first := &toks[0]
	e := Entity{Start: first.Start + first.Pre, End: toks[len(toks)-1].End, Type: typ, Score: score}
	if e.Start >= e.End {
		return Entity{}, false
	}
	e.Text = st.src[e.Start:e.End]
	st.key = st.key[:0]
	for k := range toks {
		w := toks[k].Text
		if k == 0 {
			w = w[first.Pre:]
		}
		n := lex.Search(w)
		if n == "" {
			continue
		}
		if len(st.key) > 0 {
			st.key = append(st.key, ' ')
		}
		if k == 0 && first.Art {
			st.key = append(st.key, "ا"...) // للبنك: the key is البنك
		}
		st.key = append(st.key, n...)
	}
	e.Key = string(st.key)
	return e, true
}

// overrides puts the caller's gazetteer matches in the sentence in place of
// the model's overlapping entities dst[start:].
func (t *Tagger) overrides(st *state, dst []Entity, start int, toks []lex.Token) []Entity {
	st.first, st.rest = st.first[:0], st.rest[:0]
	for i := range toks {
		st.rest = append(st.rest, lex.Search(toks[i].Text))
		st.first = append(st.first, lex.Search(toks[i].Stem()))
	}
	st.matches = t.caller.Find(st.matches[:0], st.first, st.rest)
	if len(st.matches) == 0 {
		return dst
	}
	for _, mt := range st.matches {
		typ := 0
		for k := 1; k <= 4; k++ {
			if mt.Types&(1<<(k-1)) != 0 {
				typ = k
				break
			}
		}
		e, ok := st.entity(toks[mt.Start:mt.End], Type(typ), 1)
		if !ok {
			continue
		}
		kept := dst[:start]
		for _, x := range dst[start:] {
			if x.End <= e.Start || x.Start >= e.End {
				kept = append(kept, x)
			}
		}
		dst = append(kept, e)
	}
	tail := dst[start:]
	slices.SortFunc(tail, func(a, b Entity) int { return a.Start - b.Start })
	return dst
}
