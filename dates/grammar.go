package dates

import "time"

// The grammar: match tries each form that can start with the trigger token
// w[0] and returns the number of tokens of the longest form that fits and
// its resolution.

func (p *parser) match() (int, span, bool) {
	n, sp, ok := p.match1()
	if !ok || n == 0 {
		return n, sp, ok
	}
	// Dual calendar: … هـ الموافق … م, or the other date in parentheses.
	if sp.cal == Hijri || sp.cal == Gregorian {
		k := n
		if p.punct(k, '،', ',', '-') {
			k++
		}
		paren := p.punct(k, '(')
		if p.is(k, kLink) || paren {
			k++
			if n2, sp2, ok := p.dateAt(k); ok && sp2.cal != sp.cal && (sp2.cal == Hijri || sp2.cal == Gregorian) && sp2.grain == sp.grain {
				if !paren || p.punct(n2, ')') {
					if paren {
						n2++
					}
					return n2, dualOf(sp, sp2), true
				}
			}
		}
	}
	return n, sp, true
}

// dateAt reads a calendar date (numeric or with a month name) at i.
func (p *parser) dateAt(i int) (int, span, bool) {
	if p.at(i).kind == tNum {
		if n, sp, ok := p.numericDate(i); ok {
			return n, sp, true
		}
	}
	c, j, ok := p.readDate(i, false)
	if !ok || !(c.hasYear || c.day > 0) {
		return 0, span{}, false
	}
	return j, p.resolveDate(c), true
}

// dualOf combines the Hijri and Gregorian readings of one date: the
// Gregorian one gives the interval (the Hijri one depends on the table or
// the sighting), and Mismatch is set when they are more than a day apart.
func dualOf(a, b span) span {
	h, g := a, b
	if a.cal != Hijri {
		h, g = b, a
	}
	sp := g
	if g.flags&(Impossible|Unresolved) != 0 {
		sp = h
	}
	sp.cal = Dual
	if h.flags&(Impossible|Unresolved) == 0 && g.flags&(Impossible|Unresolved) == 0 {
		d := h.from.Sub(g.from)
		if d < 0 {
			d = -d
		}
		if d > 24*time.Hour {
			sp.flags |= Mismatch
		}
	}
	return sp
}

func (p *parser) match1() (int, span, bool) {
	t := p.at(0)
	if t.kind == tNum {
		return p.matchNumber()
	}
	if t.kind != tWord {
		return 0, span{}, false
	}
	switch t.e.kind {
	case kFrom, kBetween:
		return p.matchFrom()
	case kMonthG, kMonthH:
		return p.matchMonth()
	case kOrdinal, kTens:
		return p.matchOrdinal()
	case kCardinal:
		return p.matchCardinal()
	case kWeekday:
		return p.matchWeekday(0)
	case kUnit:
		return p.matchUnit()
	case kRelDay:
		return p.matchRelDay()
	case kPart:
		return p.matchPart()
	case kAnchor:
		return p.matchAnchor()
	case kDecade:
		return p.matchDecade(0)
	case kThis:
		return p.matchThis()
	case kLast:
		return p.matchLast()
	case kHoliday:
		return p.matchHoliday()
	case kQuarter:
		return p.matchQuarter()
	case kThousand:
		return p.matchThousand()
	}
	return 0, span{}, false
}

// dateCtx reports whether the token before w[0] is a word that introduces
// dates (في, منذ, حتى, من, أوائل...), which lets an ambiguous month name
// (مارس) or a bare weekday count.
func (p *parser) dateCtx() bool {
	t := p.prev
	if t.kind != tWord {
		return false
	}
	switch t.e.kind {
	case kIn, kFrom, kTo, kAnchor, kPart, kBetween, kThis:
		return true
	}
	return false
}

// fullDate reads a calendar date at i with its dual-calendar equivalent
// (… هـ الموافق … م), checks that an ambiguous month name has support, and
// resolves it.
func (p *parser) fullDate(i int, ctx bool) (int, span, bool) {
	c, j, ok := p.readDate(i, false)
	if !ok || !p.supported(c, ctx, j) {
		return 0, span{}, false
	}
	if n, sp, ok := p.daysOfMonth(c, j); ok {
		return n, sp, true
	}
	sp := p.resolveDate(c)
	return j, sp, true
}

// daysOfMonth reads a range of days after a month c that ends before token
// j: شهر نوفمبر بين 19 و20, في مايو من 10 إلى 15 (before a pause).
func (p *parser) daysOfMonth(c cdate, j int) (int, span, bool) {
	if c.day != 0 || c.month == 0 || c.relMonth || c.era != 0 || !(p.is(j, kBetween) || p.is(j, kFrom)) {
		return 0, span{}, false
	}
	between := p.is(j, kBetween)
	d1, k, ok := p.readDay(j + 1)
	if !ok {
		return 0, span{}, false
	}
	k, ok = p.connector(k, between)
	if !ok {
		return 0, span{}, false
	}
	d2, end, ok := p.readDay(k)
	if !ok || d2 <= d1 || !p.pauseAfter(end) {
		return 0, span{}, false
	}
	c1, c2 := c, c
	c1.day, c2.day = d1, d2
	s1 := p.resolveDate(c1)
	if s1.flags&(Unresolved|Impossible) != 0 {
		return end, s1, true
	}
	if !c.hasYear && !c.hijri {
		c2.year, c2.hasYear = s1.from.Year(), true
	}
	s2 := p.resolveDate(c2)
	if s2.flags&(Unresolved|Impossible) != 0 {
		return end, s2, true
	}
	sp := s1
	sp.to, sp.flags = s2.to, s1.flags|Range
	return end, sp, true
}

// supported reports whether a month name is backed by enough context to be a
// date: a day, a year, an era, the word شهر, a paired name, a date word
// before it (في مارس) or a modifier after it.
func (p *parser) supported(c cdate, ctx bool, j int) bool {
	if c.strongCtx || c.hasYear || c.day > 0 || c.relMonth || c.era == -1 {
		return true
	}
	if ctx || p.dateCtx() || p.is(j, kRelMod) {
		return true
	}
	return !c.ambiguous
}

// connector reports whether token i joins the two ends of a range, and the
// index after it. و counts only after بين.
func (p *parser) connector(i int, between bool) (int, bool) {
	switch {
	case p.is(i, kTo):
		return i + 1, true
	case p.punct(i, '-', '\u2013', '\u2014'):
		return i + 1, true
	case between && p.isWaw(i):
		return i + 1, true
	case between && p.at(i).kind == tWord && p.at(i).clitic == 'w':
		return i, true // و attached to the next date word: وحتى is kTo; و8 is split.
	}
	return i, false
}

// tryRange reads "D1 (إلى|حتى|-) D2" at i where either end may lack the
// month or year the other gives: من 10 إلى 15 يونيو, 13-15 تموز,
// يوليو 13-15, بين 3 و 12 سبتمبر, من 2 أكتوبر إلى 22 أكتوبر.
func (p *parser) tryRange(i int, between bool) (int, span, bool) {
	c1, j, ok := p.readDate(i, true)
	if !ok {
		return p.tryFullRange(i, between)
	}
	if c1.hasYear && c1.day > 0 {
		if n, sp, ok := p.tryFullRange(i, between); ok {
			return n, sp, true
		}
	}
	// 6 و 7 سبتمبر: و joins two bare days before a month.
	k, ok := p.connector(j, between || c1.month == 0 && !c1.relMonth && c1.day > 0)
	if !ok {
		return 0, span{}, false
	}
	// والرابع من يناير: the و of the connector is on the next word.
	cl := p.at(k).clitic
	if k == j && cl == 'w' && k < p.n {
		p.w[k].clitic = 0
	}
	c2, j2, ok := p.readDate(k, true)
	if k < p.n {
		p.w[k].clitic = cl
	}
	if !ok {
		return 0, span{}, false
	}
	has := func(c cdate) bool { return c.month > 0 || c.relMonth }
	if !has(c1) && !has(c2) {
		return 0, span{}, false
	}
	if (c1.day > 0) != (c2.day > 0) {
		return 0, span{}, false
	}
	if !has(c1) {
		c1.month, c1.hijri, c1.relMonth, c1.monthRel, c1.dir = c2.month, c2.hijri, c2.relMonth, c2.monthRel, c2.dir
	}
	if !has(c2) {
		c2.month, c2.hijri, c2.relMonth, c2.monthRel = c1.month, c1.hijri, c1.relMonth, c1.monthRel
	}
	if !c1.hasYear && c2.hasYear && c1.dir == 0 {
		c1.year, c1.hasYear, c1.era = c2.year, true, c2.era
		if c1.hijri == c2.hijri && c1.month > c2.month {
			c1.year-- // بين 22 ديسمبر والرابع من يناير 2016
		}
	}
	if !c2.hasYear && c1.hasYear {
		c2.year, c2.hasYear, c2.era = c1.year, true, c1.era
	}
	if c1.era == -1 && c2.era == 0 {
		c2.year, c2.era = c1.year, -1
	}
	if c2.era == -1 && c1.era == 0 {
		c1.year, c1.era = c2.year, -1
	}
	s1 := p.resolveDate(c1)
	var s2 span
	if s1.flags&Inferred != 0 && !c2.hijri && !c2.relMonth {
		// Put the second end in the year the policy chose for the first.
		c2.year, c2.hasYear = s1.from.Year(), true
		s2 = p.resolveDate(c2)
		if s2.flags&(Impossible|Unresolved) == 0 && s2.to.Before(s1.from) {
			c2.year++
			s2 = p.resolveDate(c2)
		}
		s2.flags |= Inferred
	} else {
		s2 = p.resolveDate(c2)
	}
	sp := s1
	sp.flags |= s2.flags | Range
	if sp.flags&(Impossible|Unresolved) == 0 {
		if s2.to.Before(s1.from) {
			return 0, span{}, false
		}
		sp.to = s2.to
	}
	return j2, sp, true
}

// tryFullRange reads a range between two full dates of which either may be
// numeric: 12 يناير 2016 - 01/22/2016, من 1/1/2015 إلى 31/12/2015.
func (p *parser) tryFullRange(i int, between bool) (int, span, bool) {
	j, s1, ok := p.dateAt(i)
	if !ok || s1.flags&(Unresolved|Impossible|Inferred) != 0 || s1.grain != Day {
		return 0, span{}, false
	}
	k, ok := p.connector(j, between)
	if !ok || k == j {
		return 0, span{}, false
	}
	j2, s2, ok := p.dateAt(k)
	if !ok || s2.flags&(Unresolved|Impossible|Inferred) != 0 || s2.grain != Day || s2.to.Before(s1.from) {
		return 0, span{}, false
	}
	sp := s1
	sp.to, sp.flags = s2.to, s1.flags|Range
	return j2, sp, true
}

// matchFrom handles ranges introduced by من or بين, and years ranges
// (بين عامي 2010 و2015, من 2014 إلى 2018).
func (p *parser) matchFrom() (int, span, bool) {
	between := p.is(0, kBetween)
	if n, sp, ok := p.tryRange(1, between); ok {
		return n, sp, true
	}
	if n, sp, ok := p.tryWeekdayRange(1, between, span{}); ok {
		return n, sp, true
	}
	// Year ranges.
	i := 1
	if p.is(i, kYearWord) || p.isUnit(i, uYear, auxOne, false) || p.isUnit(i, uYear, auxTwo, false) {
		i++
	}
	y1, ok1 := p.num(i, 4)
	if !ok1 || i == 1 && (p.at(i).ndig != 4 || y1 < 1000) {
		return 0, span{}, false // بين 100 و150 is a count
	}
	k, ok := p.connector(i+1, between)
	if !ok {
		return 0, span{}, false
	}
	if p.isUnit(k, uYear, auxOne, false) {
		k++
	}
	y2, ok2 := p.num(k, 4)
	if !ok2 || y2 < y1 || y2-y1 > 200 || p.at(k).ndig != p.at(i).ndig {
		return 0, span{}, false
	}
	j := k + 1
	a, b := yearSpan(y1), yearSpan(y2)
	cal := Gregorian
	if era := p.era(j); era != 0 {
		j += p.eraLen(j)
		if era == 1 {
			ha, err1 := p.o.hijriYear(y1)
			hb, err2 := p.o.hijriYear(y2)
			if err1 != nil || err2 != nil {
				return j, span{cal: Hijri, flags: Unresolved | Range}, true
			}
			a, b, cal = ha, hb, Hijri
		}
	}
	return j, span{from: a.from, to: b.to, grain: Year, cal: cal, flags: Range}, true
}

// matchMonth handles forms that start with a month name.
func (p *parser) matchMonth() (int, span, bool) {
	if n, sp, ok := p.tryRange(0, false); ok {
		return n, sp, true
	}
	return p.fullDate(0, false)
}

// matchOrdinal handles forms that start with an ordinal: ranges, days of a
// month, and the n-th weekday or week of a month (ثالث ثلاثاء في ايلول).
func (p *parser) matchOrdinal() (int, span, bool) {
	t := p.at(0)
	if t.e.kind == kOrdinal && t.e.aux == 0 && t.e.val <= 5 {
		n := int(t.e.val)
		j := 1
		if p.isUnit(j, uDay, auxOne, false) && p.is(j+1, kWeekday) {
			j++
		}
		if p.is(j, kWeekday) && p.at(j).e.aux == 0 {
			wd := time.Weekday(p.at(j).e.val)
			if ms, k, ok := p.readMonthRef(j + 1); ok {
				return k, p.nthWeekdaySpan(ms, wd, n), true
			}
		}
		if p.isUnit(1, uWeek, auxOne, false) {
			if ms, k, ok := p.readMonthRef(2); ok {
				return k, p.nthWeek(ms, n), true
			}
		}
		if p.isUnit(1, uDay, auxOne, false) && p.is(2, kFrom) {
			// ثالث يوم من شهر عشرة
			if ms, k, ok := p.readMonthRef(2); ok {
				return k, p.dayOfMonth(ms, n), true
			}
		}
	}
	if n, sp, ok := p.tryRange(0, false); ok {
		return n, sp, true
	}
	if n, sp, ok := p.fullDate(0, false); ok {
		return n, sp, true
	}
	if p.o.assistant {
		return p.bareOrdinalDay()
	}
	return 0, span{}, false
}

// bareOrdinalDay reads an ordinal day alone after ل, في or إلى and before
// a pause (Assistant): عدت للثاني, عدت إلى الحادي والعشرين, عدت للثلاثين.
func (p *parser) bareOrdinalDay() (int, span, bool) {
	t := p.at(0)
	if t.clitic != 'l' && (t.clitic != 0 || p.prev.kind != tWord || p.prev.e.kind != kIn && p.prev.e.kind != kTo) {
		return 0, span{}, false
	}
	var v, j int
	if t.e.kind == kTens {
		v, j = int(t.e.val), 1
	} else {
		w := p.w[0]
		p.w[0].clitic = 0 // the ل is the preposition
		var ok bool
		v, j, ok = p.ordinal(0)
		p.w[0] = w
		if !ok {
			return 0, span{}, false
		}
	}
	if v < 1 || v > 31 || !p.pauseAfter(j) {
		return 0, span{}, false
	}
	return j, p.dayOfCurrentMonth(v), true
}

// matchCardinal handles forms that start with a cardinal number word: a
// day before a month (واحد وعشرين مايو) and a counted window (الثلاثة عقود
// القادمة, ثلاثة أيام المقبلة).
func (p *parser) matchCardinal() (int, span, bool) {
	if n, sp, ok := p.tryRange(0, false); ok {
		return n, sp, true
	}
	if n, sp, ok := p.fullDate(0, false); ok {
		return n, sp, true
	}
	if y, j, ok := p.pairYear(0); ok && p.pauseAfter(j) {
		return j, p.yearOf(y, 0), true
	}
	if n, sp, ok := p.assistantIn(); ok { // في ثلاثة أسابيع
		return n, sp, true
	}
	v, j, ok := p.cardinal(0)
	if !ok || p.at(0).clitic != 0 {
		return 0, span{}, false
	}
	if u, aux, ok := p.unit(j); ok && aux&auxCount == auxMany && p.is(j+1, kRelMod) {
		if dir := int(p.at(j + 1).e.val); dir != 0 {
			return j + 2, p.window(u, v, dir), true
		}
	}
	return 0, span{}, false
}

// readMonthRef reads a month with its preposition: من شهر اذار, في ايلول في
// سنة 2014, بشهر اكتوبر 2014, من الشهر القادم, من هذا الشهر, من عام 2015.
// It returns the month (or year) interval.
func (p *parser) readMonthRef(i int) (span, int, bool) {
	if p.is(i, kFrom) || p.is(i, kIn) {
		i++
	}
	switch {
	case p.is(i, kThis) && p.isUnit(i+1, uMonth, auxOne|auxDef, true):
		return p.relPeriod(uMonth, 0), i + 2, true
	case p.isUnit(i, uMonth, auxOne|auxDef, true) && p.is(i+1, kRelMod):
		return p.relPeriod(uMonth, int(p.at(i+1).e.val)), i + 2, true
	case p.isUnit(i, uMonth, auxOne|auxDef, true) && p.is(i+1, kOrdinal):
		// الشهر التاسع: the ninth month.
		v := int(p.at(i + 1).e.val)
		c := cdate{month: v}
		if v >= 1 && v <= 12 {
			j := i + 2
			if y, era, k, ok := p.readYear(j, false); ok && era != 1 {
				c.year, c.hasYear, j = y, true, k
			}
			return p.resolveDate(c), j, true
		}
		return span{}, i, false
	}
	c, j, ok := p.readDate(i, false)
	if ok && c.day == 0 {
		return p.resolveDate(c), j, true
	}
	if ys, k, ok := p.readYearRef(i); ok && !(p.at(i).kind == tNum && p.at(i).ndig < 4) {
		return ys, k, true
	}
	if y, era, k, ok := p.readYear(i, true); ok {
		return p.yearOf(y, era), k, true
	}
	return span{}, i, false
}

// nthWeekdaySpan returns the n-th (or last, n = -1) weekday of a month span.
func (p *parser) nthWeekdaySpan(ms span, wd time.Weekday, n int) span {
	if ms.flags&(Unresolved|Impossible) != 0 {
		return ms
	}
	if ms.grain == Year {
		return span{cal: ms.cal, flags: Unresolved}
	}
	t, ok := nthWeekday(ms.from.Year(), ms.from.Month(), wd, n)
	if !ok {
		return span{cal: ms.cal, flags: Impossible}
	}
	sp := daySpan(t)
	sp.cal, sp.flags = ms.cal, ms.flags&Inferred
	return sp
}

// nthWeek returns the n-th (or last) week of a month (the week that starts
// on the month's n-th first weekday) or of a year (ISO-style: the week that
// holds its first week-start-based Thursday).
func (p *parser) nthWeek(ms span, n int) span {
	if ms.flags&(Unresolved|Impossible) != 0 {
		return ms
	}
	var start time.Time
	switch ms.grain {
	case Month:
		if n == -1 {
			// The last week that ends within the month.
			last := addDays(ms.to, -6)
			back := (int(last.Weekday()) - int(p.o.weekStart) + 7) % 7
			start = addDays(last, (7-back)%7)
			if start.After(last) {
				start = addDays(start, -7)
			}
		} else {
			first := ms.from
			fwd := (int(p.o.weekStart) - int(first.Weekday()) + 7) % 7
			start = addDays(first, fwd+7*(n-1))
		}
	case Year:
		y := ms.from.Year()
		if n == -1 {
			// The week holding 28 December is the last ISO week.
			start = p.o.weekOf(dayOf(y, 12, 28)).from
		} else {
			start = addDays(p.o.weekOf(dayOf(y, 1, 4)).from, 7*(n-1))
		}
	default:
		return span{cal: ms.cal, flags: Unresolved}
	}
	return span{from: start, to: addDays(start, 6), grain: Week, cal: ms.cal, flags: ms.flags & Inferred}
}

// dayOfMonth returns day n of a month span (n = -1: the last day).
func (p *parser) dayOfMonth(ms span, n int) span {
	if ms.flags&(Unresolved|Impossible) != 0 || ms.grain != Month {
		return span{cal: ms.cal, flags: Unresolved}
	}
	t := addDays(ms.from, n-1)
	if n == -1 {
		t = ms.to
	}
	if t.After(ms.to) {
		return span{cal: ms.cal, flags: Impossible}
	}
	sp := daySpan(t)
	sp.cal, sp.flags = ms.cal, ms.flags&Inferred
	return sp
}

// relPeriod returns the day, week, month, year or decade k units from the
// one holding the reference.
func (p *parser) relPeriod(u, k int) span {
	o := p.o
	if !o.hasRef {
		return span{flags: Unresolved}
	}
	ref := o.ref
	switch u {
	case uDay:
		return daySpan(addDays(ref, k))
	case uWeek:
		w := o.weekOf(ref)
		return span{from: addDays(w.from, 7*k), to: addDays(w.to, 7*k), grain: Week}
	case uMonth:
		f := dayOf(ref.Year(), ref.Month()+time.Month(k), 1)
		return monthSpan(f.Year(), f.Month())
	case uYear:
		return yearSpan(ref.Year() + k)
	case uDecade:
		return decadeSpan(ref.Year()/10*10 + 10*k)
	}
	return span{flags: Unresolved}
}

// window returns the n units just before (dir < 0) or after (dir > 0) the
// reference: الأسبوعين المقبلين, الأيام الثلاثة الماضية, العقدين الماضيين.
func (p *parser) window(u, n, dir int) span {
	o := p.o
	if !o.hasRef {
		return span{flags: Unresolved}
	}
	if n <= 0 {
		return span{flags: Unresolved}
	}
	ref := o.ref
	if u == uDecade {
		d := ref.Year() / 10 * 10
		if dir < 0 {
			return span{from: dayOf(d-10*n, 1, 1), to: dayOf(d-1, 12, 31), grain: Decade}
		}
		return span{from: dayOf(d+10, 1, 1), to: dayOf(d+10*n+9, 12, 31), grain: Decade}
	}
	if dir < 0 {
		return span{from: shift(ref, u, -n), to: addDays(ref, -1), grain: Day}
	}

	return span{from: addDays(ref, 1), to: shift(ref, u, n), grain: Day}
}

// shift moves t by n units.
func shift(t time.Time, u, n int) time.Time {
	switch u {
	case uDay:
		return addDays(t, n)
	case uWeek:
		return addDays(t, 7*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	}
	return t
}

// Parts of a period.
const (
	partEarly = 1
	partMid   = 2
	partLate  = 3
	partRest  = 4
)

// applyPart narrows a period to its early, middle or late part: the first,
// middle or last ten days of a month (the middle of a month is its 15th day,
// as Duckling reads منتصف), the first or second half of a year (April to
// September for its middle), days 1–3, 2–5 or 4–7 of a week, the first,
// middle or last four years of a decade. In the Assistant convention the
// early and late parts of a month are its halves (1–15, 16 to the end).
func (p *parser) applyPart(sp span, part int) span { return applyPart(sp, part, p.o.assistant) }

func applyPart(sp span, part int, halves bool) span {
	if sp.flags&(Unresolved|Impossible) != 0 {
		return sp
	}
	out := sp
	switch sp.grain {
	case Month:
		out.grain = Day
		if halves && part != partMid {
			if part == partEarly {
				out.to = addDays(sp.from, 14)
			} else {
				out.from = addDays(sp.from, 15)
			}
			break
		}
		switch part {
		case partEarly:
			out.to = addDays(sp.from, 9)
		case partMid:
			out.from = addDays(sp.from, 14)
			out.to = out.from
		case partLate:
			out.from = addDays(sp.from, 20)
		}
	case Year:
		out.grain = Month
		switch part {
		case partEarly:
			out.to = sp.from.AddDate(0, 6, -1)
		case partMid:
			out.from = sp.from.AddDate(0, 3, 0)
			out.to = sp.from.AddDate(0, 9, -1)
		case partLate:
			out.from = sp.from.AddDate(0, 6, 0)
		}
	case Week:
		out.grain = Day
		switch part {
		case partEarly:
			out.to = addDays(sp.from, 2)
		case partMid:
			out.from, out.to = addDays(sp.from, 1), addDays(sp.from, 4)
		case partLate:
			out.from = addDays(sp.from, 3)
		}
	case Decade:
		out.grain = Year
		switch part {
		case partEarly:
			out.to = sp.from.AddDate(4, 0, -1)
		case partMid:
			out.from, out.to = sp.from.AddDate(3, 0, 0), sp.from.AddDate(7, 0, -1)
		case partLate:
			out.from = sp.from.AddDate(6, 0, 0)
		}
	}
	return out
}
