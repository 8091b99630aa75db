package dates

import (
	"time"
	"unicode/utf8"
)

// matchNumber handles forms that start with digits: numeric dates
// (10/6/2024, 2024-06-10, ١٠/٦/٢٠٢٤, 14-09-1432 هـ), day-month dates and
// ranges (31 مايو, 13-15 تموز), years with an era (1445 هـ, 2024م), a
// bare year or day after في, and counted periods (3 أيام القادمة).
func (p *parser) matchNumber() (int, span, bool) {
	if n, sp, ok := p.numericDate(0); ok {
		return n, sp, true
	}
	if n, sp, ok := p.tryRange(0, false); ok {
		return n, sp, true
	}
	if n, sp, ok := p.fullDate(0, false); ok {
		return n, sp, true
	}
	t := p.at(0)
	// N UNIT RELMOD: 3 أيام القادمة; N UNIT(def) RELMOD: 2 العقود الماضية.
	if u, aux, ok := p.unit(1); ok && aux&auxCount != auxOne && p.is(2, kRelMod) && t.ndig <= 2 {
		if dir := int(p.at(2).e.val); dir != 0 {
			return 3, p.window(u, t.val, dir), true
		}
	}
	// Year with an era: 1445 هـ, 2024م, 300 ق.م. A bare number before م
	// is also metres (3460م): it needs a plausible year or a date word.
	if era := p.era(1); era != 0 && t.ndig <= 4 && (era != 2 || t.val >= 1000 && t.val <= 2100 || p.dateCtx()) {
		j := 1 + p.eraLen(1)
		return j, p.yearOf(t.val, era), true
	}
	// A bare year or day after a date preposition, before a pause.
	if p.dateCtx() && p.pauseAfter(1) {
		if t.ndig == 4 && t.val >= 1800 && t.val <= 2200 {
			sp := yearSpan(t.val)
			sp.cal = Gregorian
			return 1, sp, true
		}
		if p.prev.e.kind == kIn && t.ndig <= 2 && t.val >= 1 && t.val <= 31 && p.at(1).kind == tEOF {
			return 1, p.dayOfCurrentMonth(t.val), true
		}
	}
	// A year followed by "or later" (2012 أو بعده): an open range.
	if t.ndig == 4 && t.val >= 1800 && t.val <= 2200 {
		if k, dir, ok := p.orLater(1); ok {
			return k, openYear(t.val, dir), true
		}
	}
	if p.o.assistant {
		if n, sp, ok := p.assistantIn(); ok { // في 10 أيام
			return n, sp, true
		}
		// عدت إلى 27, عدت في 27.
		if p.prev.kind == tWord && (p.prev.e.kind == kIn || p.prev.e.kind == kTo) &&
			t.ndig <= 2 && t.val >= 1 && t.val <= 31 && p.pauseAfter(1) {
			return 1, p.dayOfCurrentMonth(t.val), true
		}
	}
	return 0, span{}, false
}

// assistantIn reads a count of units after في in the Assistant convention
// (في 10 أيام, في ثلاثة أسابيع, في أسبوعين): the N-th unit on.
func (p *parser) assistantIn() (int, span, bool) {
	if !p.o.assistant || p.prev.kind != tWord || p.prev.e.kind != kIn || p.prev.clitic != 0 || p.at(0).clitic != 0 {
		return 0, span{}, false
	}
	n, u, j, ok := p.countUnit(0)
	if !ok {
		return 0, span{}, false
	}
	return j, p.nthUnitAhead(u, n), true
}

// orLater reports whether tokens i… say "or later" (أو بعده, أو بعدها, أو
// بعد ذلك: dir 1) or "or earlier" (أو قبله, أو قبل ذلك: dir -1), and the
// index after them.
func (p *parser) orLater(i int) (int, int, bool) {
	if p.text(i) != "أو" && p.text(i) != "او" {
		return i, 0, false
	}
	t := p.at(i + 1)
	if t.kind != tWord {
		return i, 0, false
	}
	w := p.s[t.start:t.end]
	if t.clitic != 0 { // بعده lexes as ب + عدة
		ws := t.start
		for ws > 0 {
			r, n := utf8.DecodeLastRuneInString(p.s[:ws])
			if !isWordRune(r) {
				break
			}
			ws -= n
		}
		w = p.s[ws:t.end]
	}
	dir := 0
	switch {
	case hasPrefix(w, "بعد"):
		dir = 1
	case hasPrefix(w, "قبل"):
		dir = -1
	default:
		return i, 0, false
	}
	switch w[len("بعد"):] {
	case "ه", "ها":
		return i + 2, dir, true
	case "":
		if p.text(i+2) == "ذلك" {
			return i + 3, dir, true
		}
	}
	return i, 0, false
}

// openYear returns the open range from the start of year y (dir 1) or up
// to its end (dir -1).
func openYear(y, dir int) span {
	sp := yearSpan(y)
	sp.cal = Gregorian
	sp.open(dir)
	return sp
}

// pauseAfter reports whether token i ends a phrase: end of text, a
// punctuation mark other than % and digit separators, or a word that starts
// a new phrase (و…, a preposition).
func (p *parser) pauseAfter(i int) bool {
	t := p.at(i)
	switch t.kind {
	case tEOF:
		return true
	case tPunct:
		switch rune(t.val) {
		case '%', '٪', '/', '-', ':', '٫', '٬':
			return false
		case '.', ',', '،':
			return p.at(i+1).kind != tNum
		}
		return true
	case tWord:
		if t.clitic == 'w' || t.clitic == 'f' {
			return true
		}
		switch t.e.kind {
		case kIn, kFrom, kTo, kAnchor, kEra:
			return true
		}
		txt := p.s[t.start:t.end]
		return txt == "\u0648" || txt == "حين" || txt == "عندما"
	}
	return false
}

// yearOf returns the interval of a year with its era marker (0 if none).
// Without a marker, a year 1300–1499 within ten years of the reference's
// Hijri year is Hijri (العام 1440 in a 2018 article); other years are
// Gregorian.
func (p *parser) yearOf(y, era int) span {
	switch era {
	case 1:
		sp, err := p.o.hijriYear(y)
		if err != nil {
			return span{cal: Hijri, flags: Unresolved}
		}
		return sp
	case 3:
		sp := yearSpan(1 - y)
		sp.cal = Gregorian
		return sp
	}
	if era == 0 && p.o.hasRef && y >= 1300 && y < 1500 {
		// العام 1440 in a 2015 article: a year within ten of the
		// reference's Hijri year is Hijri.
		if hy, ok := p.o.refHijriYear(); ok && y >= hy-10 && y <= hy+10 {
			if sp, err := p.o.hijriYear(y); err == nil {
				return sp
			}
		}
	}
	sp := yearSpan(y)
	sp.cal = Gregorian
	return sp
}

// dayOfCurrentMonth resolves a bare day of the month by the policy.
func (p *parser) dayOfCurrentMonth(d int) span {
	o := p.o
	if !o.hasRef {
		return span{flags: Unresolved}
	}
	sp, ok := o.choose(func(k int) (span, bool) {
		f := dayOf(o.ref.Year(), o.ref.Month()+time.Month(k), 1)
		if !validDay(f.Year(), int(f.Month()), d) {
			return span{}, false
		}
		sp := daySpan(dayOf(f.Year(), f.Month(), d))
		sp.probe = monthSpan(f.Year(), f.Month()).to
		return sp, true
	})
	if !ok {
		return span{flags: Unresolved}
	}
	sp.flags |= Inferred
	return sp
}

// assistantPair reads a bare pair of numbers a, b (the pair ends before
// token i) as a day and a month in the Assistant convention: 4/22, 22-4,
// 4.22; followed by a comma and a year (08/12, 2015) it is month/day/year,
// the English order.
func (p *parser) assistantPair(a, b, i int) (int, span, bool) {
	if y := p.at(i + 1); p.punct(i, ',', '،') && y.kind == tNum && (y.ndig == 4 || y.ndig == 2) && a >= 1 && a <= 12 && b >= 1 && b <= 31 {
		year := y.val
		if y.ndig == 2 {
			year += 1900
			if y.val < 50 {
				year += 100
			}
		}
		return i + 2, p.resolveDate(cdate{month: a, day: b, year: year, hasYear: true}), true
	}
	d, m := a, b
	if m > 12 && d <= 12 {
		d, m = m, d
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, span{}, false
	}
	return i, p.resolveDate(cdate{day: d, month: m}), true
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (p *parser) adjacent(i int) bool { return p.at(i).end == p.at(i+1).start }

// numericDate reads D/M/Y, Y/M/D, Y-M-D, D.M.Y, M/Y and Y/M, a day/month
// after في or يوم, and a day/month whose month has a leading zero (22/04).
// Years 1300–1499 without an era are Hijri (no Gregorian date of that
// period is written numerically in news), as are dates followed by هـ.
func (p *parser) numericDate(start int) (int, span, bool) {
	pt := p.prev
	if start > 0 {
		pt = p.at(start - 1)
	}
	if pt.kind == tPunct && pt.end == p.at(start).start {
		switch rune(pt.val) {
		case '/', '-', '.', ':', '+':
			return 0, span{}, false
		}
	}
	var v [3]int
	var nd [3]int
	n := 0
	var sep rune
	i := start
	spaced := false
	for {
		t := p.at(i)
		if t.kind != tNum {
			break
		}
		v[n], nd[n] = t.val, int(t.ndig)
		n++
		i++
		if n == 3 || !p.punct(i, '/', '-', '.', '\u2013') || p.at(i+1).kind != tNum {
			break
		}
		if !p.adjacent(i-1) || !p.adjacent(i) {
			spaced = true
		}
		r := rune(p.at(i).val)
		if r == '\u2013' {
			r = '-' // 3 – 11 - 1436هـ mixes dashes
		}
		if sep != 0 && r != sep {
			return 0, span{}, false
		}
		sep = r
		i++
	}
	if n < 2 {
		return 0, span{}, false
	}
	// Separators with spaces (26 /9 / 1436هـ, 2 – 5 – 1435 هـ) only in a
	// full date with a four-digit year: "3 - 1" is a score.
	if spaced && !(n == 3 && (nd[0] == 4 || nd[2] == 4) && sep != '.') {
		return 0, span{}, false
	}
	// More numbers glued on: a phone number or a reference, not a date.
	if p.adjacent(i-1) && p.punct(i, '/', '-', '.', ':') && p.adjacent(i) && p.at(i+1).kind == tNum {
		return 0, span{}, false
	}
	era := p.era(i)
	j := i
	if era != 0 {
		j += p.eraLen(i)
	}
	var y, m, d int
	switch {
	case n == 3 && nd[0] == 4 && nd[1] <= 2 && nd[2] <= 2:
		y, m, d = v[0], v[1], v[2]
	case n == 3 && (nd[2] == 4 || nd[2] == 2) && nd[0] <= 2 && nd[1] <= 2:
		d, m, y = v[0], v[1], v[2]
		if m > 12 && d <= 12 {
			d, m = m, d
		}
		hj := era == 1 || era == 0 && p.o.numHijri
		if nd[2] == 2 {
			switch {
			case hj && y >= 90:
				y += 1300
			case hj:
				y += 1400
			case y < 50:
				y += 2000
			default:
				y += 1900
			}
		}
	case n == 2 && nd[0] == 4 && nd[1] <= 2 && (sep != '.' || p.o.assistant):
		y, m = v[0], v[1]
	case n == 2 && nd[1] == 4 && nd[0] <= 2 && sep != '.':
		m, y = v[0], v[1]
	case n == 2 && nd[0] == 4 && nd[1] == 4 && (sep == '-' || sep == '/'):
		if v[1] <= v[0] || v[1]-v[0] > 100 || v[0] < 1000 {
			return 0, span{}, false
		}
		if era == 1 || era == 0 && v[0] >= 1300 && v[1] < 1500 {
			a, err1 := p.o.hijriYear(v[0])
			b, err2 := p.o.hijriYear(v[1])
			if err1 != nil || err2 != nil {
				return j, span{cal: Hijri, flags: Unresolved | Range}, true
			}
			return j, span{from: a.from, to: b.to, grain: Year, cal: Hijri, flags: Range}, true
		}
		return j, span{from: dayOf(v[0], 1, 1), to: dayOf(v[1], 12, 31), grain: Year, cal: Gregorian, flags: Range}, true
	case n == 2 && nd[0] <= 2 && nd[1] <= 2 && era == 0 && p.o.assistant && !p.punct(i, '%', '٪'):
		return p.assistantPair(v[0], v[1], i)
	case n == 2 && nd[0] <= 2 && nd[1] <= 2 && start == 0 && (p.prev.e.kind == kIn || p.prevIsDayWord()),
		// 22/04, 05-11: two two-digit numbers, the month with its leading
		// zero, is a day and month (scores and fractions are not padded).
		n == 2 && nd[0] == 2 && nd[1] == 2 && v[1] < 10 && sep != '.' && !(p.punct(i, '/', '-') && p.adjacent(i-1)):
		d, m = v[0], v[1]
		if m > 12 && d <= 12 {
			d, m = m, d
		}
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return 0, span{}, false
		}
		return j, p.resolveDate(cdate{day: d, month: m}), true
	default:
		return 0, span{}, false
	}
	if m < 1 || m > 12 || (n == 3 && (d < 1 || d > 31)) {
		return 0, span{}, false
	}
	c := cdate{day: d, month: m, year: y, hasYear: true, era: era}
	if era == 1 || (era == 0 && (p.o.numHijri || y >= 1300 && y < 1500)) {
		c.hijri = true
	}
	return j, p.resolveDate(c), true
}

func (p *parser) prevIsDayWord() bool {
	t := p.prev
	return t.kind == tWord && t.e.kind == kUnit && t.e.val == uDay && t.e.aux == auxOne
}
