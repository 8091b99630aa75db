package numbers

// wordsAt reads the number that starts with the word s[i:e], if any.
func (sc *scanner) wordsAt(i, e int) (Number, bool) {
	var t token
	sc.word(&t, i, e)
	if !t.known && !(t.flen <= 8 && (isDigitAt(sc.s, e) || sc.opts.Ratios && t.is(wJuz) ||
		e > 2 && sc.s[e-2:e] == "ـ" && e+1 < len(sc.s) && sc.s[e] == ' ' && isDigitAt(sc.s, e+1))) {
		// Only الـ15 and جزء من start with an unknown word.
		return Number{}, false
	}
	return sc.compose(t)
}

var (
	kHadi   = foldString("حادي")
	kHadiya = foldString("حادية")
)

// ordinal reads an ordinal: الثامنة، الحادي عشر، الحادي والعشرون،
// العشرون، المئة والخامسة والعشرون، أول.
func (sc *scanner) ordinal(t token) (phrase, bool) {
	ph := phrase{start: t.start, end: t.end, words: true, kind: Ordinal}
	a := t.at
	v := a.val
	switch a.typ {
	case aOrd, aUnit, aTen:
		nt, joined := sc.joinedToken(t.end)
		switch {
		case a.typ != aTen && !joined && nt.known && nt.at.typ == aTen:
			// الحادي عشر، الثالثة عشرة، الأحد عشر
			v += 10
			ph.end = nt.end
		case a.typ != aTen && joined && nt.known && nt.at.typ == aTens && !nt.prep:
			// الحادي والعشرون، الخامسة و عشرون
			v += nt.at.val
			ph.end = nt.end
		case a.typ == aUnit || a.typ == aTen:
			// الثلاثة، الخمس: a definite cardinal ("the three"). الاثنين
			// alone is Monday.
			if a.amb || a.val == 0 || a.val == 2 {
				return ph, false
			}
			ph.kind = Cardinal
			// العشرة ملايين: a definite count of a scale.
			if s := sc.tokenAt(t.end); s.known && !s.conj && !s.prep && !s.def && s.at.typ == aScale && s.at.cnt != 2 {
				v *= s.at.val
				ph.end = s.end
			}
		case t.stem() == kHadi || t.stem() == kHadiya:
			return ph, false // الحادي alone
		case a.amb && !t.def:
			return ph, false // أولى، ثانية without the article
		}
	case aTens:
		// العشرون
	case aHundred:
		// المئة والخامسة والعشرون
		nt, joined := sc.joinedToken(t.end)
		if joined && nt.known && !nt.prep && (nt.at.typ == aOrd || nt.at.typ == aUnit || nt.at.typ == aTen || nt.at.typ == aTens || nt.at.typ == aTeen) {
			inner, ok := sc.ordinalTail(nt)
			if ok && inner.val.Cmp(IntValue(100)) < 0 {
				iv, _ := inner.val.Int64()
				v += iv
				ph.end = inner.end
			}
		}
	case aScale:
		// التريليون، المليون
	}
	if sc.opts.Relative && v == 2 && ph.end == t.end {
		// الثانية إلى الأخير: second to last.
		if to := sc.tokenAt(t.end); to.is(wIla) {
			if l := sc.tokenAt(to.end); l.known && l.def && l.at.typ == aRel && l.at.end {
				ph.kind, ph.fromEnd, ph.val, ph.end = Relative, true, IntValue(-1), l.end
				return ph, true
			}
		}
	}
	if t.def && ph.kind == Ordinal && sc.monthBefore(t.start) {
		return ph, false // تشرين الثاني، ربيع الأول: a month's name
	}
	if ph.kind == Ordinal && ph.end == t.end && !t.def && v <= 4 && sc.oxideAfter(t.end) {
		return ph, false // ثاني أكسيد الكربون: a chemical name
	}
	ph.val = IntValue(v)
	return ph, true
}

// oxideWords complete a numeral prefix of a chemical name: أول أكسيد
// (monoxide), ثاني أكسيد (dioxide), ثالث أكسيد (trioxide).
var oxideWords = []string{foldString("أكسيد"), foldString("أوكسيد")}

// oxideAfter reports whether the word at p names an oxide.
func (sc *scanner) oxideAfter(p int) bool {
	nt := sc.tokenAt(p)
	if nt.kind != tWord {
		return false
	}
	for _, w := range oxideWords {
		if nt.stem() == w {
			return true
		}
	}
	return false
}

// monthWords are the month names completed by an ordinal: تشرين الأول،
// كانون الثاني، ربيع الآخر، جمادى الأولى.
var monthWords = []string{foldString("تشرين"), foldString("كانون"), foldString("ربيع"), foldString("جمادى"), foldString("جماد")}

// monthBefore reports whether a month word comes just before p.
func (sc *scanner) monthBefore(p int) bool {
	i, e, ok := prevWord(sc.s, p)
	if !ok {
		return false
	}
	for _, w := range monthWords {
		if foldedIs(sc.s, i, e, w, false) {
			return true
		}
	}
	return false
}

// ordinalTail reads the part under 100 of a compound ordinal.
func (sc *scanner) ordinalTail(t token) (phrase, bool) {
	if t.at.typ == aOrd || t.def {
		t.def = true
		return sc.ordinal(t)
	}
	var ph phrase
	ph.start = t.start
	sc.cardinal(&ph, t)
	return ph, ph.kind == Cardinal
}

// relative reads a relative ordinal (with Options.Relative): التالي،
// السابق، الحالي، الأخير، قبل الأخير.
func (sc *scanner) relative(t token) (phrase, bool) {
	ph := phrase{start: t.start, end: t.end, words: true, kind: Relative}
	if !sc.opts.Relative || (!t.def && t.stem() != foldString("آخر") && t.stem() != foldString("أخير")) {
		return ph, false
	}
	a := t.at
	off := int64(a.cnt)
	ph.fromEnd = a.end
	if a.end {
		// قبل الأخير، الثانية إلى الأخير: one before the last.
		if ps, ok := sc.prevWordIs(t.start, wQabl); ok {
			off, ph.start = -1, ps
		} else if ps, ok := sc.prevWordIs(t.start, wSabaqat); ok {
			off, ph.start = -1, ps
		}
	}
	ph.val = IntValue(off)
	return ph, true
}

// fractionFirst reads a number that begins with a fraction word: نصف،
// ثلث، ثلثا، ربع مليون، نصف دزينة.
func (sc *scanner) fractionFirst(t token) (phrase, bool) {
	ph := phrase{start: t.start, end: t.end, words: true, kind: Fraction}
	a := t.at
	if t.def || a.cnt == 0 || (a.amb && !sc.whole) {
		return ph, false
	}
	ph.val, _ = IntValue(int64(a.cnt)).quo(IntValue(a.val))
	nt := sc.tokenAt(t.end)
	if nt.known && !nt.conj && !nt.def && !nt.prep {
		switch {
		case nt.at.typ == aScale && nt.at.cnt == 1, nt.at.typ == aDozen && nt.at.cnt == 1:
			// نصف مليون، ربع مليار، نصف دزينة
			ph.val, _ = ph.val.mul(IntValue(nt.at.val))
			ph.end = nt.end
			if ph.val.IsInt() {
				ph.kind = Cardinal
			}
		}
	}
	sc.percentAfter(&ph)
	return ph, true
}

// vague reads a vague quantity: عشرات، مئات، آلاف، بضعة، عشرات الآلاف.
// Value and Max bound it: a plural of a power of ten u (Arabic plurals
// count three to ten) is [3u, 10u-1]; بضعة is [3, 9].
func (sc *scanner) vague(t token) (phrase, bool) {
	ph := phrase{start: t.start, end: t.end, words: true, kind: Cardinal, approx: Vague}
	u := t.at.val
	lo, hi := 3*u, 10*u-1
	if t.at.typ == aVague && t.at.val == 1 {
		lo, hi = 3, 9
	}
	if t.def && t.at.typ == aVague {
		return ph, false
	}
	nt := sc.tokenAt(t.end)
	if nt.known && !nt.conj && !nt.prep && ((nt.at.typ == aScale && nt.at.cnt == 0) || (nt.at.typ == aVague && nt.at.val > 1 && !nt.def)) {
		// عشرات الآلاف، مئات الملايين، بضعة آلاف، بضع مئات
		s := nt.at.val
		if nt.at.typ == aScale && nt.at.cnt == 0 && !nt.def && t.at.val != 1 {
			// مئات آلاف is rare; still a product.
		}
		lo, hi = lo*s, (hi+1)*s-1
		ph.end = nt.end
	}
	ph.val, ph.max = IntValue(lo), IntValue(hi)
	return ph, true
}
