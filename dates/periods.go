package dates

import "time"

// yearWords reads a year written in words at i: ألفين وثمانية عشر, ألف
// وتسعمائة وثمانية وسبعون, ألفان, مائتين وسبعة وستين. It needs a thousands
// or hundreds word first; parts after it are joined by و.
func (p *parser) yearWords(i int) (int, int, bool) {
	t := p.at(i)
	if t.kind != tWord || t.clitic != 0 {
		return 0, i, false
	}
	v := 0
	switch t.e.kind {
	case kThousand:
		v = 1000 * int(t.e.val)
	case kHundred:
		v = 100 * int(t.e.val)
	default:
		return 0, i, false
	}
	j := i + 1
	parts := 1
	for {
		k := j
		if p.isWaw(k) {
			k++
		} else if p.at(k).clitic != 'w' {
			break
		}
		u := p.at(k)
		if u.kind != tWord {
			break
		}
		switch u.e.kind {
		case kHundred:
			v += 100 * int(u.e.val)
			j = k + 1
		case kTens:
			v += int(u.e.val)
			j = k + 1
		case kCardinal:
			n := int(u.e.val)
			j = k + 1
			nx := p.at(j)
			switch {
			case n < 10 && nx.kind == tWord && nx.e.kind == kCardinal && nx.e.val == 10 && nx.clitic == 0:
				n += 10
				j++
			case n < 10 && nx.kind == tWord && nx.e.kind == kTens && nx.clitic == 'w':
				n += int(nx.e.val)
				j++
			}
			v += n
		default:
			return v, j, parts > 1 || v >= 2000
		}
		parts++
	}
	return v, j, parts > 1 || v >= 2000
}

// pairYear reads a year said as two numbers of two digits at i, in the
// Assistant convention only: تسعة عشر تسعة وتسعون ("nineteen
// ninety-nine") is 1999, تسعة عشر ثمانية وعشرون 1928. Both numbers are
// words from 10 to 99.
func (p *parser) pairYear(i int) (int, int, bool) {
	if !p.o.assistant || p.at(i).kind != tWord {
		return 0, i, false
	}
	hi, j, ok := p.cardinal(i)
	if !ok || hi < 10 || hi > 99 || p.at(j).kind != tWord || p.at(j).clitic != 0 {
		return 0, i, false
	}
	lo, k, ok := p.cardinal(j)
	if !ok || lo < 10 || lo > 99 {
		return 0, i, false
	}
	return hi*100 + lo, k, true
}

// readYearRef reads a year reference at i: من عام 2016, هذا العام, العام
// المقبل, 2016, ألفين وعشرين.
func (p *parser) readYearRef(i int) (span, int, bool) {
	if p.is(i, kFrom) || p.is(i, kIn) {
		i++
	}
	switch {
	case p.is(i, kThis) && p.isUnit(i+1, uYear, auxOne, true):
		return p.relPeriod(uYear, 0), i + 2, true
	case p.isUnit(i, uYear, auxOne, true) && p.is(i+1, kRelMod):
		return p.relPeriod(uYear, int(p.at(i+1).e.val)), i + 2, true
	}
	if y, era, k, ok := p.readYear(i, false); ok {
		return p.yearOf(y, era), k, true
	}
	if p.isUnit(i, uYear, auxOne, false) {
		if y, k, ok := p.yearWords(i + 1); ok {
			return p.yearOf(y, 0), k, true
		}
	}
	if y, k, ok := p.yearWords(i); ok {
		return p.yearOf(y, 0), k, true
	}
	return span{}, i, false
}

// matchQuarter handles الربع الثالث من عام 2016, الربع الأول من هذا العام
// and الربع الأخير من عام 2025 (the fourth quarter).
func (p *parser) matchQuarter() (int, span, bool) {
	q := 4 // الربع الأخير
	switch t := p.at(1); {
	case t.kind == tWord && t.e.kind == kLast && t.clitic == 0:
	case t.kind == tWord && t.e.kind == kOrdinal && t.e.aux == 0 && t.e.val >= 1 && t.e.val <= 4 && t.clitic == 0:
		q = int(t.e.val)
	default:
		return 0, span{}, false
	}
	quarter := func(y int) span {
		f := dayOf(y, time.Month(3*q-2), 1)
		return span{from: f, to: f.AddDate(0, 3, -1), grain: Month, cal: Gregorian}
	}
	if ys, j, ok := p.readYearRef(2); ok {
		if ys.flags&(Unresolved|Impossible) != 0 || ys.grain != Year {
			return j, span{flags: Unresolved}, true
		}
		sp := quarter(ys.from.Year())
		sp.cal = ys.cal
		return j, sp, true
	}
	j := 2
	if p.is(2, kFrom) {
		// الربع الثاني من العام is a quarter of the year the policy picks;
		// الربع الأخير من المباراة, من القرن: a quarter of something else.
		if !p.isUnit(3, uYear, auxOne|auxDef, true) {
			return 0, span{}, false
		}
		j = 4
	}
	if !p.o.hasRef {
		return j, span{flags: Unresolved}, true
	}
	sp, ok := p.o.choose(func(k int) (span, bool) { return quarter(p.o.ref.Year() + k), true })
	if !ok {
		return j, span{flags: Unresolved}, true
	}
	sp.flags |= Inferred
	return j, sp, true
}

// matchThousand handles a year in words after في, من or حتى:
// في ألف وسبعمائة وتسعة وثمانين, من ألفين إلى ألفين وأربعة عشر.
func (p *parser) matchThousand() (int, span, bool) {
	y, j, ok := p.yearWords(0)
	if !ok || y < 1000 || !p.dateCtx() {
		return 0, span{}, false
	}
	if k, ok := p.connector(j, p.prev.e.kind == kBetween); ok && (p.prev.e.kind == kFrom || p.prev.e.kind == kBetween) {
		if y2, j2, ok2 := p.yearWords(k); ok2 && y2 > y {
			return j2, span{from: dayOf(y, 1, 1), to: dayOf(y2, 12, 31), grain: Year, cal: Gregorian, flags: Range}, true
		}
	}
	if !p.pauseAfter(j) {
		return 0, span{}, false
	}
	return j, p.yearOf(y, 0), true
}

// weekdayEnd reads one end of a weekday range at i: a definite weekday,
// optionally after يوم and with a day of the month (الجمعة 11).
func (p *parser) weekdayEnd(i int) (wd time.Weekday, day, j int, ok bool) {
	if p.isUnit(i, uDay, auxOne, false) && p.is(i+1, kWeekday) {
		i++
	}
	if !p.is(i, kWeekday) || p.at(i).e.aux != 1 {
		return 0, 0, i, false
	}
	wd, j = time.Weekday(p.at(i).e.val), i+1
	if d, ok := p.num(j, 2); ok && d >= 1 && d <= 31 {
		day, j = d, j+1
	}
	return wd, day, j, true
}

// tryWeekdayRange reads "WD (إلى|حتى|-|و) WD" at i: من الأحد إلى الخميس,
// بين الأربعاء والجمعة, من الجمعة 11 حتى الثلاثاء 15. week, when it is
// resolved, is the week the days belong to (الأسبوع المقبل بين ...).
func (p *parser) tryWeekdayRange(i int, between bool, week span) (int, span, bool) {
	wd1, d1, j, ok := p.weekdayEnd(i)
	if !ok {
		return 0, span{}, false
	}
	k, ok := p.connector(j, between)
	if !ok {
		return 0, span{}, false
	}
	wd2, d2, j2, ok := p.weekdayEnd(k)
	if !ok || (d1 == 0) != (d2 == 0) {
		return 0, span{}, false
	}
	var first span
	switch {
	case d1 > 0:
		first = p.weekdayDay(wd1, d1)
	case !week.from.IsZero():
		first = daySpan(addDays(week.from, (int(wd1)-int(p.o.weekStart)+7)%7))
	default:
		first = p.weekdayPolicy(wd1)
	}
	if first.flags&(Unresolved|Impossible) != 0 {
		return j2, first, true
	}
	n := (int(wd2) - int(wd1) + 7) % 7
	if d1 > 0 && d2 > d1 {
		n = d2 - d1
	}
	sp := first
	sp.to = addDays(first.from, n)
	sp.flags |= Range
	return j2, sp, true
}
