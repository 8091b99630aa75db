package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/entities/internal/lex"
)

// seed is a name found with confidence, that later bare mentions copy.
type seed struct {
	typ    Type
	score  float64
	tagged int   // mentions of the name that the model tagged
	pos    []int // their start offsets, in order
}

// near reports whether one of the offsets pos (in order) is within
// scopeBytes of x.
func near(pos []int, x int) bool {
	i, _ := slices.BinarySearch(pos, x)
	return i < len(pos) && pos[i]-x <= scopeBytes || i > 0 && x-pos[i-1] <= scopeBytes
}

// Consistency acts within an article: a tagged mention seeds the
// occurrences of its name no farther than scopeBytes from it (about 1,200
// words), so that a text of many articles (a feed read as one string) does
// not carry one article's name into all the others.
const scopeBytes = 12000

// minTaggedShare: a one-word name seeds consistency only if the model
// tagged at least one in minTaggedShare of its occurrences in the text. The
// model saw the others too; a name it rejected nearly everywhere is more
// likely a word that is also a name («ولي» of «ولي العهد», «خادم» of «خادم
// الحرمين») than a short form it missed. On the dev split, read in
// 20-sentence documents, 1/10 and 1/5 score as without the rule; on AQMAR's
// Wikipedia articles 1/5 loses 0.9 and 1/10 gains 0.2.
const minTaggedShare = 10

// propagate implements document-level consistency over dst[base:], the
// entities of text s (whose tokens are st.toks): every word not inside an
// entity whose search form (without proclitics) equals a confidently tagged
// one-word name, or the last word of a confidently tagged person name of two
// words or more, becomes an entity of that type, unless that name is a
// common word of the model's training text (Lexicon.Common: على, the last
// word of "محمد على", is far more often the preposition). Words that spell
// a confidently tagged name of several words (same key: "للبنك التجاري"
// after "البنك التجاري") become that name. A one-word name that the model
// tagged in fewer than one in minTaggedShare of its occurrences seeds
// nothing; a seed reaches only the occurrences within scopeBytes of one of
// its tagged mentions; and a common word is not read as a proclitic and a
// name ("بيان" is not ب + "يان").
func (t *Tagger) propagate(st *state, dst []Entity, base int, s string) []Entity {
	ents := dst[base:]
	if len(ents) == 0 {
		return dst
	}
	vote(ents)
	seeds := make(map[string]seed)
	var multi map[string][]multiSeed
	for _, e := range ents {
		if e.Score < confident {
			continue
		}
		if sp := strings.IndexByte(e.Key, ' '); sp >= 0 {
			if multi == nil {
				multi = make(map[string][]multiSeed)
			}
			first := e.Key[:sp]
			if j := slices.IndexFunc(multi[first], func(m multiSeed) bool { return m.key == e.Key }); j >= 0 {
				multi[first][j].seed.pos = append(multi[first][j].seed.pos, e.Start)
			} else {
				multi[first] = append(multi[first], multiSeed{key: e.Key, n: strings.Count(e.Key, " ") + 1, seed: seed{typ: e.Type, score: e.Score, pos: []int{e.Start}}})
			}
		}
		key := e.Key
		if e.Type == Person {
			if i := strings.LastIndexByte(key, ' '); i >= 0 {
				key = key[i+1:]
			}
		} else if strings.IndexByte(key, ' ') >= 0 {
			continue
		}
		if utf8.RuneCountInString(key) < 3 || t.lex.Common(key) {
			continue
		}
		// The most confident mention gives the type; every mention counts.
		sd := seeds[key]
		if sd.tagged == 0 || e.Score > sd.score {
			sd.typ, sd.score = e.Type, e.Score
		}
		sd.tagged++
		sd.pos = append(sd.pos, e.Start)
		seeds[key] = sd
	}
	if len(seeds) > 0 {
		// A name the model tagged in only a few of its occurrences in the
		// document was rejected by it in the others: it seeds nothing.
		occ := make(map[string]int, len(seeds))
		for i := range st.toks {
			tok := &st.toks[i]
			if tok.Kind != lex.Arabic && tok.Kind != lex.Latin {
				continue
			}
			if _, ok := seeds[st.stems[i]]; ok {
				occ[st.stems[i]]++
			}
		}
		for k, sd := range seeds {
			if sd.tagged*minTaggedShare < occ[k] {
				delete(seeds, k)
			}
		}
	}
	if len(seeds) == 0 && len(multi) == 0 {
		return dst
	}
	t.trimClitics(st, ents, seeds)
	n := len(dst)
	k := base    // index of the next entity at or after the current token
	covered := 0 // end of the last multi-word name added here
	for i := range st.toks {
		tok := &st.toks[i]
		if tok.Kind != lex.Arabic && tok.Kind != lex.Latin || tok.Start < covered {
			continue
		}
		for k < n && dst[k].End <= tok.Start {
			k++
		}
		if k < n && dst[k].Start < tok.End {
			continue // inside (or overlapping) an entity
		}
		stem := st.stems[i]
		if ms, ok := multi[stem]; ok {
			if e, ok := st.multiMatch(ms, i, dst[k:n]); ok {
				dst = append(dst, e)
				covered = e.End
				continue
			}
		}
		tk := st.toks[i : i+1]
		sd, ok := seeds[stem]
		if !ok && tok.Pre == 0 {
			// The segmenter keeps an unknown name with its clitic whole
			// (بنتنياهو): try the name without a leading و ف and ب ل ك,
			// unless the whole word is a common word (بيان is not ب + يان;
			// looked up last, as it is rarely needed).
			var g lex.Token
			if g, ok = guessClitics(tok); ok {
				// The clitics are letters that the search form keeps as
				// they are: the stem's form is the rest of the token's
				// form, with no new string.
				gs, found := strings.CutPrefix(stem, g.Text[:g.Pre])
				if !found {
					gs = lex.Search(g.Stem())
				}
				sd, ok = seeds[gs]
				ok = ok && !t.lex.Common(stem)
				tk = []lex.Token{g}
			}
		}
		if !ok || !near(sd.pos, tok.Start) {
			continue
		}
		if e, ok := st.entity(tk, sd.typ, 0.9*sd.score); ok {
			dst = append(dst, e)
		}
	}
	if len(dst) > n {
		slices.SortFunc(dst[base:], func(a, b Entity) int { return a.Start - b.Start })
	}
	return dst
}

// vote gives every mention of a name (same key) in ents the type with the
// largest total score over its mentions: "سيدي بوزيد" read once as a place
// with confidence and once, weakly, as a person is a place both times. A
// mention of score 1 (a caller's gazetteer entry) keeps its type and gives
// it to the other mentions of its name.
func vote(ents []Entity) {
	votes := make(map[string]*[Misc + 1]float64)
	for _, e := range ents {
		v := votes[e.Key]
		if v == nil {
			v = new([Misc + 1]float64)
			votes[e.Key] = v
		}
		if e.Score >= 1 {
			// A caller's gazetteer entry (score 1) decides its type.
			v[e.Type] += 1e6
		}
		v[e.Type] += e.Score
	}
	for i := range ents {
		e := &ents[i]
		if e.Score >= 1 {
			continue
		}
		v := votes[e.Key]
		for ty := Person; ty <= Misc; ty++ {
			if v[ty] > v[e.Type] {
				e.Type = ty
			}
		}
	}
}

// multiSeed is a confidently tagged name of several words (its Key).
type multiSeed struct {
	key  string
	n    int // words in key
	seed seed
}

// multiMatch returns the entity for the longest seed of ms that the tokens
// from i on spell (same key), if none of them is inside an entity of next
// (the entities at or after token i, in order).
func (st *state) multiMatch(ms []multiSeed, i int, next []Entity) (Entity, bool) {
	var best Entity
	found := false
	for _, m := range ms {
		// Words only: punctuation between the words is not a match.
		j, words := i, 0
		for j < len(st.toks) && words < m.n && st.toks[j].Word() {
			j++
			words++
		}
		if words < m.n || found && best.End >= st.toks[j-1].End {
			continue
		}
		if len(next) > 0 && next[0].Start < st.toks[j-1].End || !near(m.seed.pos, st.toks[i].Start) {
			continue
		}
		e, ok := st.entity(st.toks[i:j], m.seed.typ, 0.9*m.seed.score)
		if ok && e.Key == m.key {
			best, found = e, true
		}
	}
	return best, found
}

// guessClitics returns tok with its leading conjunction (و ف) and then
// preposition (ب ل ك) read as proclitics, if it has any and at least three
// letters remain.
func guessClitics(tok *lex.Token) (lex.Token, bool) {
	g := *tok
	rest := g.Text
	if r, n := utf8.DecodeRuneInString(rest); r == 'و' || r == 'ف' {
		rest = rest[n:]
	}
	if r, n := utf8.DecodeRuneInString(rest); r == 'ب' || r == 'ل' || r == 'ك' {
		rest = rest[n:]
	}
	if len(rest) == len(g.Text) || utf8.RuneCountInString(rest) < 3 {
		return g, false
	}
	g.Pre = len(g.Text) - len(rest)
	return g, true
}

// trimClitics moves the start of each entity in ents whose first word the
// segmenter kept whole past a leading و ف / ب ل ك when the rest of the word
// is a confidently tagged name of the document: with نتنياهو known,
// "بنتنياهو" becomes the mention "نتنياهو".
func (t *Tagger) trimClitics(st *state, ents []Entity, seeds map[string]seed) {
	k := 0
	for i := range ents {
		e := &ents[i]
		for k < len(st.toks) && st.toks[k].End <= e.Start {
			k++
		}
		if k == len(st.toks) || st.toks[k].Start != e.Start || st.toks[k].Pre != 0 {
			continue
		}
		g, ok := guessClitics(&st.toks[k])
		if !ok {
			continue
		}
		if _, ok := seeds[lex.Search(g.Stem())]; !ok {
			continue
		}
		j := k
		for j < len(st.toks) && st.toks[j].End < e.End {
			j++
		}
		if j == len(st.toks) {
			continue
		}
		toks := append([]lex.Token{g}, st.toks[k+1:j+1]...)
		if ne, ok := st.entity(toks, e.Type, e.Score); ok {
			*e = ne
		}
	}
}
