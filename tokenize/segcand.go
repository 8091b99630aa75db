package tokenize

import "math"

// Proclitic kinds of a candidate.
const (
	prNone = iota
	prB    // ب
	prK    // ك
	prL    // ل
	prS    // س (future)
	prLL   // ل + ال written لل
	numPreps
)

// pronouns are the enclitic pronouns, folded.
var pronouns = [...][]rune{[]rune("ه"), []rune("ها"), []rune("هم"), []rune("هما"), []rune("هن"), []rune("ك"), []rune("كم"), []rune("كن"), []rune("كما"), []rune("ني"), []rune("ي"), []rune("نا")}

// pronounsEndingIn returns the indexes in pronouns of the pronouns whose
// last letter is r.
func pronounsEndingIn(r rune) []uint8 {
	switch r {
	case 'ه':
		return pronH
	case 'ا':
		return pronA
	case 'م':
		return pronM
	case 'ن':
		return pronN
	case 'ك':
		return pronK
	case 'ي':
		return pronY
	}
	return nil
}

var (
	pronH = []uint8{0}           // ه
	pronA = []uint8{1, 3, 8, 11} // ها هما كما نا
	pronM = []uint8{2, 6}        // هم كم
	pronN = []uint8{4, 7}        // هن كن
	pronK = []uint8{5}           // ك
	pronY = []uint8{9, 10}       // ني ي
)

// cand is one candidate segmentation: conj letters, a preposition kind, the
// stem's letters [s, e) and a pronoun (index into pronouns, or -1).
type cand struct {
	conj  int // 0 or 1 letter
	prep  int
	s, e  int
	pron  int
	score float32
}

// weights are the ranking model's weights, set by hand and by coordinate
// search on the dev split of the WikiNews gold (never its test split).
type weights struct {
	level        [numLevels]float32 // stem knowledge
	conjW        [2]float32         // و, stem unknown / known
	conjF        [2]float32         // ف, stem unknown / known
	prep         [numPreps][2]float32
	pron         [len(pronouns)][2]float32
	wholeKnown   float32 // splitting a word that is itself a lexicon word (stem not a function word)
	wholeFunc    float32 // splitting a function word
	funcStem     float32 // the stem is a function word
	seenWhole    float32 // the whole word is attested, the stem is not
	conjYeh      float32 // و/ف before an unknown stem starting with ي (ويليام, ويكيبيديا)
	artPrep      float32 // ب ك ل before a stem with the article
	artPron      float32 // a stem with the article and a pronoun
	shortStem    float32 // a non-function stem of two letters or fewer
	futNotVerb   float32 // س before a known stem that is not a verb
	prepVerb     float32 // ب or ك before a stem known only as a verb, ل before one not imperfect
	tanween      float32 // the whole word is a known noun with the accusative alef
	tanweenSeen  float32 // ... and an attested form
	wholeKnownF2 float32 // two clitics or more around a function word, the whole being a lexicon word
}

var model = weights{
	level:        [numLevels]float32{lvUnknown: 0, lvInfl: 1.5, lvArtInfl: 2, lvArt: 2.5, lvDirect: 3, lvFunc: 4, lvInflFem: 2.5, lvBare: 1},
	conjW:        [2]float32{0.5, 0},
	conjF:        [2]float32{-0.5, -0.5},
	prep:         [numPreps][2]float32{prB: {-0.5, -1}, prK: {-2, -2}, prL: {-0.5, -1}, prS: {-1, -0.5}, prLL: {0, -0.5}},
	pron:         [len(pronouns)][2]float32{{-1, -0.5}, {-0.5, -0.5}, {-1, -0.5}, {-1, -1}, {-1.5, -1.5}, {-3, -1.5}, {-1.5, -1}, {-4, -4}, {-3, -3}, {-3, -3}, {-3, -1.5}, {-2, -1}},
	wholeKnown:   -3,
	wholeFunc:    -4,
	funcStem:     2.5,
	seenWhole:    -0.5,
	conjYeh:      -1,
	artPrep:      1.5,
	artPron:      -4,
	shortStem:    -2,
	futNotVerb:   -2,
	prepVerb:     -2,
	tanween:      0,
	tanweenSeen:  1,
	wholeKnownF2: -3,
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// mayHaveClitic reports whether any candidate other than the whole word can
// exist: a first letter that can be a proclitic or a last letter that can
// end a pronoun.
func (w *analysis) mayHaveClitic() bool {
	switch w.f[0] {
	case 'و', 'ف', 'ب', 'ك', 'ل', 'س':
		return true
	}
	switch w.f[w.n-1] {
	case 'ه', 'ا', 'م', 'ن', 'ك', 'ي':
		return true
	}
	return false
}

// best returns the best-scoring candidate segmentation of w.
func (w *analysis) best() cand {
	if !w.mayHaveClitic() {
		return cand{s: 0, e: w.n, pron: -1}
	}
	m := &model
	// The split candidates need only the whole word's own lexicon entry;
	// its analysis through the article or an inflection (more lookups) is
	// made last, and only when it could win.
	raw := w.lookup(0, w.n, 0)
	wf := wholeFeatures{known: raw&(lexNoun|lexVerb|lexFunc) != 0, function: raw&lexFunc != 0, seen: raw != 0}
	bestC := cand{s: 0, e: w.n, pron: -1, score: float32(math.Inf(-1))}
	wholeDone := false
	if wf.known {
		lv := lvDirect
		if wf.function {
			lv = lvFunc
		}
		bestC.score = m.level[lv]
		wholeDone = true
	}
	// the pronouns the word ends with
	var matched [len(pronouns)]uint8
	nm := 0
	last := w.f[w.n-1]
	for _, pi := range pronounsEndingIn(last) {
		p := pronouns[pi]
		if w.hasSuffix(0, w.n, p, 1) && (last != 'ي' || w.raw[w.n-1] == 'ي') {
			matched[nm] = pi
			nm++
		}
	}
	n := w.n
	for conj := 0; conj <= 1; conj++ {
		if conj == 1 {
			if f := w.folded(0); f != 'و' && f != 'ف' {
				break
			}
		}
		for prep := prNone; prep < numPreps; prep++ {
			s := conj
			if prep != prNone {
				if s >= n {
					break
				}
				f := w.folded(s)
				switch prep {
				case prB:
					if f != 'ب' {
						continue
					}
				case prK:
					if f != 'ك' {
						continue
					}
				case prL:
					if f != 'ل' {
						continue
					}
				case prS:
					if f != 'س' || s+1 >= n {
						continue
					}
					if g := w.raw[s+1]; g != 'ي' && g != 'ت' && g != 'ن' && g != 'أ' {
						continue // the future goes before an imperfect: يـ تـ نـ أ
					}
				case prLL:
					if f != 'ل' || s+1 >= n || w.folded(s+1) != 'ل' {
						continue
					}
				}
				s++
			}
			if conj == 0 && prep == prNone {
				// the whole-word candidate is bestC already; try pronouns only
			}
			for x := -1; x < nm; x++ {
				e, pi := n, -1
				if x >= 0 {
					pi = int(matched[x])
					e -= len(pronouns[pi])
					if e <= s {
						continue
					}
				}
				if conj == 0 && prep == prNone && pi < 0 {
					continue
				}
				c := cand{conj: conj, prep: prep, s: s, e: e, pron: pi}
				c.score = w.scoreCand(&c, wf)
				if c.score > bestC.score {
					bestC = c
				}
			}
		}
	}
	if !wholeDone && bestC.score <= m.maxWholeUnknown() {
		whole, _, _ := w.level(0, w.n, false)
		score := m.level[whole]
		if whole == lvInfl && w.n >= 4 && w.f[w.n-1] == 'ا' && w.class(0, w.n-1)&lexNoun != 0 {
			score += m.tanween // وفقا, فورا: a noun with the accusative alef
			if wf.seen {
				score += m.tanweenSeen
			}
		}
		if score >= bestC.score { // ties go to the whole word
			bestC = cand{s: 0, e: w.n, pron: -1, score: score}
		}
	}
	return bestC
}

// maxWholeUnknown is the highest score a whole word that is not itself a
// lexicon word can get.
func (m *weights) maxWholeUnknown() float32 {
	best := m.level[lvUnknown]
	for _, v := range []float32{m.level[lvInfl] + m.tanween + m.tanweenSeen, m.level[lvArtInfl], m.level[lvArt], m.level[lvInflFem]} {
		if v > best {
			best = v
		}
	}
	return best
}

// wholeFeatures describe the unsplit word.
type wholeFeatures struct {
	known, function, seen bool
}

// scoreCand scores a split candidate (at least one clitic).
func (w *analysis) scoreCand(c *cand, wf wholeFeatures) float32 {
	m := &model
	var lv int
	var verb, seen bool
	stemLen := c.e - c.s
	if c.prep == prLL {
		// the stem is ال + letters [s+1, e): look up the part after the article
		lv, verb, _ = w.level(c.s+1, c.e, c.pron >= 0)
		if stemLen < 3 {
			return -100
		}
		switch lv {
		case lvDirect, lvFunc, lvBare:
			lv = lvArt
		case lvInfl, lvInflFem:
			lv = lvArtInfl
		case lvArt, lvArtInfl:
			lv = lvUnknown // لال...: not an article
		}
	} else {
		lv, verb, seen = w.level(c.s, c.e, c.pron >= 0)
	}
	if stemLen < 2 && lv != lvFunc {
		return -100
	}
	if stemLen == 1 && (c.pron < 0 || c.conj != 0 || c.prep != prNone || pronouns[c.pron][0] == 'ن') {
		return -100 // only ل+ه, ب+ها ... (not ب+ني: بني)
	}
	if lv == lvFunc && (c.pron >= 0 && w.noPronoun(c.s, c.e) || c.prep == prS && !verb ||
		(c.prep == prB || c.prep == prK || c.prep == prL) && w.noPreposition(c.s, c.e)) {
		return -100 // أم+ني, س+ان, ل+اذ: a function word that takes no pronoun, future or preposition
	}
	score := m.level[lv]
	known := b2i(lv != lvUnknown)
	if c.conj == 1 {
		if w.folded(0) == 'و' {
			score += m.conjW[known]
		} else {
			score += m.conjF[known]
		}
		if lv == lvUnknown && w.folded(c.s) == 'ي' {
			score += m.conjYeh
		}
	}
	if c.prep != prNone {
		score += m.prep[c.prep][known]
		if c.prep == prS && !verb && lv != lvUnknown {
			score += m.futNotVerb
		}
	}
	art := c.prep == prLL || stemLen >= 4 && w.raw[c.s] == 'ا' && w.raw[c.s+1] == 'ل'
	if art && (c.prep == prB || c.prep == prK || c.prep == prLL) &&
		(lv == lvArt || lv == lvArtInfl || lv == lvUnknown && stemLen >= 5 || c.prep == prLL) {
		score += m.artPrep
	}
	if (c.prep == prB || c.prep == prK) && verb {
		score += m.prepVerb
	}
	if (c.prep == prL || c.prep == prLL) && verb {
		// ل before a verb is the lam of purpose or command: only before
		// an imperfect written ي ت ن or أ (not ابيد in لابيد)
		switch w.raw[c.s] {
		case 'ي', 'ت', 'ن', 'أ':
		default:
			score += m.prepVerb
		}
	}
	if c.pron >= 0 {
		score += m.pron[c.pron][known]
		if art {
			score += m.artPron
		}
	}
	if stemLen <= 2 && lv != lvFunc {
		score += m.shortStem
	}
	switch {
	case wf.function:
		score += m.wholeFunc
	case wf.known && lv != lvFunc:
		score += m.wholeKnown
	case wf.known && c.conj+b2i(c.prep != prNone)+b2i(c.pron >= 0) >= 2:
		score += m.wholeKnownF2 // و+ل+اية for ولاية
	}
	if lv == lvFunc {
		score += m.funcStem
	}
	if wf.seen && c.prep != prLL && !seen {
		score += m.seenWhole
	}
	return score
}
