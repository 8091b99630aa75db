package numbers

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// boundPhrase is a phrase of folded words that bounds a number.
type boundPhrase struct {
	words  []string
	approx Approx
}

func phrases(approx Approx, list ...string) []boundPhrase {
	var ps []boundPhrase
	for _, p := range list {
		var ws []string
		for _, w := range strings.Fields(p) {
			ws = append(ws, foldString(w))
		}
		ps = append(ps, boundPhrase{ws, approx})
	}
	return ps
}

// before lists the bound phrases written before a number, longest first
// within each bound so that ما لا يقل عن wins over يقل عن.
var before = func() []boundPhrase {
	var ps []boundPhrase
	ps = append(ps, phrases(AtLeast, "ما لا يقل عن", "لا يقل عن", "ما لا تقل عن", "لا تقل عن")...)
	ps = append(ps, phrases(AtMost, "ما لا يزيد على", "ما لا يزيد عن", "لا يزيد على", "لا يزيد عن", "لا تزيد على", "لا تزيد عن", "ما لا يتجاوز", "لا يتجاوز", "لا تتجاوز")...)
	ps = append(ps, phrases(About, "ما يقرب من", "ما يقارب", "يقرب من", "يقارب", "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "تقريبا")...)
	ps = append(ps, phrases(MoreThan, "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "ما يربو على", "يربو على", "أكثر من", "أزيد من", "ما يفوق", "يفوق", "يتجاوز", "تتجاوز")...)
	ps = append(ps, phrases(LessThan, "ما يقل عن", "يقل عن", "أقل من", "دون")...)
	return ps
}()

// after lists the bound phrases written after a number.
var after = func() []boundPhrase {
	var ps []boundPhrase
	ps = append(ps, phrases(About, "تقريبا")...)
	ps = append(ps, phrases(AtLeast, "على الأقل", "أو أكثر", "فأكثر", "فما فوق")...)
	ps = append(ps, phrases(AtMost, "على الأكثر", "أو أقل", "فأقل", "فما دون")...)
	return ps
}()

// prevWord returns the span of the word that ends before p, after spaces.
func prevWord(s string, p int) (int, int, bool) {
	for p > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:p])
		if r != ' ' && r != '\t' && !arabic.IsSpace(r) && !arabic.IsInvisible(r) {
			break
		}
		p -= w
	}
	e := p
	for p > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:p])
		if !arabic.IsWordRune(r) {
			break
		}
		p -= w
	}
	return p, e, p < e
}

// foldedIs reports whether the folded word s[i:e] is w, or (clitics
// true) w after the proclitics و ف ب ل ك.
func foldedIs(s string, i, e int, w string, clitics bool) bool {
	var buf [maxKey]byte
	var pos [maxKey / 2]int
	n := fold(s, i, e, &buf, &pos)
	if n < len(w) || string(buf[n-len(w):n]) != w {
		return false
	}
	switch string(buf[:n-len(w)]) {
	case "":
		return true
	case "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك":
		return clitics
	}
	return false
}

// prevWordIs reports whether the word before p is w (with proclitics),
// and returns its start.
func (sc *scanner) prevWordIs(p int, w string) (int, bool) {
	i, e, ok := prevWord(sc.s, p)
	if !ok || !foldedIs(sc.s, i, e, w, true) {
		return 0, false
	}
	return i, true
}

// before4 holds up to four words before a number, folded on demand,
// nearest first.
type before4 struct {
	s     string
	p     int // where to look for the next word back
	n     int // words folded so far
	done  bool
	start [4]int
	key   [4][maxKey]byte
	klen  [4]int
}

// wordsBefore prepares b to read the words before p.
func (sc *scanner) wordsBefore(p int, b *before4) {
	b.s, b.p, b.n, b.done = sc.s, p, 0, false
}

// fill folds words until word k is available, and reports whether it is.
func (b *before4) fill(k int) bool {
	var pos [maxKey / 2]int
	for b.n <= k && !b.done && b.n < 4 {
		i, e, ok := prevWord(b.s, b.p)
		if !ok {
			b.done = true
			break
		}
		n := fold(b.s, i, e, &b.key[b.n], &pos)
		if n < 0 {
			b.done = true
			break
		}
		b.start[b.n], b.klen[b.n] = i, n
		b.n++
		b.p = i
	}
	return k < b.n
}

// is reports whether word k is w, or (clitics) w after و ف ب ل ك.
func (b *before4) is(k int, w string, clitics bool) bool {
	if !b.fill(k) {
		return false
	}
	f := b.key[k][:b.klen[k]]
	if len(f) < len(w) || string(f[len(f)-len(w):]) != w {
		return false
	}
	switch string(f[:len(f)-len(w)]) {
	case "":
		return true
	case "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك":
		return clitics
	}
	return false
}

// match reports whether the phrase ends just before the number, and
// returns its start.
func (b *before4) match(bp boundPhrase) (int, bool) {
	m := len(bp.words)
	for k := 0; k < m; k++ {
		if !b.is(k, bp.words[m-1-k], k == m-1) {
			return 0, false
		}
	}
	return b.start[m-1], true
}

// matchAfter reports whether the phrase starts just after p, and returns
// its end.
func (sc *scanner) matchAfter(p int, bp boundPhrase) (int, bool) {
	for _, w := range bp.words {
		t := sc.tokenAt(p)
		if t.kind != tWord || string(t.full[:t.flen]) != w {
			return 0, false
		}
		p = t.end
	}
	return p, true
}

// bounds reads the words around a number: a range (بين X و Y، من X إلى
// Y), a bound (نحو، أكثر من ...), a percentage (نسبة X).
func (sc *scanner) bounds(ph *phrase) {
	if ph.kind == Ordinal || ph.kind == Relative || ph.approx == Vague {
		return
	}
	var words before4
	b := &words
	sc.wordsBefore(ph.start, b)
	if sc.rangeAfter(ph, b) {
		return
	}
	if ph.kind != Percent && b.is(0, wNisba, true) {
		ph.kind, ph.cueStart = Percent, b.start[0]
		sc.wordsBefore(ph.cueStart, b)
	}
	for _, bp := range before {
		if i, ok := b.match(bp); ok {
			ph.approx, ph.cueStart = bp.approx, i
			return
		}
	}
	if nt := sc.tokenAt(ph.end); nt.kind == tWord {
		for _, bp := range after {
			if e, ok := sc.matchAfter(ph.end, bp); ok {
				ph.approx, ph.cueEnd = bp.approx, e
				return
			}
		}
	}
}

// rangeAfter reads the second number of بين X و Y or من X إلى Y.
func (sc *scanner) rangeAfter(ph *phrase, b *before4) bool {
	var nt token
	cue := 0
	if b.is(0, wBayn, true) {
		cue = b.start[0]
		var joined bool
		nt, joined = sc.joinedToken(ph.end)
		if !joined {
			return false
		}
	} else if b.is(0, wMin, true) {
		cue = b.start[0]
		to := sc.tokenAt(ph.end)
		if to.kind != tWord || (!to.is(wIla) && !to.is(wHatta)) || to.conj {
			return false
		}
		nt = sc.tokenAt(to.end)
	} else {
		return false
	}
	if nt.kind != tNum && !(nt.known && isCardinalAtom(nt.at)) {
		return false
	}
	if nt.kind == tNum && nt.num.val.Sign() < 0 {
		return false
	}
	hi, ok := sc.phrase(nt, false)
	if !ok || hi.kind == Ordinal || hi.val.Cmp(ph.val) <= 0 {
		return false
	}
	if hi.kind == Percent {
		ph.kind = Percent
	}
	ph.max, ph.approx, ph.end, ph.cueEnd, ph.cueStart = hi.val, Range, hi.end, hi.end, cue
	ph.digits = ph.digits || hi.digits
	ph.words = true
	if ph.script == NoScript {
		ph.script = hi.script
	}
	return true
}

// partOf reads جزء من X (with Options.Ratios): 1/X.
func (sc *scanner) partOf(t token) (phrase, bool) {
	ph := phrase{start: t.start, end: t.end, words: true, kind: Fraction}
	m := sc.tokenAt(t.end)
	if !m.is(wMin) {
		return ph, false
	}
	dt := sc.tokenAt(m.end)
	if dt.kind != tNum && !(dt.known && isCardinalAtom(dt.at) && !dt.def) {
		return ph, false
	}
	den, ok := sc.phrase(dt, false)
	if !ok || den.val.Sign() == 0 || den.kind == Percent {
		return ph, false
	}
	q, err := IntValue(1).quo(den.val)
	if err != nil {
		return ph, false
	}
	ph.val, ph.end, ph.digits, ph.script = q, den.end, den.digits, den.script
	return ph, true
}

// ratioAfter reads X على Y، X من Y and X جزء من Y (with Options.Ratios).
func (sc *scanner) ratioAfter(ph *phrase) {
	nt := sc.tokenAt(ph.end)
	if nt.kind != tWord || nt.conj {
		return
	}
	p := nt.end
	num, base := ph.val, Value{}
	switch {
	case nt.is(wAla), nt.is(wMin), nt.is(wFi):
	case nt.is(wJuz) || nt.is(wAjza):
		m := sc.tokenAt(nt.end)
		if !m.is(wMin) {
			return
		}
		p = m.end
		// مئتان وثلاثة جزء من مئة: the part under a hundred counts the
		// parts (200 + 3/100).
		if i, ok := ph.val.Int64(); ok && i > 100 && i%100 != 0 {
			num, base = IntValue(i%100), IntValue(i-i%100)
		}
	default:
		return
	}
	dt := sc.tokenAt(p)
	if dt.kind != tNum && !(dt.known && isCardinalAtom(dt.at) && !dt.def) {
		return
	}
	den, ok := sc.phrase(dt, false)
	if !ok || den.val.Sign() == 0 || den.kind == Percent {
		return
	}
	q, err := num.quo(den.val)
	if err != nil {
		return
	}
	if q, err = q.add(base); err != nil {
		return
	}
	ph.val, ph.kind, ph.end = q, Fraction, den.end
	ph.digits = ph.digits || den.digits
	ph.words = true
}
