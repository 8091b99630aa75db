package dates

// maxWindow is the number of tokens the grammar may look at from a trigger.
const maxWindow = 24

// parser matches the date grammar on a window of tokens that starts at a
// trigger word or number.
type parser struct {
	o    *options
	s    string
	w    [maxWindow]token // the window, lexed on demand
	n    int              // tokens lexed into w
	pos  int              // byte offset after w[n-1]
	stop bool             // the window ended (end of text or of a line)
	prev token            // the token before w[0] (tEOF at the start of the text)
	// anchor is the last mention of a day (grain Day, resolved, not open)
	// in the current paragraph, the zero span if none: اليوم التالي
	// follows it.
	anchor span
	// anchorEnd is the byte offset after the anchor's mention, and
	// anchorWeekday is set when it was a bare weekday (يومي الاثنين
	// والثلاثاء: the second follows the first).
	anchorEnd     int
	anchorWeekday bool
}

// reset starts a window at token t, which ends at byte offset end.
func (p *parser) reset(t token, end int, prev token) {
	p.w[0], p.n, p.pos, p.stop, p.prev = t, 1, end, false, prev
}

// at returns token i of the window, or an EOF token past its end. The
// window does not cross a line break.
func (p *parser) at(i int) token {
	for p.n <= i && !p.stop {
		if p.n == maxWindow {
			p.stop = true
			break
		}
		t, j := next(p.s, p.pos)
		if t.kind == tEOF || t.nl {
			p.stop = true
			break
		}
		p.w[p.n], p.pos = t, j
		p.n++
	}
	if i < p.n {
		return p.w[i]
	}
	return token{kind: tEOF, start: p.pos, end: p.pos}
}

func (p *parser) is(i int, k kind) bool {
	t := p.at(i)
	return t.kind == tWord && t.e.kind == k
}

func (p *parser) punct(i int, runes ...rune) bool {
	t := p.at(i)
	if t.kind != tPunct {
		return false
	}
	for _, r := range runes {
		if rune(t.val) == r {
			return true
		}
	}
	return false
}

// text returns the original text of token i.
func (p *parser) text(i int) string {
	t := p.at(i)
	return p.s[t.start:t.end]
}

// isWaw reports whether token i is the conjunction و written apart.
func (p *parser) isWaw(i int) bool {
	t := p.at(i)
	return t.kind == tWord && t.e.kind == kNone && p.s[t.start:t.end] == "\u0648"
}

// unit returns the unit and aux of token i if it is a kUnit word.
func (p *parser) unit(i int) (u int, aux uint8, ok bool) {
	t := p.at(i)
	if t.kind != tWord || t.e.kind != kUnit {
		return 0, 0, false
	}
	return int(t.e.val), t.e.aux, true
}

// isUnit reports whether token i is unit u with the given number (auxOne,
// auxTwo, auxMany) and definiteness.
func (p *parser) isUnit(i, u int, count uint8, def bool) bool {
	uu, aux, ok := p.unit(i)
	return ok && uu == u && aux&auxCount == count&auxCount && (aux&auxDef != 0) == def
}

// num returns the value of token i if it is a number of at most maxDigits
// digits.
func (p *parser) num(i, maxDigits int) (int, bool) {
	t := p.at(i)
	if t.kind != tNum || int(t.ndig) > maxDigits {
		return 0, false
	}
	return t.val, true
}

// ordinal reads an ordinal day number at i: الأول … العاشر, الحادي عشر …
// التاسع عشر, العشرين, الحادي والعشرين … الثلاثين, الحادي والثلاثين. It
// returns the value and the index after it.
func (p *parser) ordinal(i int) (int, int, bool) {
	t := p.at(i)
	if t.kind != tWord {
		return 0, i, false
	}
	switch t.e.kind {
	case kTens:
		if t.clitic != 0 {
			return 0, i, false
		}
		return int(t.e.val), i + 1, true
	case kOrdinal:
	default:
		return 0, i, false
	}
	v := int(t.e.val)
	if t.clitic == 'w' || t.clitic == 'f' {
		return 0, i, false
	}
	n := p.at(i + 1)
	switch {
	case n.kind == tWord && n.e.kind == kCardinal && n.e.val == 10 && n.clitic == 0 && v < 10:
		return v + 10, i + 2, true
	case n.kind == tWord && n.e.kind == kTens && n.clitic == 'w' && v < 10:
		return v + int(n.e.val), i + 2, true
	}
	if t.e.aux == 1 { // الحادي only in compounds
		return 0, i, false
	}
	return v, i + 1, true
}

// cardinal reads a cardinal number word at i (ثلاثة, خمسة عشر, واحد
// وعشرين), or digits.
func (p *parser) cardinal(i int) (int, int, bool) {
	if v, ok := p.num(i, 4); ok {
		return v, i + 1, true
	}
	t := p.at(i)
	if t.kind != tWord {
		return 0, i, false
	}
	switch t.e.kind {
	case kTens:
		if t.clitic != 0 {
			return 0, i, false
		}
		return int(t.e.val), i + 1, true
	case kCardinal:
	default:
		return 0, i, false
	}
	if t.clitic != 0 {
		return 0, i, false
	}
	v := int(t.e.val)
	n := p.at(i + 1)
	switch {
	case n.kind == tWord && n.e.kind == kCardinal && n.e.val == 10 && n.clitic == 0 && v < 10:
		return v + 10, i + 2, true
	case n.kind == tWord && n.e.kind == kTens && n.clitic == 'w' && v < 10:
		return v + int(n.e.val), i + 2, true
	}
	return v, i + 1, true
}

// cdate is a calendar date as written, with unknown fields zero.
type cdate struct {
	wd        int // weekday, -1 if none
	day       int
	month     int
	year      int
	hasYear   bool
	hijri     bool // the month name or the era is Hijri
	era       int
	monthRel  int  // with relMonth: الشهر الماضي (-1), هذا الشهر (0), الشهر المقبل (+1)
	relMonth  bool // the month is given relative to the reference
	strongCtx bool // a day, a year, an era, شهر or a pair backs the month name
	ambiguous bool // the month name is also a common word
	dir       int  // أكتوبر الماضي (-1), سبتمبر المقبل (+1): the nearest such month before or after the current one
}

// readWeekdayPrefix reads "[يوم] الاثنين[،] [الموافق]" at i.
func (p *parser) readWeekdayPrefix(i int) (wd, j int) {
	j = i
	wd = -1
	switch {
	case p.is(j, kWeekday) && p.at(j).e.aux == 1 && p.at(j).clitic == 0:
		wd = int(p.at(j).e.val)
		j++
	case p.isUnit(j, uDay, auxOne, false) && p.is(j+1, kWeekday):
		wd = int(p.at(j + 1).e.val)
		j += 2
	default:
		return -1, i
	}
	if p.punct(j, '،', ',') {
		j++
	}
	if p.is(j, kLink) {
		j++
	}
	if p.is(j, kIn) {
		j++
	}
	return wd, j
}

// monthName reads a month name at i, with a paired name of the other
// family after "/", "-" or in parentheses: تشرين الأول/أكتوبر. It returns
// the month, whether it is Hijri, whether it is ambiguous, whether a pair
// was read, and the index after it.
func (p *parser) monthName(i int) (m int, hijriMonth, ambiguous, pair bool, j int, ok bool) {
	t := p.at(i)
	if t.kind != tWord || (t.e.kind != kMonthG && t.e.kind != kMonthH) {
		return 0, false, false, false, i, false
	}
	m, hijriMonth, ambiguous = int(t.e.val), t.e.kind == kMonthH, t.e.aux == 1
	j = i + 1
	// Pair: X/Y, X-Y, X (Y), X "Y", X «Y», X Y.
	if n := p.at(j); !hijriMonth && n.kind == tWord && n.e.kind == kMonthG && int(n.e.val) == m && n.clitic == 0 {
		return m, hijriMonth, ambiguous, true, j + 1, true
	}
	if !hijriMonth && p.punct(j, '/', '-', '(', '\u2013', '"', '«', '\u201C', '\u201D') {
		n := p.at(j + 1)
		if n.kind == tWord && n.e.kind == kMonthG && int(n.e.val) == m {
			open := rune(p.at(j).val)
			j += 2
			pair = true
			switch {
			case open == '(' && p.punct(j, ')'),
				open == '"' && p.punct(j, '"'),
				open == '«' && p.punct(j, '»'),
				(open == '\u201C' || open == '\u201D') && p.punct(j, '\u201D', '\u201C'):
				j++
			case open == '(' || open == '"' || open == '«' || open == '\u201C' || open == '\u201D':
				j -= 2 // unbalanced: not a pair
				pair = false
			}
		}
	}
	return m, hijriMonth, ambiguous, pair, j, true
}

// readYear reads a year at i: "2024", "عام 2024", "لعام 2024", "من عام 2014",
// "سنة 2014", with an optional era marker after it.
func (p *parser) readYear(i int, needWord bool) (year, era, j int, ok bool) {
	j = i
	word := false
	if (p.is(j, kFrom) || p.is(j, kIn)) && p.isUnit(j+1, uYear, auxOne, false) {
		j++
	}
	if p.isUnit(j, uYear, auxOne, false) || p.isUnit(j, uYear, auxOne|auxDef, true) {
		j++
		word = true
	}
	if needWord && !word {
		return 0, 0, i, false
	}
	if !word && p.is(j, kFrom) && p.is(j+1, kThousand) {
		j++ // من ألف وتسعمائة وثمانية وسبعين
	}
	v, okn := p.num(j, 4)
	nd := int(p.at(j).ndig)
	if !okn {
		// A year in words: عام ألفين وعشرين, 21 يناير ألفين وثمانية عشر.
		wy, wj, okw := p.yearWords(j)
		if !okw && word {
			wy, wj, okw = p.pairYear(j) // عام تسعة عشر تسعة وتسعون (Assistant)
		}
		if !okw {
			return 0, 0, i, false
		}
		v, nd, j = wy, 4, wj-1
	}
	j++
	era = p.era(j)
	if era != 0 {
		j += p.eraLen(j)
	}
	if nd < 4 && era == 0 && !word {
		return 0, 0, i, false
	}
	// A year is not followed by more digits (2024/5) or a decimal part.
	if p.punct(j, '/', '.', ',', '٫', '-') && p.adjacent(j-1) && p.adjacent(j) && p.at(j+1).kind == tNum && era == 0 {
		return 0, 0, i, false
	}
	return v, era, j, true
}

// era returns the era marker at i: 1 Hijri, 2 CE, 3 BCE, 0 none. ق.م is
// read as three tokens.
func (p *parser) era(i int) int {
	t := p.at(i)
	if t.kind != tWord {
		return 0
	}
	if t.e.kind == kEra {
		return int(t.e.val)
	}
	if p.s[t.start:t.end] == "ق" && p.punct(i+1, '.') && p.at(i+2).kind == tWord && p.s[p.at(i+2).start:p.at(i+2).end] == "م" {
		return 3
	}
	return 0
}

func (p *parser) eraLen(i int) int {
	if p.at(i).e.kind == kEra {
		return 1
	}
	return 3
}

// readDay reads a day of the month at i: 1–31 in any digits, or an ordinal.
func (p *parser) readDay(i int) (int, int, bool) {
	if v, ok := p.num(i, 2); ok {
		if v < 1 || v > 31 {
			return 0, i, false
		}
		return v, i + 1, true
	}
	if v, j, ok := p.ordinal(i); ok && v <= 31 {
		return v, j, true
	}
	return 0, i, false
}

// readDate reads a calendar date written with a month name or the word
// شهر at i. allowBareDay accepts a day alone (the first end of a range).
func (p *parser) readDate(i int, allowBareDay bool) (c cdate, j int, ok bool) {
	c.wd, j = p.readWeekdayPrefix(i)
	if (p.is(j, kRelDay) && p.at(j).e.val == 0 && p.at(j).clitic == 0) || p.isUnit(j, uDay, auxOne, false) {
		// اليوم الثالث من اكتوبر, يوم 15 يونيو.
		if _, _, ok := p.readDay(j + 1); ok {
			j++
		}
	}
	day, k, hasDay := p.readDay(j)
	if !hasDay && p.at(j).kind == tWord && p.at(j).clitic == 0 {
		// A cardinal day before a month: في واحد وعشرين مايو; at the start
		// of a mention only after a date word (مدينة ستة أكتوبر is a name).
		if v, k2, ok := p.cardinal(j); ok && v >= 1 && v <= 31 && (j > 0 || p.dateCtx() || p.prevIsDayWord()) {
			if _, _, _, _, _, okm := p.monthName(k2); okm {
				day, k, hasDay = v, k2, true
			}
		}
	}
	if hasDay {
		j = k
		c.day = day
		switch {
		case p.punct(j, '.', '-', '/') && p.at(j+1).kind == tWord && p.at(j+1).e.aux == 0:
			j++ // 2- أكتوبر; not "4/ صفر" (a score: four–nil)
		case p.is(j, kFrom):
			j++
		}
	}
	shahr := false
	if p.isUnit(j, uMonth, auxOne, false) {
		shahr = true
		j++
	}
	if m, hj, amb, pair, k, okm := p.monthName(j); okm {
		c.month, c.hijri, c.ambiguous = m, hj, amb
		c.strongCtx = shahr || pair || hasDay
		j = k
	} else if !shahr && p.isUnit(j, uMonth, auxOne, true) && p.is(j+1, kOrdinal) && p.at(j+1).e.aux == 0 {
		// الشهر الثامن: the eighth month.
		c.month, c.strongCtx = int(p.at(j+1).e.val), true
		j += 2
	} else if shahr {
		// شهر 3, شهر ثلاثة, شهر عشرة; not شهر واحد ("one month").
		v, k, okn := p.cardinal(j)
		if !okn || v < 1 || v > 12 || v == 1 && p.at(j).kind == tWord {
			return c, i, false
		}
		c.month, c.strongCtx = v, true
		j = k
	} else if hasDay && (p.isUnit(j, uMonth, auxOne|auxDef, true) || p.is(j, kThis) || p.is(j, kIn)) {
		// التاسع عشر من هذا الشهر, 20 من الشهر القادم.
		k := j
		if p.is(k, kIn) {
			k++
		}
		switch {
		case p.is(k, kThis) && p.isUnit(k+1, uMonth, auxOne|auxDef, true):
			c.relMonth, c.monthRel = true, 0
			j = k + 2
		case p.isUnit(k, uMonth, auxOne|auxDef, true) && p.is(k+1, kRelMod):
			c.relMonth, c.monthRel = true, int(p.at(k+1).e.val)
			j = k + 2
		default:
			if !allowBareDay {
				return c, i, false
			}
			return c, j, true
		}
		return c, j, true
	} else {
		if !allowBareDay || !hasDay {
			return c, i, false
		}
		return c, j, true
	}
	// Day after the month: يوليو 13, سبتمبر10, مايو تسعة وعشرين.
	if !hasDay {
		k := j
		if p.punct(k, '/', '-') && !c.ambiguous {
			k++ // يناير-1; not "صفر - 1" (a score)
		}
		if v, k2, okd := p.readDay(k); okd && !(p.at(k).kind == tNum && p.at(k+1).kind == tNum) {
			c.day, hasDay, j = v, true, k2
			c.strongCtx = true
		} else if v, k2, okc := p.cardinal(k); okc && v >= 1 && v <= 31 && p.at(k).kind == tWord {
			c.day, hasDay, j = v, true, k2
			c.strongCtx = true
		}
	}
	// Year.
	k = j
	if p.punct(k, '،', ',') {
		k++
	}
	if y, era, k2, oky := p.readYear(k, false); oky {
		c.year, c.hasYear, c.era, j = y, true, era, k2
		c.strongCtx = true
		if era == 1 {
			c.hijri = true
		}
	} else if c.month > 0 && (p.isUnit(j, uYear, auxOne|auxDef, true) && p.is(j+1, kRelMod)) {
		// يونيو العام المقبل.
		c.year = int(p.at(j + 1).e.val)
		c.relMonth = false
		c.hasYear = false
		c.era = -1 // marks a relative year in c.year
		j += 2
	}
	if !c.hasYear && c.era == 0 && c.month > 0 && p.is(j, kRelMod) {
		// أكتوبر الماضي (-1), سبتمبر المقبل (+1), 12 من شهر أغسطس الحالي (the
		// current year: 2 marks "this year").
		c.dir = int(p.at(j).e.val)
		if c.dir == 0 {
			c.dir = 2
		}
		c.strongCtx = true
		j++
	}
	if era := p.era(j); era != 0 && !c.hasYear {
		// 3 ذو الحجة هـ (no year): the era alone still marks the calendar.
		c.hijri = c.hijri || era == 1
		j += p.eraLen(j)
	}
	return c, j, true
}
