package numbers

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
	if ok && !joined && num != 2 {
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
