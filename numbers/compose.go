package numbers

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// phrase is a number being built from tokens.
type phrase struct {
	start, end    int
	val, max      Value
	kind          Kind
	approx        Approx
	digits, words bool
	script        Script
	fromEnd       bool
	// cueStart and cueEnd extend the span over the bound words around the
	// number (for Parse).
	cueStart, cueEnd int
}

func (ph *phrase) addToken(t *token) {
	if t.kind == tNum {
		ph.digits = true
		if ph.script == NoScript {
			ph.script = t.num.script
		}
	} else {
		ph.words = true
	}
	if t.end > ph.end {
		ph.end = t.end
	}
}

// Folded words the phrase rules test.
var (
	wFi      = foldString("في")
	wMin     = foldString("من")
	wAla     = foldString("على")
	wIla     = foldString("إلى")
	wHatta   = foldString("حتى")
	wBayn    = foldString("بين")
	wQabl    = foldString("قبل")
	wSabaqat = foldString("سبقت")
	wJuz     = foldString("جزء")
	wAjza    = foldString("أجزاء")
	wNisba   = foldString("نسبة")
	wAl      = foldString("ال")
	wWaAl    = foldString("وال")
	wBiAl    = foldString("بال")
	wWaBiAl  = foldString("وبال")
	wWaLil   = foldString("ولل")
	wLil     = foldString("لل")
)

// numberToken makes a token of a scanned numeral.
func numberToken(n numeral) token {
	return token{kind: tNum, start: n.start, wstart: n.start, end: n.end, num: n}
}

// compose builds the number that starts with t, with its bounds, and moves
// the scanner past it.
func (sc *scanner) compose(t token) (Number, bool) {
	ph, ok := sc.phrase(t, true)
	if !ok {
		return Number{}, false
	}
	ph.cueStart, ph.cueEnd = ph.start, ph.end
	sc.bounds(&ph)
	sc.i = ph.end
	sc.cueStart, sc.cueEnd = ph.cueStart, ph.cueEnd
	return sc.number(&ph), true
}

func (sc *scanner) number(ph *phrase) Number {
	n := Number{
		Start: ph.start, End: ph.end, Text: sc.s[ph.start:ph.end],
		Value: ph.val, Max: ph.max, Kind: ph.kind, Approx: ph.approx,
		Script: ph.script, FromEnd: ph.fromEnd,
	}
	switch {
	case ph.digits && ph.words:
		n.Form = MixedForm
	case ph.words:
		n.Form = WordsForm
	}
	return n
}

// phrase reads the number that starts with t. top is false for the
// second number of a range or a ratio.
func (sc *scanner) phrase(t token, top bool) (phrase, bool) {
	ph := phrase{start: t.start, end: t.end}
	if t.kind == tNum {
		ph.addToken(&t)
		ph.val, ph.kind = t.num.val, t.num.kind
		if ph.kind == Percent || ph.kind == Fraction {
			return ph, true
		}
		if t.num.val.Sign() < 0 || !t.num.val.IsInt() || t.num.kind != Cardinal {
			// 1.5 مليون: a decimal takes only a scale word.
			sc.scaleAfter(&ph)
			sc.percentAfter(&ph)
			return ph, true
		}
		sc.cardinal(&ph, t)
		return ph, true
	}
	if t.kind != tWord {
		return ph, false
	}
	if !t.known {
		if sc.opts.Ratios && t.is(wJuz) {
			return sc.partOf(t)
		}
		return sc.articleDigits(t)
	}
	a := t.at
	switch {
	case a.typ == aNeg:
		nt := sc.tokenAt(t.end)
		if !(nt.kind == tNum && nt.num.val.Sign() >= 0) && !(nt.known && !nt.conj && isCardinalAtom(nt.at)) {
			return ph, false
		}
		inner, ok := sc.phrase(nt, false)
		if !ok {
			return ph, false
		}
		inner.start = t.start
		inner.words = true
		inner.val = inner.val.Neg()
		return inner, true
	case a.typ == aHundred && a.val == 100 && t.prep && t.def:
		// بالمئة 10: a percent written before the number.
		nt := sc.tokenAt(t.end)
		if nt.kind != tNum || nt.num.kind == Percent {
			return ph, false
		}
		inner, _ := sc.phrase(nt, false)
		inner.start, inner.kind, inner.words = t.wstart, Percent, true
		return inner, true
	case t.prep:
		// بثلاثة، لعشرة: the preposition is not part of the number.
	case a.typ == aOrd, t.def && (a.typ == aUnit || a.typ == aTen || a.typ == aTens || a.typ == aHundred || (a.typ == aScale && a.cnt == 1)):
		return sc.ordinal(t)
	case a.typ == aRel:
		return sc.relative(t)
	case a.typ == aDual:
		if !sc.opts.Duals {
			return ph, false
		}
		ph.val, ph.words = IntValue(2), true
		return ph, true
	}
	ph.words = true
	switch a.typ {
	case aFrac:
		return sc.fractionFirst(t)
	case aVague:
		return sc.vague(t)
	case aScale:
		if a.cnt == 0 {
			return sc.vague(t)
		}
	case aDozen:
		ph.val = IntValue(12 * int64(max(a.cnt, 1)))
		if a.cnt == 0 {
			return ph, false
		}
		return ph, true
	case aPoint, aNeg:
		return ph, false
	}
	if !isCardinalAtom(a) {
		return ph, false
	}
	if a.amb && a.typ == aUnit {
		nt := sc.tokenAt(t.end)
		if sc.opts.Ratios && (a.val == 5 || a.val == 7 || a.val == 9) && nt.known && !nt.conj && !nt.prep &&
			((nt.def && isCardinalAtom(nt.at)) || (nt.at.typ == aUnit && nt.at.amb)) {
			// خمس العشرون: a fifth of twenty.
			if inner, ok := sc.phrase(nt, false); ok {
				if v, err := inner.val.quo(IntValue(a.val)); err == nil {
					ph.val, ph.end, ph.kind = v, inner.end, Fraction
					if v.IsInt() {
						ph.kind = Cardinal
					}
					return ph, true
				}
			}
		}
		if (a.val == 5 || a.val == 7 || a.val == 9) && nt.kind == tWord && !nt.known && nt.klen > 4 && strings.HasPrefix(nt.stem(), wAl) {
			// خمس الفطيرة: a fifth of the pie.
			ph.val, _ = IntValue(1).quo(IntValue(a.val))
			ph.kind = Fraction
			ph.words = true
			return ph, true
		}
		if a.val == 1 && !(nt.known && !nt.conj && nt.at.typ == aTen) && !(nt.known && nt.conj && nt.at.typ == aTens) && !(nt.kind == tWa) {
			return ph, false // أحد، إحدى alone: "one of", not a number
		}
	}
	sc.cardinal(&ph, t)
	if ph.kind == Cardinal && ph.val.Sign() == 0 && ph.end == t.end && t.at.val != 0 {
		return ph, false
	}
	return ph, true
}

func isCardinalAtom(a atom) bool {
	switch a.typ {
	case aUnit, aTen, aTeen, aTens, aHundred:
		return true
	case aScale:
		return a.cnt != 0
	}
	return false
}

// articleDigits reads الـ15, ال١٩٢: an ordinal written in digits after
// the article.
func (sc *scanner) articleDigits(t token) (phrase, bool) {
	var ph phrase
	f := string(t.full[:t.flen])
	// k is the number of letters before the article's first letter.
	var k int
	switch f {
	case wAl, wWaAl, wBiAl, wWaBiAl:
		k = (len(f) - len(wAl)) / 2
	case wLil, wWaLil:
		k = (len(f)-len(wLil))/2 + 1
	default:
		return ph, false
	}
	p := t.end
	if p < len(sc.s) && sc.s[p] == ' ' && strings.HasSuffix(sc.s[t.wstart:t.end], "ـ") {
		p++
	}
	if !isDigitAt(sc.s, p) {
		return ph, false
	}
	n, ok := scanNumeral(sc.s, p, false)
	if !ok || n.chain || n.kind != Cardinal || n.val.Sign() <= 0 {
		return ph, false
	}
	start := t.wstart
	for k > 0 && start < t.end {
		r, w := utf8.DecodeRuneInString(sc.s[start:])
		if arabic.IsLetter(r) {
			k--
		}
		start += w
	}
	ph = phrase{start: start, end: n.end, val: n.val, kind: Ordinal, digits: true, words: true, script: n.script}
	return ph, true
}

// cstate is the state of a cardinal being composed from its parts.
type cstate struct {
	total, group Value
	lastScale    int64
	parts        int
	hasH, hasU   bool // hundreds, units in the current group
	hasT, hasTn  bool // tens, a teen or ten
	hasNum       bool // digits in the current group
	afterScale   bool
	lastUnit     int64 // the unit accepted last, or -1
	lastJoined   bool
	lastNum      bool // the part accepted last was digits
	lastWasScale bool // the part accepted last was a scale word
	zero         bool
}

func (c *cstate) groupEmpty() bool { return !c.hasH && !c.hasU && !c.hasT && !c.hasTn && !c.hasNum }

func (c *cstate) slotFree() bool { return !c.hasU && !c.hasT && !c.hasTn && !c.hasNum }

func (c *cstate) addGroup(v int64) { c.group, _ = c.group.add(IntValue(v)) }

// accept adds the part t (joined by و or not) if the grammar allows it.
func (c *cstate) accept(t *token, joined bool) bool {
	first := c.parts == 0
	if c.zero {
		return false
	}
	prevUnit, prevNum, prevScale := c.lastUnit, c.lastNum, c.lastWasScale
	c.lastUnit, c.lastNum = -1, false
	ok := c.accept1(t, joined, first, prevUnit, prevNum)
	if ok {
		c.parts++
		c.lastJoined = joined
		c.lastNum = t.kind == tNum
		c.lastWasScale = t.kind == tWord && t.at.typ == aScale
	} else {
		c.lastUnit, c.lastNum, c.lastWasScale = prevUnit, prevNum, prevScale
	}
	return ok
}

func (c *cstate) accept1(t *token, joined, first bool, prevUnit int64, prevNum bool) bool {
	if t.kind == tNum {
		v := t.num.val
		if t.num.kind != Cardinal || v.Sign() < 0 {
			return false
		}
		switch {
		case first:
			c.group, c.hasNum = v, true
			return true
		case v.Sign() == 0:
			return false
		case c.afterScale && c.groupEmpty() && v.Cmp(IntValue(c.lastScale)) < 0:
			c.group, c.hasNum = v, true
			return true
		case joined && c.hasH && c.slotFree() && v.Cmp(IntValue(100)) < 0:
			c.group, _ = c.group.add(v)
			c.hasNum = true
			return true
		}
		return false
	}
	if !t.known || t.def || (t.prep && !first) {
		return false
	}
	a := t.at
	unitSlot := first || (c.slotFree() && ((c.hasH && (joined || !c.afterScale)) || (c.afterScale && c.groupEmpty() && joined)))
	switch a.typ {
	case aUnit:
		if a.val == 0 {
			if first {
				c.zero = true
				return true
			}
			return false
		}
		if !unitSlot {
			return false
		}
		c.addGroup(a.val)
		c.hasU, c.lastUnit = true, a.val
		return true
	case aTen:
		if !joined && prevUnit >= 1 && prevUnit <= 9 && !c.hasT && !c.hasTn {
			c.addGroup(10)
			c.hasU, c.hasTn = false, true
			return true
		}
		if !unitSlot {
			return false
		}
		c.addGroup(10)
		c.hasTn = true
		return true
	case aTeen:
		if !unitSlot {
			return false
		}
		c.addGroup(a.val)
		c.hasTn = true
		return true
	case aTens:
		if joined && c.hasU && prevUnit > 0 && !c.hasT && !c.hasTn {
			c.addGroup(a.val)
			c.hasT = true
			return true
		}
		if !unitSlot {
			return false
		}
		c.addGroup(a.val)
		c.hasT = true
		return true
	case aHundred:
		if a.val == 100 && !joined && !c.hasH && !c.groupEmpty() && (prevUnit > 0 || prevNum || c.hasT || c.hasTn) {
			if g, ok := c.group.Int64(); ok && g > 0 && g < 1000 {
				c.group = IntValue(g * 100)
				c.hasH, c.hasU, c.hasNum = true, false, false
				return true
			}
			return false
		}
		if c.groupEmpty() && (first || c.afterScale) && a.val < c.lastScale {
			c.group = IntValue(a.val)
			c.hasH = true
			return true
		}
		return false
	case aScale:
		s := a.val
		if a.cnt != 2 && !c.groupEmpty() && !joined && s < c.lastScale && c.group.Sign() > 0 {
			m, err := c.group.mul(IntValue(s))
			if err != nil {
				return false
			}
			if c.total, err = c.total.add(m); err != nil {
				return false
			}
			c.group = Value{}
			c.hasH, c.hasU, c.hasT, c.hasTn, c.hasNum = false, false, false, false, false
			c.lastScale, c.afterScale = s, true
			return true
		}
		if c.lastWasScale && !joined && a.cnt == 1 && s > c.lastScale && c.lastScale <= (1<<62)/s {
			// مئة ألف تريليون، ألف مليار: scales multiply.
			m, err := c.total.mul(IntValue(s))
			if err != nil {
				return false
			}
			c.total, c.lastScale = m, c.lastScale*s
			return true
		}
		if c.groupEmpty() && (first || joined) && a.cnt != 0 && s*int64(a.cnt) < c.lastScale {
			c.total, _ = c.total.add(IntValue(s * int64(a.cnt)))
			c.lastScale, c.afterScale = s, true
			return true
		}
		return false
	}
	return false
}

// cardinal composes a cardinal from t and the parts that follow it, then
// reads what may close it: a fraction, فاصلة and decimals, dozens, percent
// words.
func (sc *scanner) cardinal(ph *phrase, t token) {
	c := cstate{lastScale: 1 << 62, lastUnit: -1}
	c.accept(&t, false)
	ph.addToken(&t)
	end := t.end
	for {
		nt, joined := sc.joinedToken(end)
		if nt.kind != tNum && !nt.known {
			break
		}
		if c.hasH && nt.known && nt.at.typ == aUnit {
			// ثلاثمئة وثلاث مئة: the unit counts the next hundred.
			if h := sc.tokenAt(nt.end); h.known && !h.conj && h.at.typ == aHundred {
				break
			}
		}
		if !c.accept(&nt, joined) {
			break
		}
		ph.addToken(&nt)
		end = nt.end
	}
	ph.end = end
	v, _ := c.total.add(c.group)
	ph.val = v
	if t.kind == tNum && c.parts == 1 {
		ph.kind = t.num.kind
	} else {
		ph.kind = Cardinal
	}
	if c.zero {
		return
	}
	sc.fractionAfter(ph, &c)
	sc.pointAfter(ph, &c)
	sc.dozensAfter(ph)
	sc.percentAfter(ph)
	if sc.opts.Ratios {
		sc.ratioAfter(ph)
	}
	if !ph.val.IsInt() && ph.kind == Cardinal {
		ph.kind = Fraction
	}
}

// joinedToken returns the token after p, skipping a stand-alone و, and
// whether a و (stand-alone or a proclitic) joins it.
func (sc *scanner) joinedToken(p int) (token, bool) {
	nt := sc.tokenAt(p)
	if nt.kind == tWa {
		nt2 := sc.tokenAt(nt.end)
		if nt2.kind == tWa {
			return nt, false
		}
		nt2.wstart = nt.wstart
		return nt2, true
	}
	return nt, nt.conj
}

// scaleAfter reads a scale word after a decimal or negative numeral:
// 1.5 مليون، ٢٫٥ ألف.
func (sc *scanner) scaleAfter(ph *phrase) {
	nt := sc.tokenAt(ph.end)
	if !nt.known || nt.conj || nt.prep || nt.def || !(nt.at.typ == aScale && nt.at.cnt != 2 || nt.at.typ == aHundred && nt.at.val == 100) {
		return
	}
	v, err := ph.val.mul(IntValue(nt.at.val))
	if err != nil {
		return
	}
	ph.val = v
	ph.addToken(&nt)
	if v.IsInt() {
		ph.kind = Cardinal
	}
}

// fracDen reads the token as a fraction word: its denominator and
// numerator (1, 2 for a dual, 0 for a plural), for the words whose first
// reading is a cardinal too (خمس، خمسين، عشر).
func fracDen(t *token) (den int64, num int8, ok bool) {
	if !t.known || t.def {
		return 0, 0, false
	}
	a := t.at
	switch {
	case a.typ == aFrac:
		return a.val, a.cnt, true
	case a.typ == aUnit && a.amb && (a.val == 5 || a.val == 7 || a.val == 9):
		return a.val, 1, true
	case a.typ == aTen && a.fem:
		return 10, 1, true
	case a.typ == aTens && a.val == 50 && t.stem() == foldString("خمسين"):
		return 5, 2, true
	}
	return 0, 0, false
}

// fractionAfter reads a fraction after a cardinal: ثلاثة أرباع (3/4),
// مئة وثلاثون أخماس (130/5), واحد ونصف (1.5), مليون ونصف (1500000),
// عشرون وثلاثة أخماس (20.6).
func (sc *scanner) fractionAfter(ph *phrase, c *cstate) {
	nt, joined := sc.joinedToken(ph.end)
	den, num, ok := fracDen(&nt)
	if ok && !joined && (num == 0 || (num == 1 && nt.at.typ != aFrac) || nt.at.val == 8 || (num == 1 && nt.at.typ == aFrac)) {
		// A count of fractions. A unit joined by و counts the fraction
		// alone: مئة وثلاثة أرباع is 100 + 3/4.
		count := ph.val
		base := Value{}
		if c.lastJoined && c.lastUnit > 0 && c.parts > 1 {
			count = IntValue(c.lastUnit)
			base, _ = ph.val.add(IntValue(-c.lastUnit))
		}
		if num == 1 && nt.at.typ == aFrac && c.parts == 1 {
			return // نصف after a number is not a count of halves
		}
		f, err := count.quo(IntValue(den))
		if err != nil {
			return
		}
		v, err := base.add(f)
		if err != nil {
			return
		}
		ph.val = v
		if !v.IsInt() {
			ph.kind = Fraction
		}
		ph.addToken(&nt)
		return
	}
	if !joined {
		return
	}
	var frac Value
	end := 0
	if ok && num != 0 {
		frac, _ = IntValue(int64(num)).quo(IntValue(den))
		end = nt.end
	} else if !ok && nt.known && !nt.def && (nt.at.typ == aUnit || nt.at.typ == aTen) && nt.at.val > 0 {
		// و + count + plural fraction: عشرون وثلاثة أخماس.
		ft := sc.tokenAt(nt.end)
		d, n, ok2 := fracDen(&ft)
		if !ok2 || n != 0 {
			return
		}
		frac, _ = IntValue(nt.at.val).quo(IntValue(d))
		end = ft.end
	} else {
		return
	}
	if c.afterScale && c.groupEmpty() {
		frac, _ = frac.mul(IntValue(c.lastScale))
	}
	v, err := ph.val.add(frac)
	if err != nil {
		return
	}
	ph.val, ph.words, ph.end = v, true, end
	if !v.IsInt() {
		ph.kind = Fraction
	}
	// مليون ونصف المليون: the scale repeated with the article.
	if c.afterScale && c.groupEmpty() {
		if st := sc.tokenAt(ph.end); st.known && st.def && st.at.typ == aScale && st.at.val == c.lastScale {
			ph.end = st.end
		}
	}
}

// pointAfter reads فاصلة and the digits after it: واحد فاصلة خمسة (1.5).
func (sc *scanner) pointAfter(ph *phrase, c *cstate) {
	pt := sc.tokenAt(ph.end)
	if !pt.known || pt.at.typ != aPoint || !ph.val.IsInt() {
		return
	}
	nt := sc.tokenAt(pt.end)
	var frac Value
	var ndig int
	var end int
	switch {
	case nt.kind == tNum && nt.num.kind == Cardinal && nt.num.val.Sign() >= 0:
		ndig = digitCount(sc.s[nt.start:nt.end])
		frac, end = nt.num.val, nt.end
	case nt.known && isCardinalAtom(nt.at) && !nt.def:
		ratios := sc.opts.Ratios
		sc.opts.Ratios = false
		inner, ok := sc.phrase(nt, false)
		sc.opts.Ratios = ratios
		if !ok || !inner.val.IsInt() {
			return
		}
		frac, end = inner.val, inner.end
		i, _ := frac.Int64()
		for ndig = 1; i >= 10; i /= 10 {
			ndig++
		}
	default:
		return
	}
	p, err := makeValue(false, 1, ndig)
	if err != nil {
		return
	}
	if sc.opts.Ratios {
		// فاصلة ثلاثة من مائة: the point, then three hundredths.
		if m := sc.tokenAt(end); m.is(wMin) {
			if dt := sc.tokenAt(m.end); dt.known && dt.at.typ == aHundred || dt.known && dt.at.typ == aScale && dt.at.cnt == 1 || dt.known && dt.at.typ == aTen {
				p, end = IntValue(dt.at.val), dt.end
			}
		}
	}
	f, err := frac.quo(p)
	if err != nil {
		return
	}
	if ph.val.Sign() < 0 {
		f = f.Neg()
	}
	v, err := ph.val.add(f)
	if err != nil {
		return
	}
	ph.val, ph.kind, ph.end, ph.words = v, Decimal, end, true
	ph.addToken(&nt)
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		_, sc, w := digitAt(s, i)
		if sc != NoScript {
			n++
		}
		i += max(w, 1)
	}
	return n
}

// dozensAfter reads a count of dozens: ثلاث دزينات (36).
func (sc *scanner) dozensAfter(ph *phrase) {
	nt, joined := sc.joinedToken(ph.end)
	if !nt.known || nt.def || nt.at.typ != aDozen {
		return
	}
	var v Value
	var err error
	switch {
	case joined && nt.at.cnt != 0:
		// ثلاث مائة ودزينتين: 300 + 24.
		v, err = ph.val.add(IntValue(12 * int64(nt.at.cnt)))
	case !joined && nt.at.cnt != 2:
		v, err = ph.val.mul(IntValue(12))
	default:
		return
	}
	if err != nil {
		return
	}
	ph.val = v
	ph.addToken(&nt)
	if v.IsInt() {
		ph.kind = Cardinal
	}
}

// percentAfter reads في المئة، بالمئة، في المائة after a number.
func (sc *scanner) percentAfter(ph *phrase) {
	if ph.kind == Percent {
		return
	}
	nt := sc.tokenAt(ph.end)
	if nt.kind == tWord && nt.is(wFi) && !nt.conj {
		nt2 := sc.tokenAt(nt.end)
		if nt2.known && nt2.def && !nt2.prep && !nt2.conj && nt2.at.typ == aHundred && nt2.at.val == 100 {
			ph.kind, ph.end, ph.words = Percent, nt2.end, true
		}
		return
	}
	if nt.known && nt.def && nt.prep && !nt.conj && nt.at.typ == aHundred && nt.at.val == 100 {
		ph.kind, ph.end, ph.words = Percent, nt.end, true
	}
}
