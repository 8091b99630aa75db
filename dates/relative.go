package dates

import (
	"time"

	"github.com/khabar-nlp/khabar/dates/internal/lexkey"
)

// matchUnit handles forms that start with a unit word: relative periods
// (الأسبوع الماضي, العام المقبل), counted windows (الأسبوعين المقبلين,
// الأيام الثلاثة القادمة), the n-th week (الأسبوع الثالث من هذا الشهر), a
// weekday of a relative week (الأسبوع المقبل يوم الجمعة), years (عام 1979),
// a weekday or a date after يوم, and months after شهر.
func (p *parser) matchUnit() (int, span, bool) {
	u, aux, _ := p.unit(0)
	count := aux & auxCount
	def := aux&auxDef != 0
	switch {
	case u == uDay && count == auxOne && !def:
		if p.is(1, kWeekday) {
			return p.matchWeekday(1)
		}
		if n, sp, ok := p.fullDate(0, false); ok {
			return n, sp, true
		}
		// يوم 27 at the end of a sentence.
		if d, ok := p.num(1, 2); ok && d >= 1 && d <= 31 && p.at(2).kind == tEOF {
			return 2, p.dayOfCurrentMonth(d), true
		}
		return 0, span{}, false
	case u == uMonth && count == auxOne && !def:
		return p.fullDate(0, true)
	case u == uWeek && count == auxOne && !def:
		// أسبوع 16 سبتمبر: the week holding that day.
		if n, sp, ok := p.fullDate(1, true); ok && sp.grain == Day && sp.flags&(Unresolved|Impossible) == 0 {
			w := p.o.weekOf(sp.from)
			w.cal, w.flags = sp.cal, sp.flags
			return n, w, true
		}
		return 0, span{}, false
	case u == uYear && count == auxOne:
		// عام 1979, سنة 2014, العام 2020.
		if y, era, j, ok := p.readYear(0, true); ok {
			return j, p.yearOf(y, max(era, 0)), true
		}
	}
	if !def {
		if count == auxTwo {
			return p.assistantIn() // في أسبوعين
		}
		return 0, span{}, false
	}
	if count == auxOne {
		switch {
		case p.is(1, kRelMod):
			dir := int(p.at(1).e.val)
			j := 2
			sp := p.relPeriod(u, dir)
			// الأسبوع المقبل يوم الجمعة, الأسبوع الماضي الأحد, الأسبوع
			// المقبل بين الأربعاء والجمعة.
			if u == uWeek && (p.is(j, kFrom) || p.is(j, kBetween)) && sp.flags&Unresolved == 0 {
				if n, rs, ok := p.tryWeekdayRange(j+1, p.is(j, kBetween), sp); ok {
					return n, rs, true
				}
			}
			if u == uWeek {
				k := j
				if p.isUnit(k, uDay, auxOne, false) {
					k++
				}
				if p.is(k, kWeekday) && p.at(k).e.aux == 1 {
					return k + 1, p.weekdayInWeek(time.Weekday(p.at(k).e.val), dir), true
				}
			}
			return j, sp, true
		case p.is(1, kAnchor) && p.at(1).e.val == 3 && p.is(2, kRelMod) && p.at(2).e.val == 1:
			// الأسبوع بعد القادم.
			return 3, p.relPeriod(u, 2), true
		case (p.is(1, kOrdinal) && p.at(1).e.aux == 0) || p.is(1, kLast):
			// الأسبوع الثالث من هذا الشهر, الأسبوع الأخير من يوليو.
			n := -1
			if p.is(1, kOrdinal) {
				n = int(p.at(1).e.val)
			}
			if u == uWeek {
				if ms, k, ok := p.readMonthRef(2); ok {
					return k, p.nthWeek(ms, n), true
				}
				// الأسبوع الثالث العام المقبل.
				if p.isUnit(2, uYear, auxOne|auxDef, true) && p.is(3, kRelMod) {
					return 4, p.nthWeek(p.relPeriod(uYear, int(p.at(3).e.val)), n), true
				}
			}
		}
		return 0, span{}, false
	}
	// Dual or plural with a modifier: الأسبوعين المقبلين, الأيام الماضية,
	// الأيام الثلاثة القادمة, العقدين الماضيين.
	j := 1
	n := 0
	if count == auxTwo {
		n = 2
	} else if v, k, ok := p.cardinal(j); ok && p.at(j).kind == tWord {
		n, j = v, k
	} else if w := p.text(j); w == "القليلة" || w == "القليله" || w == "الأخيرة" || w == "الاخيرة" {
		j++ // الأيام القليلة الماضية: vague
		if p.o.assistant && (w == "القليلة" || w == "القليله") {
			n = fewCount
		}
	}
	if !p.is(j, kRelMod) {
		return 0, span{}, false
	}
	dir := int(p.at(j).e.val)
	if dir == 0 {
		return 0, span{}, false
	}
	if n == 0 {
		return j + 1, span{flags: Unresolved | Approximate}, true
	}
	return j + 1, p.window(u, n, dir), true
}

// matchRelDay handles اليوم, أمس, غدا, أول أمس, بعد غد and اليوم الثالث من
// أكتوبر.
func (p *parser) matchRelDay() (int, span, bool) {
	t := p.at(0)
	if t.e.val == 0 && t.clitic == 0 {
		// اليوم الذي بعد الغد, اليوم الي قبل امبارح (colloquial), اليوم
		// الماضي/المنصرم (yesterday).
		j := 1
		if w := p.text(1); w == "الذي" || w == "الي" || w == "اللي" {
			j++
		}
		if p.is(j, kRelDay) && p.at(j).e.val != 0 {
			return j + 1, p.relPeriod(uDay, int(p.at(j).e.val)), true
		}
		if p.is(1, kRelMod) && p.at(1).e.val == -1 && (p.text(1) == "الماضي" || p.text(1) == "المنصرم") {
			return 2, p.relPeriod(uDay, -1), true
		}
	}
	if t.e.val == 0 && p.is(1, kRelMod) && p.at(1).e.val != 0 {
		return p.nextDay(int(p.at(1).e.val))
	}
	// أمس السبت, اليوم (الثلاثاء): the weekday only confirms the day.
	j := 1
	if p.punct(j, '(') {
		j++
	}
	if p.is(j, kWeekday) && p.at(j).e.aux == 1 && !p.is(j+1, kRelMod) {
		if p.punct(1, '(') {
			if p.punct(j+1, ')') {
				return j + 2, p.relPeriod(uDay, int(t.e.val)), true
			}
		} else {
			return j + 1, p.relPeriod(uDay, int(t.e.val)), true
		}
	}
	if t.e.val == 0 && t.clitic == 0 {
		// في اليوم نفسه, اليوم ذاته: "the same day" of a narrated event.
		if w := p.text(1); w == "نفسه" || w == "ذاته" || w == "عينه" {
			return 0, span{}, false
		}
	}
	if t.e.val == 0 {
		if n, sp, ok := p.fullDate(0, false); ok {
			return n, sp, true
		}
		// اليوم الأخير من شهر عشرة سنة 2015.
		if p.is(1, kLast) {
			if ms, k, ok := p.readMonthRef(2); ok {
				return k, p.dayOfMonth(ms, -1), true
			}
		}
		// لليوم الثاني على التوالي, اليوم الأخير: "the n-th day", not today.
		if p.is(1, kOrdinal) || p.is(1, kLast) {
			return 0, span{}, false
		}
	}
	return 1, p.relPeriod(uDay, int(t.e.val)), true
}

// nextDay handles اليوم التالي (the next day) and اليوم السابق (the day
// before), at token 0 and 1: the day after or before the previous mention
// of a day in the same paragraph (وصل في 29 أغسطس ... في اليوم التالي is 30
// August), else after or before the reference, flagged [Inferred].
// Followed by ل, على or من (اليوم التالي للحرب, "the day after the war")
// it is relative to an event, not a date.
func (p *parser) nextDay(dir int) (int, span, bool) {
	if nx := p.at(2); nx.kind == tWord && (nx.clitic == 'l' || nx.e.kind == kFrom || hasPrefix(p.s[nx.start:], "ل") || p.text(2) == "على" || p.text(2) == "عن") {
		return 0, span{}, false
	}
	if !p.anchor.from.IsZero() {
		t := p.anchor.to
		if dir < 0 {
			t = p.anchor.from
		}
		sp := daySpan(addDays(t, dir))
		sp.flags = p.anchor.flags & Inferred
		return 2, sp, true
	}
	sp := p.relPeriod(uDay, dir)
	if sp.flags&Unresolved == 0 {
		sp.flags |= Inferred
	}
	return 2, sp, true
}

// matchPart handles أوائل, منتصف, أواخر and their synonyms before a month, a
// year, a relative period or a decade.
func (p *parser) matchPart() (int, span, bool) {
	part := int(p.at(0).e.val)
	if part == partRest {
		return p.matchRest()
	}
	if w := p.text(0); w == "نصف" || w == "نص" {
		// نصف is also "half" (عام ونصف العام): only before a month.
		i := 1
		if p.is(i, kFrom) {
			i++
		}
		if c, j, ok := p.readDate(i, false); ok && c.day == 0 && c.month > 0 && p.supported(c, true, j) {
			return j, p.applyPart(p.resolveDate(c), part), true
		}
		return 0, span{}, false
	}
	i := 1
	if p.is(i, kFrom) {
		i++
	}
	switch {
	case p.is(i, kDecade):
		if n, sp, ok := p.matchDecade(i); ok {
			return n, p.applyPart(sp, part), true
		}
	case p.is(i, kThis) && p.unitDefOne(i+1):
		u, _, _ := p.unit(i + 1)
		return i + 2, p.applyPart(p.relPeriod(u, 0), part), true
	case p.unitDefOne(i) && p.is(i+1, kRelMod):
		u, _, _ := p.unit(i)
		return i + 2, p.applyPart(p.relPeriod(u, int(p.at(i+1).e.val)), part), true
	case p.unitDefOne(i) && p.at(i).clitic == 0:
		u, _, _ := p.unit(i)
		if u == uDay {
			return 0, span{}, false
		}
		if y, era, k, ok := p.readYear(i, true); ok { // مطلع العام 2020
			return k, p.applyPart(p.yearOf(y, era), part), true
		}
		return i + 1, p.applyPart(p.relPeriod(u, 0), part), true
	}
	if c, j, ok := p.readDate(i, false); ok && c.day == 0 && p.supported(c, true, j) {
		return j, p.applyPart(p.resolveDate(c), part), true
	}
	if y, era, k, ok := p.readYear(i, false); ok {
		return k, p.applyPart(p.yearOf(y, era), part), true
	}
	return 0, span{}, false
}

func (p *parser) unitDefOne(i int) bool {
	_, aux, ok := p.unit(i)
	return ok && aux == auxOne|auxDef
}

// duration reads a duration at i: "3 أيام", "ثلاثة أيام", "شهر", "يومين",
// "1 شهر و 21 أيام", "سنتين وشهرين". vague is set for "أشهر", "بضعة أيام".
func (p *parser) duration(i int) (y, m, d, j int, vague, ok bool) {
	j = i
	for {
		n := 0
		k := j
		few := false
		if v, k2, okc := p.cardinal(k); okc {
			n, k = v, k2
		} else if p.is(k, kFew) {
			few, k = true, k+1
		}
		u, aux, oku := p.unit(k)
		if !oku || aux&auxDef != 0 {
			break
		}
		if u == uYear && aux&auxCount == auxOne && n == 0 && !few && p.at(k+1).kind == tNum {
			break // قبل عام 2020: a year, not "a year ago"
		}
		switch {
		case few && p.o.assistant:
			n = fewCount
		case few:
			vague = true
		case n == 0 && aux&auxCount == auxOne:
			n = 1
		case n == 0 && aux&auxCount == auxTwo:
			n = 2
		case n == 0:
			vague = true
		}
		switch u {
		case uDay:
			d += n
		case uWeek:
			d += 7 * n
		case uMonth:
			m += n
		case uYear:
			y += n
		case uDecade:
			y += 10 * n
		}
		ok = true
		j = k + 1
		// و, "," or "،" joins another part.
		next := j
		if p.isWaw(next) || p.punct(next, ',', '،') {
			next++
		}
		if next == j && p.at(next).clitic != 'w' {
			break
		}
		if _, _, _, _, _, ok2 := p.duration1(next); !ok2 {
			break
		}
		j = next
	}
	return y, m, d, j, vague, ok
}

// duration1 reports whether a single duration part starts at i.
func (p *parser) duration1(i int) (int, int, int, int, bool, bool) {
	k := i
	if _, k2, okc := p.cardinal(k); okc {
		k = k2
	} else if p.is(k, kFew) {
		k++
	}
	_, aux, ok := p.unit(k)
	return 0, 0, 0, 0, false, ok && aux&auxDef == 0
}

// matchAnchor handles durations anchored to the reference: منذ شهر, قبل
// ثلاثة أيام, بعد أسبوعين من الآن, في غضون 10 أيام, خلال الأسبوعين
// المقبلين. Durations after خلال with no modifier (خلال ثلاثة أيام, "over
// three days") are durations, not dates, and are skipped.
func (p *parser) matchAnchor() (int, span, bool) {
	a := int(p.at(0).e.val)
	// خلال/في غضون + a relative period or window.
	if a == 4 || a == 5 {
		if p.at(1).kind == tWord && p.at(1).e.kind == kUnit {
			u, aux, _ := p.unit(1)
			if aux&auxDef != 0 {
				q := *p
				q.w[0] = p.at(1)
				q.n = 1
				q.pos = p.at(1).end
				q.stop = false
				q.prev = p.at(0)
				if n, sp, ok := q.matchUnit(); ok && u != uDay || ok && n > 1 {
					return n + 1, sp, true
				}
				return 0, span{}, false
			}
		}
		if a == 4 && !p.o.assistant {
			return 0, span{}, false
		}
	}
	if p.o.assistant && (a == 3 || a == 4) {
		// بعد 3 سنوات, خلال أسبوعين: the N-th unit on (Assistant).
		if n, u, j, ok := p.countUnit(1); ok && (a == 4 || u != uDay) {
			return j, p.nthUnitAhead(u, n), true
		}
		if a == 4 {
			return 0, span{}, false
		}
	}
	// قبل شهر رمضان, منذ 7 أكتوبر: a date, matched on its own and made an
	// open range by the caller.
	if _, _, ok := p.fullDate(1, true); ok {
		return 0, span{}, false
	}
	y, m, d, j, vague, ok := p.duration(1)
	if !ok {
		return 0, span{}, false
	}
	// قبل يوم العيد, بعد شهر العسل: a unit in a construct with a definite
	// noun is not a duration.
	if nx := p.at(j); j == 2 && nx.kind == tWord && nx.e.kind != kRelMod && nx.e.kind != kFrom && hasPrefix(p.s[nx.start:nx.end], "ال") {
		return 0, span{}, false
	}
	// "من الآن" after the duration.
	if p.is(j, kFrom) && p.is(j+1, kNow) {
		j += 2
	}
	if vague {
		return j, span{flags: Unresolved | Approximate}, true
	}
	if !p.o.hasRef {
		return j, span{flags: Unresolved | Approximate}, true
	}
	ref := p.o.ref
	switch a {
	case 1, 2: // منذ, قبل
		return j, span{from: ref.AddDate(-y, -m, -d), to: ref.AddDate(-y, -m, -d), grain: Day, flags: Approximate}, true
	case 3: // بعد
		t := ref.AddDate(y, m, d)
		return j, span{from: t, to: t, grain: Day, flags: Approximate}, true
	default: // في غضون
		return j, span{from: addDays(ref, 1), to: ref.AddDate(y, m, d), grain: Day, flags: Approximate}, true
	}
}

// fewCount is the number بضعة and القليلة stand for in the Assistant
// convention.
const fewCount = 3

// countUnit reads a count of a single unit at i (3 أسابيع, ثلاثة أيام,
// أسبوعين, شهر) and returns the count, the unit and the index after it. A
// compound duration (سنتين وشهرين), one followed by من الآن, and a window
// (ثلاثة عقود القادمة) are not one.
func (p *parser) countUnit(i int) (n, u, j int, ok bool) {
	k := i
	if v, k2, okc := p.cardinal(i); okc {
		if v <= 0 || v > 1000 {
			return 0, 0, 0, false
		}
		n, k = v, k2
	}
	u, aux, oku := p.unit(k)
	if !oku || aux&auxDef != 0 {
		return 0, 0, 0, false
	}
	switch aux & auxCount {
	case auxOne:
		if n == 0 {
			// خلال شهر, not خلال شهر أكتوبر or خلال عقد ملتقى ("holding").
			if !p.pauseAfter(k + 1) {
				return 0, 0, 0, false
			}
			n = 1
		}
	case auxTwo:
		if n != 0 {
			return 0, 0, 0, false
		}
		n = 2
	default:
		if n == 0 {
			return 0, 0, 0, false
		}
	}
	j = k + 1
	if p.is(j, kFrom) && p.is(j+1, kNow) || p.is(j, kRelMod) { // الثلاثة عقود القادمة is a window
		return 0, 0, 0, false
	}
	next := j
	if p.isWaw(next) || p.punct(next, ',', '،') {
		next++
	}
	if next > j || p.at(next).clitic == 'w' {
		if _, _, _, _, _, ok2 := p.duration1(next); ok2 {
			return 0, 0, 0, false
		}
	}
	if u == uDecade {
		u, n = uYear, 10*n
	}
	return n, u, j, true
}

// nthUnitAhead returns the N-th unit after the reference (Assistant): the
// day N days on, or the unit-long run of days that ends N units on.
func (p *parser) nthUnitAhead(u, n int) span {
	if !p.o.hasRef {
		return span{flags: Unresolved | Approximate}
	}
	to := shift(p.o.ref, u, n)
	from := to
	if u != uDay {
		from = addDays(shift(p.o.ref, u, n-1), 1)
	}
	return span{from: from, to: to, grain: Day, flags: Approximate}
}

// matchDecade handles الثمانينيات, تسعينيات القرن الماضي, السبعينيات من
// القرن العشرين.
func (p *parser) matchDecade(i int) (int, span, bool) {
	dec := int(p.at(i).e.val)
	j := i + 1
	k := j
	if p.is(k, kFrom) {
		k++
	}
	century := -1 // first year of the century, -1 unknown
	if p.is(k, kCentury) {
		switch {
		case p.is(k+1, kRelMod):
			if p.o.hasRef {
				century = p.o.ref.Year()/100*100 + 100*int(p.at(k+1).e.val)
			}
			j = k + 2
		default:
			if n, k2, ok := p.ordinal(k + 1); ok {
				century, j = (n-1)*100, k2
			}
		}
	}
	if century >= 0 {
		return j, span{from: dayOf(century+10*dec, 1, 1), to: dayOf(century+10*dec+9, 12, 31), grain: Decade, cal: Gregorian}, true
	}
	o := p.o
	if !o.hasRef {
		return j, span{flags: Unresolved}, true
	}
	c0 := o.ref.Year() / 100 * 100
	sp, ok := o.choose(func(k int) (span, bool) {
		return decadeSpan(c0 + 100*k + 10*dec), true
	})
	if !ok {
		return j, span{flags: Unresolved}, true
	}
	sp.flags |= Inferred
	sp.cal = Gregorian
	return j, sp, true
}

// matchThis handles هذا الأسبوع, هذه السنة, هذا الاثنين, هذا سبتمبر.
func (p *parser) matchThis() (int, span, bool) {
	if p.unitDefOne(1) {
		u, _, _ := p.unit(1)
		if u == uWeek && p.is(2, kWeekday) && p.at(2).e.aux == 1 {
			return 3, p.weekdayInWeek(time.Weekday(p.at(2).e.val), 0), true
		}
		if w := p.relPeriod(u, 0); u == uWeek && (p.is(2, kFrom) || p.is(2, kBetween)) && w.flags&Unresolved == 0 {
			if n, rs, ok := p.tryWeekdayRange(3, p.is(2, kBetween), w); ok {
				return n, rs, true
			}
		}
		return 2, p.relPeriod(u, 0), true
	}
	i := 1
	if p.isUnit(i, uDay, auxOne, false) {
		i++
	}
	if p.is(i, kWeekday) && (i == 2 || p.at(i).e.aux == 1) { // not هذا أحد ("this is one")
		return i + 1, p.weekdayPolicy(time.Weekday(p.at(i).e.val)), true
	}
	if p.is(1, kMonthG) && p.o.hasRef {
		sp := monthSpan(p.o.ref.Year(), time.Month(p.at(1).e.val))
		sp.cal = Gregorian
		return 2, sp, true
	}
	return 0, span{}, false
}

// matchLast handles آخر اثنين من شهر اذار, آخر يوم بشهر عشرة سنة 2015, آخر
// أسبوع في سبتمبر لعام 2014 and آخر 3 سنوات.
func (p *parser) matchLast() (int, span, bool) {
	i := 1
	if p.isUnit(i, uDay, auxOne, false) && p.is(i+1, kWeekday) {
		i++
	}
	if p.is(i, kWeekday) {
		if ms, k, ok := p.readMonthRef(i + 1); ok {
			return k, p.nthWeekdaySpan(ms, time.Weekday(p.at(i).e.val), -1), true
		}
		return 0, span{}, false
	}
	if p.isUnit(1, uDay, auxOne, false) {
		if ms, k, ok := p.readMonthRef(2); ok {
			return k, p.dayOfMonth(ms, -1), true
		}
	}
	if p.isUnit(1, uWeek, auxOne, false) {
		if ms, k, ok := p.readMonthRef(2); ok {
			return k, p.nthWeek(ms, -1), true
		}
	}
	// آخر 3 سنوات.
	if v, k, ok := p.cardinal(1); ok {
		if u, aux, oku := p.unit(k); oku && aux&auxDef == 0 {
			return k + 1, p.window(u, v, -1), true
		}
	}
	return 0, span{}, false
}

// matchRest handles بقية/باقي + a current period: from the reference to
// the end of the week, month or year (بقية الأسبوع, باقي الشهر, بقية هذا
// العام, بقية أسبوعه).
func (p *parser) matchRest() (int, span, bool) {
	i := 1
	if p.is(i, kThis) {
		i++
	}
	u, ok := 0, p.unitDefOne(i)
	if ok {
		u, _, _ = p.unit(i)
	} else if u, ok = p.possessedUnit(i); !ok {
		return 0, span{}, false
	}
	j := i + 1
	if p.is(j, kRelMod) && p.at(j).e.val == 0 {
		j++
	}
	if u == uDay || !p.o.hasRef {
		return j, span{flags: Unresolved}, true
	}
	sp := p.relPeriod(u, 0)
	sp.from, sp.grain = p.o.ref, Day
	return j, sp, true
}

// possessedUnit reports whether token i is a unit word with a possessive
// pronoun (أسبوعي, شهره, عامنا), and which unit.
func (p *parser) possessedUnit(i int) (int, bool) {
	t := p.at(i)
	if t.kind != tWord || t.e.kind != kNone || t.end-t.start > maxKey {
		return 0, false
	}
	var buf [maxKey + 8]byte
	k := lexkey.Append(buf[:0], p.s[t.start:t.end])
	for _, suf := range [...]string{"ي", "ه", "ها", "نا", "هم", "كم"} {
		if len(k) <= len(suf) || string(k[len(k)-len(suf):]) != suf {
			continue
		}
		if e, ok := lookup(k[:len(k)-len(suf)]); ok && e.kind == kUnit && e.aux == auxOne && e.val != uDay {
			return int(e.val), true
		}
	}
	return 0, false
}
