package dates

import (
	"iter"
	"strings"
	"time"

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
			kDecade, kOrdinal, kTens, kFrom, kBetween, kThis, kLast, kHoliday, kQuarter, kThousand:
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
					if sp2, ok := openRange(s, prev, sp); ok {
						sp, start = sp2, prev.start
					}
					if !yield(e.makeDate(s, start, last.end, sp)) {
						return
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
// (since), ابتداء من (starting) or حتى/لغاية (until) into an open-ended range that includes the
// preposition: قبل عام 2020 ends on 2019-12-31 with no start; منذ عام 2011
// starts on 2011-01-01 with no end.
func openRange(s string, prev token, sp span) (span, bool) {
	if prev.kind != tWord || sp.flags&(Unresolved|Impossible|Range|Approximate) != 0 || sp.from.IsZero() {
		return sp, false
	}
	switch {
	case prev.e.kind == kAnchor && prev.e.val == 2: // قبل
		sp.to = addDays(sp.from, -1)
		sp.from = time.Time{}
		sp.flags |= OpenStart
	case prev.e.kind == kAnchor && prev.e.val == 3: // بعد
		sp.from = addDays(sp.to, 1)
		sp.to = time.Time{}
		sp.flags |= OpenEnd
	case prev.e.kind == kAnchor && prev.e.val == 1: // منذ
		sp.to = time.Time{}
		sp.flags |= OpenEnd
	case prev.e.kind == kTo && prev.clitic == 0 && s[prev.start:prev.end] != "إلى" && s[prev.start:prev.end] != "الى": // حتى, لغاية
		sp.from = time.Time{}
		sp.flags |= OpenStart
	case prev.e.kind == kFrom && startsAfter(s[:prev.start]): // ابتداء من, اعتبارا من
		sp.to = time.Time{}
		sp.flags |= OpenEnd
	default:
		return sp, false
	}
	return sp, true
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
