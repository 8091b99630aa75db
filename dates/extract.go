package dates

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/internal/arabic"
)

// isTrigger reports whether a date mention can start at token t. Everything
// else is skipped after one lexicon lookup, which keeps the scan of
// date-free text fast.
func isTrigger(t token) bool {
	switch t.kind {
	case tNum:
		return true
	case tWord:
		switch t.e.kind {
		case kMonthG, kMonthH, kWeekday, kRelDay, kUnit, kPart, kAnchor,
			kDecade, kOrdinal, kTens, kCardinal, kFrom, kBetween, kThis, kLast, kHoliday, kQuarter, kThousand:
			return true
		}
	}
	return false
}

// Append appends the date mentions of s to dst, in order of position, and
// returns the extended slice. Mentions do not overlap.
func (e *Extractor) Append(dst []Date, s string) []Date {
	for d := range e.All(s) {
		dst = append(dst, d)
	}
	return dst
}

// Find returns the date mentions of s, in order of position.
func (e *Extractor) Find(s string) []Date { return e.Append(nil, s) }

// All returns an iterator over the date mentions of s, in order of
// position. It allocates nothing per mention beyond what the caller keeps.
func (e *Extractor) All(s string) iter.Seq[Date] {
	return func(yield func(Date) bool) {
		p := parser{o: &e.o, s: s}
		prev := token{kind: tEOF}
		// Tokens lexed into a window that did not match are replayed from
		// queue instead of being lexed again.
		var queue [maxWindow]token
		qi, qn := 0, 0
		qend := 0 // byte offset after the last queued token
		for i := 0; i < len(s); {
			var t token
			var j int
			if qi < qn {
				t = queue[qi]
				qi++
				j = t.end
				if qi == qn {
					j = qend
				}
			} else {
				t, j = next(s, i)
			}
			if t.kind == tEOF {
				return
			}
			if t.nl {
				p.anchor = span{}
			}
			if isTrigger(t) {
				p.reset(t, j, prev)
				if qi < qn {
					m := copy(p.w[1:], queue[qi:qn])
					p.n, p.pos = 1+m, qend
				}
				qi, qn = 0, 0
				if n, sp, ok := p.match(); ok && n > 0 {
					last := p.at(n - 1)
					start := t.start
					if sp2, st, ok := openRange(s, prev, sp); ok {
						sp, start = sp2, st
					} else if sp2, st, ok := e.laterEarlier(s, start, sp); ok {
						sp, start = sp2, st
					}
					if !yield(e.makeDate(s, start, last.end, sp)) {
						return
					}
					if sp.grain == Day && sp.flags&(Unresolved|Impossible|OpenStart|OpenEnd) == 0 && !sp.from.IsZero() {
						p.anchor, p.anchorEnd = sp, last.end
						p.anchorWeekday = sp.cal == Relative && sp.flags&Inferred != 0 && sp.from.Equal(sp.to) && last.kind == tWord && last.e.kind == kWeekday
					}
					prev, i = last, last.end
					if n < p.n {
						qn = copy(queue[:], p.w[n:p.n])
						qend = p.pos
					}
					continue
				}
				if p.n > 1 {
					qn = copy(queue[:], p.w[1:p.n])
					qend = p.pos
				}
			}
			prev, i = t, j
		}
	}
}

// makeDate builds the exported Date of a matched span.
func (e *Extractor) makeDate(s string, start, end int, sp span) Date {
	d := Date{Start: start, End: end, Text: s[start:end], Calendar: sp.cal, Grain: sp.grain, Flags: sp.flags}
	if sp.flags&(Unresolved|Impossible) != 0 || sp.from.IsZero() && sp.to.IsZero() {
		if sp.flags&Impossible == 0 {
			d.Flags |= Unresolved
		}
		d.Flags &^= Inferred
		return d
	}
	d.StartDate, d.EndDate = sp.from, sp.to
	if sp.from.IsZero() {
		return d
	}
	if sp.from.Before(e.o.hLo) || sp.from.After(e.o.hHi) {
		return d // outside the Hijri table: no conversion (and no error value built)
	}
	if h, err := e.o.calendar.FromTime(sp.from); err == nil {
		d.Hijri = h
	}
	return d
}

// Find returns the date mentions of s resolved with the given options; it is
// New(opts...).Find(s).
func Find(s string, opts ...Option) []Date { return New(opts...).Find(s) }

// openRange turns a resolved date after قبل (before), بعد (after), منذ
// (since), ابتداء من (starting), حتى/لغاية (until), لا يتجاوز/أقصاه (no
// later than) or بعد/قبل أو يساوي (on or after/before) into an open-ended range that includes the preposition, and
// returns the new start of the mention: قبل عام 2020 ends on 2019-12-31 with
// no start; منذ عام 2011 starts on 2011-01-01 with no end; في موعد لا
// يتجاوز 30 يونيو ends on 30 June.
func openRange(s string, prev token, sp span) (span, int, bool) {
	if prev.kind != tWord || sp.flags&(Unresolved|Impossible|Range|Approximate|OpenStart|OpenEnd) != 0 || sp.from.IsZero() {
		return sp, 0, false
	}
	start := prev.start
	switch {
	case prev.e.kind == kAnchor && prev.e.val == 2: // قبل
		sp.to = addDays(sp.from, -1)
		sp.openStart()
	case prev.e.kind == kAnchor && prev.e.val == 3: // بعد
		sp.from = addDays(sp.to, 1)
		sp.openEnd()
	case prev.e.kind == kAnchor && prev.e.val == 1: // منذ
		sp.openEnd()
	case prev.e.kind == kTo && prev.clitic == 0 && s[prev.start:prev.end] != "إلى" && s[prev.start:prev.end] != "الى": // حتى, لغاية
		sp.openStart()
	case prev.e.kind == kFrom && startsAfter(s[:prev.start]): // ابتداء من, اعتبارا من
		sp.openEnd()
	case prev.e.kind == kNone:
		if st, dir, ok := orEqual(s[:prev.end]); ok {
			start = st
			sp.open(dir)
			break
		}
		st, ok := noLaterThan(s[:prev.end])
		if !ok {
			return sp, 0, false
		}
		start = st
		sp.openStart()
	default:
		return sp, 0, false
	}
	return sp, start, true
}

// orEqual reports whether s ends with "on or after" (بعد أو يساوي: dir 1)
// or "on or before" (قبل أو يساوي: dir -1), and where that phrase starts.
func orEqual(s string) (int, int, bool) {
	for _, ph := range [...]struct {
		words string
		dir   int
	}{
		{"بعد أو يساوي", 1}, {"بعد أو تساوي", 1}, {"بعد او يساوي", 1}, {"بعد او تساوي", 1},
		{"قبل أو يساوي", -1}, {"قبل أو تساوي", -1}, {"قبل او يساوي", -1}, {"قبل او تساوي", -1},
	} {
		if i, ok := endsWithWords(s, ph.words); ok {
			return i, ph.dir, true
		}
	}
	return 0, 0, false
}

// noLaterThan reports whether s ends with a phrase meaning "no later than"
// (لا يتجاوز, لا يتعدى, أقصاه), and where that phrase starts.
func noLaterThan(s string) (int, bool) {
	for _, w := range [...]string{"لا يتجاوز", "لا تتجاوز", "لا يتعدى", "لا تتعدى", "أقصاه", "اقصاه", "أقصاها", "اقصاها"} {
		if strings.HasSuffix(s, w) {
			i := len(s) - len(w)
			if i > 0 {
				// The phrase starts a word (not جلا يتجاوز, not بأقصاه).
				if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(r) {
					continue
				}
			}
			return i, true
		}
	}
	return 0, false
}

// laterEarlier narrows a period that holds the reference date to the part
// after it or before it when the mention follows في وقت لاحق من ("later
// in") or في وقت سابق من ("earlier in"): on 8 November 2017, في وقت لاحق
// من هذا الشهر is 9–30 November and في وقت سابق من هذا العام is 1 January
// to 7 November. In the Assistant convention it is the second (first) half
// of the month or year, wherever the reference falls. It returns the new
// start of the mention.
func (e *Extractor) laterEarlier(s string, start int, sp span) (span, int, bool) {
	o := &e.o
	if !o.hasRef || sp.grain == Day || sp.flags&(Unresolved|Impossible|Range|OpenStart|OpenEnd) != 0 ||
		sp.from.After(o.ref) || sp.to.Before(o.ref) {
		return sp, 0, false
	}
	for _, ph := range [...]struct {
		words string
		dir   int
	}{
		{"في وقت لاحق من", 1}, {"في وقت لاحق", 1}, {"لاحقا في", 1}, {"لاحقا من", 1}, {"لاحقا", 1},
		{"في وقت سابق من", -1}, {"في وقت سابق", -1}, {"سابقا في", -1}, {"سابقا من", -1},
	} {
		i, ok := endsWithWords(s[:start], ph.words)
		if !ok {
			continue
		}
		if o.assistant && (sp.grain == Month || sp.grain == Year) {
			// The second or first half, wherever the reference falls.
			part := partLate
			if ph.dir < 0 {
				part = partEarly
			}
			return applyPart(sp, part, true), i, true
		}
		if ph.dir > 0 {
			if !sp.to.After(o.ref) {
				return sp, 0, false
			}
			sp.from = addDays(o.ref, 1)
		} else {
			if !sp.from.Before(o.ref) {
				return sp, 0, false
			}
			sp.to = addDays(o.ref, -1)
		}
		sp.grain = Day
		return sp, i, true
	}
	return sp, 0, false
}

// endsWithWords reports whether s ends with the words of phrase (written
// without diacritics, one space between words), ignoring the diacritics
// and tatweel of s and the spaces after it, and where they start. The
// first word must start a word of s.
func endsWithWords(s, phrase string) (int, bool) {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isSpaceRune(r) {
			break
		}
		i -= n
	}
	j := len(phrase)
	for j > 0 {
		pr, pn := utf8.DecodeLastRuneInString(phrase[:j])
		if i == 0 {
			return 0, false
		}
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case arabic.IsDiacritic(r) || r == arabic.TatweelRune:
			i -= n
			continue
		case pr == ' ':
			if !isSpaceRune(r) {
				return 0, false
			}
			for i > 0 {
				r, n := utf8.DecodeLastRuneInString(s[:i])
				if !isSpaceRune(r) {
					break
				}
				i -= n
			}
			j -= pn
			continue
		case r != pr:
			return 0, false
		}
		i -= n
		j -= pn
	}
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(r) {
			return 0, false
		}
	}
	return i, true
}

// startsAfter reports whether s ends with a word meaning "starting" (ابتداء,
// اعتبارا, بدءا), before من.
func startsAfter(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return r == ' ' || arabic.IsDiacritic(r) })
	for _, w := range []string{"ابتداء", "اعتبارا", "بدءا", "إبتداء", "إعتبارا"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
