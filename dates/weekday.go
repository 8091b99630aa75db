package dates

import (
	"time"

	"github.com/khabar-nlp/khabar/dates/internal/lexkey"
)

// matchWeekday handles forms that start with a weekday at i (i is 0, or 1
// after يوم): a weekday with a date, with a modifier (الاثنين الماضي), in
// a relative week (الأحد من الأسبوع الماضي), with a day number (الخميس 21)
// or alone (يوم الاثنين).
func (p *parser) matchWeekday(i int) (int, span, bool) {
	t := p.at(i)
	wd := time.Weekday(t.e.val)
	def := t.e.aux == 1
	// After يوم, or after the dual يومي (يومي الاثنين والأربعاء: "on
	// Monday and Wednesday").
	afterYawm := i > 0 || i == 0 && p.prevIsDualDay()
	j := i + 1
	// الثلاثاء الثالث من شهر ايلول, الاثنين الاخير من شهر ثلاثة: the n-th
	// weekday of a month, read before "weekday + day of month".
	ordN := 0
	if p.is(j, kOrdinal) && p.at(j).e.aux == 0 && p.at(j).e.val <= 5 && !p.is(j+1, kCardinal) && !p.is(j+1, kTens) {
		ordN = int(p.at(j).e.val)
	} else if p.is(j, kLast) {
		ordN = -1
	}
	if ordN != 0 && (p.is(j+1, kFrom) || p.is(j+1, kIn)) {
		if ms, k2, ok := p.readMonthRef(j + 1); ok {
			return k2, p.nthWeekdaySpan(ms, wd, ordN), true
		}
	}
	if n, sp, ok := p.tryRange(0, false); ok {
		return n, sp, true
	}
	if n, sp, ok := p.fullDate(0, false); ok {
		return n, sp, true
	}
	// يوم الجمعة 1/10/1436هـ, الاثنين بتاريخ 18/10/1436هـ.
	k0 := j
	if w := p.text(k0); w == "بتاريخ" || w == "الموافق" {
		k0++
	}
	if p.at(k0).kind == tNum {
		if n, sp, ok := p.numericDate(k0); ok {
			return n, sp, true
		}
	}
	// الاثنين الماضي, يوم الثلاثاء السابق, الأحد القادم.
	if p.is(j, kRelMod) {
		dir := int(p.at(j).e.val)
		return j + 1, p.weekdayRel(wd, dir), true
	}
	// بعد القادم.
	// الأحد من الأسبوع الماضي, اثنين الأسبوع الحالي, الاثنين من هذا الأسبوع.
	k := j
	if p.is(k, kFrom) || p.is(k, kIn) {
		k++
	}
	if p.is(k, kThis) && p.isUnit(k+1, uWeek, auxOne|auxDef, true) {
		return k + 2, p.weekdayInWeek(wd, 0), true
	}
	if p.isUnit(k, uWeek, auxOne|auxDef, true) && p.is(k+1, kRelMod) {
		return k + 2, p.weekdayInWeek(wd, int(p.at(k+1).e.val)), true
	}
	// الخميس 21, الخميس في الحادي والعشرين, السبت السادس عشر.
	k = j
	if p.is(k, kIn) {
		k++
	}
	d, k2, ok := p.readDay(k)
	if !ok && k > j && p.at(k).kind == tWord {
		// الجمعة في خمسة عشر: a cardinal after في.
		if v, k3, okc := p.cardinal(k); okc && v >= 1 && v <= 31 {
			d, k2, ok = v, k3, true
		}
	}
	if ok {
		single := p.at(k).kind == tWord && k2 == k+1
		if single && d <= 5 && p.at(k).e.kind == kOrdinal {
			// الأحد الثاني: the second Sunday of the current month.
			return k2, p.nthWeekdayOfRefMonth(wd, d), true
		}
		if p.at(k).kind != tNum || p.pauseAfter(k2) {
			return k2, p.weekdayDay(wd, d), true
		}
	}
	// Alone: needs the definite form and some support for الاثنين, which is
	// also "the two"; الجمعة after مسجد, صلاة, خطبة is the congregation.
	if !afterYawm && wd == time.Friday && p.prev.kind == tWord {
		switch p.s[p.prev.start:p.prev.end] {
		case "مسجد", "جامع", "صلاة", "صلاه", "خطبة", "خطبه", "خطيب", "إمام", "امام", "خطباء", "أئمة", "صلوات":
			return 0, span{}, false
		}
	}
	if !def && !afterYawm {
		return 0, span{}, false
	}
	if !afterYawm && wd == time.Monday && !p.dateCtx() && !(p.prev.kind == tEOF && p.at(j).kind == tEOF) {
		return 0, span{}, false
	}
	// والثلاثاء after يومي الاثنين: the second day of a pair follows the
	// first (within the next six days).
	if t.clitic == 'w' && p.anchorWeekday && p.prev.end == p.anchorEnd {
		sp := daySpan(addDays(p.anchor.from, (int(wd)-int(p.anchor.from.Weekday())+6)%7+1))
		sp.flags = Inferred
		return j, sp, true
	}
	return j, p.weekdayPolicy(wd), true
}

// prevIsDualDay reports whether the token before the window is يومي, the
// dual "the two days" before a pair of weekdays.
func (p *parser) prevIsDualDay() bool {
	t := p.prev
	if t.kind != tWord || t.end-t.start > 16 {
		return false
	}
	var buf [16]byte
	return string(lexkey.Append(buf[:0], p.s[t.start:t.end])) == "يومي"
}

// weekdayPolicy resolves a bare weekday: the latest such day on or before the
// reference (PreferPast), the next one after it (PreferFuture) or the
// nearer of the two.
func (p *parser) weekdayPolicy(wd time.Weekday) span {
	o := p.o
	if !o.hasRef {
		return span{flags: Unresolved}
	}
	back := (int(o.ref.Weekday()) - int(wd) + 7) % 7
	past := addDays(o.ref, -back)
	fwd := (int(wd) - int(o.ref.Weekday()) + 7) % 7
	if fwd == 0 {
		fwd = 7
	}
	future := addDays(o.ref, fwd)
	t := past
	switch o.policy {
	case PreferFuture:
		t = future
	case PreferNearest:
		if fwd < back {
			t = future
		}
	}
	sp := daySpan(t)
	sp.flags |= Inferred
	return sp
}

// weekdayRel returns the weekday strictly before (dir < 0) or after the
// reference, or in the current week (dir = 0).
func (p *parser) weekdayRel(wd time.Weekday, dir int) span {
	o := p.o
	if !o.hasRef {
		return span{flags: Unresolved}
	}
	switch {
	case dir < 0:
		back := (int(o.ref.Weekday()) - int(wd) + 7) % 7
		if back == 0 {
			back = 7
		}
		return daySpan(addDays(o.ref, -back))
	case dir > 0:
		fwd := (int(wd) - int(o.ref.Weekday()) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return daySpan(addDays(o.ref, fwd))
	}
	return p.weekdayInWeek(wd, 0)
}

// weekdayInWeek returns weekday wd of the week k weeks from the current one.
func (p *parser) weekdayInWeek(wd time.Weekday, k int) span {
	w := p.relPeriod(uWeek, k)
	if w.flags&Unresolved != 0 {
		return w
	}
	off := (int(wd) - int(p.o.weekStart) + 7) % 7
	return daySpan(addDays(w.from, off))
}

// weekdayDay resolves "weekday + day of month" (الخميس 21): the month near
// the reference where that day falls on that weekday, by the policy.
func (p *parser) weekdayDay(wd time.Weekday, d int) span {
	o := p.o
	if !o.hasRef {
		return span{flags: Unresolved}
	}
	cand := func(k int) (span, bool) {
		f := dayOf(o.ref.Year(), o.ref.Month()+time.Month(k), 1)
		if !validDay(f.Year(), int(f.Month()), d) {
			return span{}, false
		}
		t := dayOf(f.Year(), f.Month(), d)
		return daySpan(t), t.Weekday() == wd
	}
	sp, ok := o.choose(cand)
	if !ok {
		// The weekday names one month near the reference: take it even
		// if the policy leans the other way (عدت يوم الخميس 21).
		var best span
		bestK := 99
		for k := -2; k <= 2; k++ {
			if c, ok := cand(k); ok && abs(k) < abs(bestK) {
				best, bestK = c, k
			}
		}
		if bestK == 99 {
			return p.dayOfCurrentMonth(d)
		}
		sp = best
	}
	sp.flags |= Inferred
	return sp
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (p *parser) nthWeekdayOfRefMonth(wd time.Weekday, n int) span {
	if !p.o.hasRef {
		return span{flags: Unresolved}
	}
	return p.nthWeekdaySpan(p.relPeriod(uMonth, 0), wd, n)
}
