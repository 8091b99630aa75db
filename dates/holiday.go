package dates

import "time"

// matchHoliday resolves a feast name with an optional year: عيد الأضحى,
// عيد الفطر 2013, رأس السنة الهجرية 1446 هـ, عيد الميلاد 2020, عيد
// الفطر العام المقبل (in the Hijri year after the reference's for a Hijri
// feast).
func (p *parser) matchHoliday() (int, span, bool) {
	h := int(p.at(0).e.val)
	j := 1
	year, era, hasYear := 0, 0, false
	rel, hasRel := 0, false
	if y, e, k, ok := p.readYear(1, false); ok {
		year, era, hasYear, j = y, e, true, k
	} else if p.isUnit(1, uYear, auxOne|auxDef, true) && p.is(2, kRelMod) {
		// عيد الفطر العام المقبل: the feast of next year.
		rel, hasRel, j = int(p.at(2).e.val), true, 3
	}
	o := p.o
	day := func(k int, base int, hijriYear bool) (span, bool) {
		// base is the Gregorian year, or the Hijri year when hijriYear.
		y := base + k
		switch h {
		case 1:
			return daySpan(dayOf(y, 12, 25)), true
		case 2:
			return daySpan(easter(y)), true
		case 6:
			return daySpan(dayOf(y, 1, 1)), true
		case 9:
			return daySpan(dayOf(y, 12, 31)), true
		case 10:
			t, _ := nthWeekday(y, time.November, time.Thursday, 4)
			return daySpan(t), true
		case 11:
			return daySpan(dayOf(y, 3, 21)), true
		case 12:
			return daySpan(dayOf(y, 5, 1)), true
		case 13:
			if o.assistant { // the US Father's Day: the third Sunday of June
				t, _ := nthWeekday(y, time.June, time.Sunday, 3)
				return daySpan(t), true
			}
			return daySpan(dayOf(y, 6, 21)), true
		}
		hm, hd := holidayHijri(h)
		if hijriYear {
			sp, err := o.hijriDay(y, hm, hd)
			return sp, err == nil
		}
		// The occurrence that falls in Gregorian year y.
		hy, err := o.calendar.FromGregorian(y, time.January, 1)
		if err != nil {
			return span{}, false
		}
		for _, cand := range []int{hy.Year, hy.Year + 1} {
			if sp, err := o.hijriDay(cand, hm, hd); err == nil && sp.from.Year() == y {
				return sp, true
			}
		}
		return span{}, false
	}
	hijriHoliday := h == 3 || h == 4 || h == 5 || h == 7 || h == 8
	var sp span
	var ok bool
	switch {
	case hasYear && era == 1:
		sp, ok = day(0, year, true)
	case hasYear:
		sp, ok = day(0, year, false)
	case !o.hasRef:
		return j, span{flags: Unresolved}, true
	case hasRel:
		base, isH := o.ref.Year(), false
		if hijriHoliday {
			if hy, ok2 := o.refHijriYear(); ok2 {
				base, isH = hy, true
			}
		}
		sp, ok = day(rel, base, isH)
	default:
		base := o.ref.Year()
		isH := false
		if hijriHoliday {
			if hy, ok2 := o.refHijriYear(); ok2 {
				base, isH = hy, true
			}
		}
		sp, ok = o.choose(func(k int) (span, bool) { return day(k, base, isH) })
		sp.flags |= Inferred
	}
	if !ok {
		return j, span{flags: Unresolved}, true
	}
	sp.cal = Gregorian
	if hijriHoliday {
		sp.cal = Hijri
	}
	return j, sp, true
}

// holidayHijri returns the Hijri month and day of a Hijri feast.
func holidayHijri(h int) (month, day int) {
	switch h {
	case 3:
		return 12, 10
	case 4:
		return 10, 1
	case 5:
		return 1, 1
	case 7:
		return 3, 12
	case 8:
		return 12, 9
	}
	return 0, 0
}

// easter returns Western Easter Sunday of year y (the anonymous Gregorian
// computus, as in Meeus, Astronomical Algorithms, ch. 8).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return dayOf(y, time.Month(month), day)
}
