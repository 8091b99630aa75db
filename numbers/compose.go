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
	if a.typ == aUnit && a.val == 0 && sc.hijriSafar(t) {
		return ph, false
	}
	if a.typ == aTen && a.fem && !t.conj {
		// عشر الميزانية: a tenth of the budget.
		if nt := sc.tokenAt(t.end); nt.kind == tWord && !nt.known && nt.klen > 4 && strings.HasPrefix(nt.stem(), wAl) {
			ph.val, _ = IntValue(1).quo(IntValue(10))
			ph.kind = Fraction
			return ph, true
		}
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

// monthCues are words that put a month name after them: شهر صفر، أواخر
// صفر.
var monthCues = []string{foldString("شهر"), foldString("أواخر"), foldString("أوائل"), foldString("منتصف"), foldString("مطلع"), foldString("بداية"), foldString("نهاية"), foldString("غرة")}

// hijriSafar reports whether صفر is the Hijri month: a year (three or four
// digits) or هـ follows it, or a word such as شهر or أواخر precedes it.
func (sc *scanner) hijriSafar(t token) bool {
	var b before4
	sc.wordsBefore(t.start, &b)
	for _, w := range monthCues {
		if b.is(0, w, true) {
			return true
		}
	}
	nt := sc.tokenAt(t.end)
	switch {
	case nt.kind == tNum && nt.num.kind == Cardinal:
		c := digitCount(sc.s[nt.start:nt.end])
		return c == 3 || c == 4
	case nt.kind == tWord:
		return nt.flen == 2 && nt.full[0] == 0xD9 && nt.full[1] == 0x87 // هـ
	}
	return false
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
