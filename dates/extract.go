package dates

import (
	"iter"
	"time"
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
			kDecade, kOrdinal, kTens, kFrom, kBetween, kThis, kLast:
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
		for i := 0; i < len(s); {
			t, j := next(s, i)
			if t.kind == tEOF {
				return
			}
			if isTrigger(t) {
				p.reset(t, j, prev)
				if n, sp, ok := p.match(); ok && n > 0 {
					last := p.at(n - 1)
					if !yield(e.makeDate(s, t.start, last.end, sp)) {
						return
					}
					prev, i = last, last.end
					continue
				}
			}
			prev, i = t, j
		}
	}
}

// makeDate builds the exported Date of a matched span.
func (e *Extractor) makeDate(s string, start, end int, sp span) Date {
	d := Date{Start: start, End: end, Text: s[start:end], Calendar: sp.cal, Grain: sp.grain, Flags: sp.flags}
	if sp.flags&(Unresolved|Impossible) != 0 || sp.from.IsZero() {
		if sp.flags&Impossible == 0 {
			d.Flags |= Unresolved
		}
		d.Flags &^= Inferred
		return d
	}
	d.StartDate, d.EndDate = sp.from, sp.to
	if h, err := e.o.calendar.FromTime(sp.from); err == nil {
		d.Hijri = h
	}
	return d
}

// Find returns the date mentions of s resolved with the given options; it is
// New(opts...).Find(s).
func Find(s string, opts ...Option) []Date { return New(opts...).Find(s) }

// ensure time is used (dates are time.Time values).
var _ = time.UTC
