package dates

import (
	"errors"
	"time"

	"github.com/khabar-nlp/khabar/dates/hijri"
)

// span is a resolved interval of days, both ends inclusive, with its grain.
type span struct {
	from, to time.Time
	probe    time.Time // for PreferFuture: the end of the enclosing month of a day-and-month date
	grain    Grain
	cal      Calendar
	flags    Flags
}

// openStart drops the span's start: it runs up to its end (قبل, حتى).
func (sp *span) openStart() {
	sp.from = time.Time{}
	sp.flags |= OpenStart
}

// openEnd drops the span's end: it runs on from its start (منذ, بعد).
func (sp *span) openEnd() {
	sp.to = time.Time{}
	sp.flags |= OpenEnd
}

// open drops the end of the span for dir > 0 and its start otherwise.
func (sp *span) open(dir int) {
	if dir > 0 {
		sp.openEnd()
	} else {
		sp.openStart()
	}
}

func dayOf(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

// validDay reports whether y-m-d exists in the proleptic Gregorian calendar.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return d <= monthLen(y, time.Month(m))
}

func monthLen(y int, m time.Month) int {
	return dayOf(y, m+1, 1).AddDate(0, 0, -1).Day()
}

func daySpan(t time.Time) span { return span{from: t, to: t, grain: Day} }

func monthSpan(y int, m time.Month) span {
	f := dayOf(y, m, 1)
	return span{from: f, to: f.AddDate(0, 1, -1), grain: Month}
}

func yearSpan(y int) span { return span{from: dayOf(y, 1, 1), to: dayOf(y, 12, 31), grain: Year} }

func decadeSpan(y int) span { return span{from: dayOf(y, 1, 1), to: dayOf(y+9, 12, 31), grain: Decade} }

// weekStart returns the first day of the week containing t.
func (o *options) weekOf(t time.Time) span {
	back := (int(t.Weekday()) - int(o.weekStart) + 7) % 7
	f := addDays(t, -back)
	return span{from: f, to: addDays(f, 6), grain: Week}
}

// choose picks one of the candidates cand(k), k = -2..2 (k = 0 being the
// occurrence around the reference), following the policy. ok(k) false
// skips a candidate that does not exist (29 February in a common year).
func (o *options) choose(cand func(k int) (span, bool)) (span, bool) {
	var best span
	found := false
	var bestDist time.Duration
	for k := -2; k <= 2; k++ {
		c, ok := cand(k)
		if !ok {
			continue
		}
		switch o.policy {
		case PreferPast:
			if !c.from.After(o.ref) {
				best, found = c, true // candidates increase with k
			}
		case PreferFuture:
			probe := c.to
			if !c.probe.IsZero() {
				probe = c.probe
			}
			if !probe.Before(o.ref) && !found {
				best, found = c, true
			}
		case PreferNearest:
			d := c.from.Sub(o.ref)
			if c.to.Before(o.ref) {
				d = o.ref.Sub(c.to)
			} else if !c.from.After(o.ref) {
				d = 0
			}
			if d < 0 {
				d = -d
			}
			if !found || d < bestDist {
				best, bestDist, found = c, d, true
			}
		}
	}
	return best, found
}

// nthWeekday returns the n-th (1-based) weekday wd of month m of year y, or
// the last one for n = -1.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) (time.Time, bool) {
	if n == -1 {
		last := dayOf(y, m, monthLen(y, m))
		back := (int(last.Weekday()) - int(wd) + 7) % 7
		return addDays(last, -back), true
	}
	first := dayOf(y, m, 1)
	fwd := (int(wd) - int(first.Weekday()) + 7) % 7
	t := addDays(first, fwd+7*(n-1))
	return t, t.Month() == m
}

// hijriToSpan converts a Hijri day to a day span.
func (o *options) hijriDay(y, m, d int) (span, error) {
	t, err := o.calendar.ToTime(hijri.Date{Year: y, Month: m, Day: d})
	if errors.Is(err, hijri.ErrOutOfRange) {
		// Outside the Umm al-Qura table (before 1300 or after 1600 AH):
		// the tabular civil calendar, the usual scholarly convention.
		t, err = hijri.Civil.ToTime(hijri.Date{Year: y, Month: m, Day: d})
	}
	if err != nil {
		return span{}, err
	}
	return span{from: t, to: t, grain: Day, cal: Hijri}, nil
}

// hijriMonth returns the Gregorian interval of Hijri month m of year y.
func (o *options) hijriMonth(y, m int) (span, error) {
	cal := o.calendar
	n, err := cal.MonthLength(y, m)
	if errors.Is(err, hijri.ErrOutOfRange) {
		cal = hijri.Civil
		n, err = cal.MonthLength(y, m)
	}
	if err != nil {
		return span{}, err
	}
	t, err := cal.ToTime(hijri.Date{Year: y, Month: m, Day: 1})
	if err != nil {
		return span{}, err
	}
	return span{from: t, to: addDays(t, n-1), grain: Month, cal: Hijri}, nil
}

// hijriYear returns the Gregorian interval of Hijri year y.
func (o *options) hijriYear(y int) (span, error) {
	a, err := o.hijriMonth(y, 1)
	if err != nil {
		return span{}, err
	}
	b, err := o.hijriMonth(y, 12)
	if err != nil {
		return span{}, err
	}
	return span{from: a.from, to: b.to, grain: Year, cal: Hijri}, nil
}

// refHijriYear returns the Hijri year of the reference date.
func (o *options) refHijriYear() (int, bool) {
	h, err := o.calendar.FromTime(o.ref)
	if err != nil {
		return 0, false
	}
	return h.Year, true
}

// resolveDate turns a cdate into a span.
func (p *parser) resolveDate(c cdate) span {
	o := p.o
	if c.hijri {
		return p.resolveHijri(c)
	}
	var sp span
	sp.cal = Gregorian
	switch {
	case c.relMonth:
		if !o.hasRef {
			return span{cal: Relative, flags: Unresolved}
		}
		f := dayOf(o.ref.Year(), o.ref.Month()+time.Month(c.monthRel), 1)
		if c.day == 0 {
			return monthSpan(f.Year(), f.Month())
		}
		if !validDay(f.Year(), int(f.Month()), c.day) {
			return span{flags: Impossible}
		}
		return daySpan(dayOf(f.Year(), f.Month(), c.day))
	case c.hasYear:
		y := c.year
		if c.era == 3 {
			y = 1 - y
		}
		if c.day > 0 {
			if !validDay(y, c.month, c.day) {
				return span{cal: Gregorian, flags: Impossible}
			}
			sp = daySpan(dayOf(y, time.Month(c.month), c.day))
		} else {
			sp = monthSpan(y, time.Month(c.month))
		}
		sp.cal = Gregorian
		return sp
	case c.era == -1: // month of a relative year
		if !o.hasRef {
			return span{cal: Gregorian, flags: Unresolved}
		}
		y := o.ref.Year() + c.year
		if c.day > 0 {
			if !validDay(y, c.month, c.day) {
				return span{cal: Gregorian, flags: Impossible}
			}
			sp = daySpan(dayOf(y, time.Month(c.month), c.day))
		} else {
			sp = monthSpan(y, time.Month(c.month))
		}
		sp.cal = Gregorian
		return sp
	}
	if c.day > 0 && c.day > monthLen(2000, time.Month(c.month)) { // 2000 is a leap year
		return span{cal: Gregorian, flags: Impossible}
	}
	if !o.hasRef {
		return span{cal: Gregorian, flags: Unresolved}
	}
	if c.dir != 0 {
		// The nearest such month before (after) the current one.
		y := o.ref.Year()
		switch {
		case c.dir < 0 && c.month >= int(o.ref.Month()):
			y--
		case c.dir == 1 && c.month <= int(o.ref.Month()):
			y++
		}
		if c.day == 0 {
			sp = monthSpan(y, time.Month(c.month))
		} else if validDay(y, c.month, c.day) {
			sp = daySpan(dayOf(y, time.Month(c.month), c.day))
		} else {
			return span{cal: Gregorian, flags: Impossible}
		}
		sp.cal = Gregorian
		return sp
	}
	ry := o.ref.Year()
	sp, ok := o.choose(func(k int) (span, bool) {
		y := ry + k
		if c.day > 0 {
			if !validDay(y, c.month, c.day) {
				return span{}, false
			}
			sp := daySpan(dayOf(y, time.Month(c.month), c.day))
			sp.probe = monthSpan(y, time.Month(c.month)).to
			return sp, true
		}
		return monthSpan(y, time.Month(c.month)), true
	})
	if !ok {
		return span{cal: Gregorian, flags: Unresolved}
	}
	sp.cal = Gregorian
	sp.flags |= Inferred
	return sp
}

func (p *parser) resolveHijri(c cdate) span {
	o := p.o
	build := func(y int) (span, error) {
		if c.month == 0 {
			return o.hijriYear(y)
		}
		if c.day > 0 {
			return o.hijriDay(y, c.month, c.day)
		}
		return o.hijriMonth(y, c.month)
	}
	if c.hasYear && c.era != 1 && c.year > 1700 && c.month > 0 {
		// رمضان 2019: the Hijri month that starts in that Gregorian year.
		hy, err := o.calendar.FromGregorian(c.year, time.January, 1)
		if err != nil {
			return span{cal: Hijri, flags: Unresolved}
		}
		for _, y := range []int{hy.Year, hy.Year + 1} {
			if sp, err := build(y); err == nil && sp.from.Year() == c.year {
				sp.cal = Hijri
				return sp
			}
		}
		return span{cal: Hijri, flags: Unresolved}
	}
	if c.hasYear {
		sp, err := build(c.year)
		if err != nil {
			if errors.Is(err, hijri.ErrInvalidDate) || c.day > 30 {
				return span{cal: Hijri, flags: Impossible}
			}
			return span{cal: Hijri, flags: Unresolved}
		}
		sp.cal = Hijri
		return sp
	}
	if c.day > 30 {
		return span{cal: Hijri, flags: Impossible}
	}
	if !o.hasRef {
		return span{cal: Hijri, flags: Unresolved}
	}
	hy, ok := o.refHijriYear()
	if !ok {
		return span{cal: Hijri, flags: Unresolved}
	}
	if c.dir != 0 && c.month > 0 {
		h, _ := o.calendar.FromTime(o.ref)
		y := hy
		switch {
		case c.dir < 0 && c.month >= h.Month:
			y--
		case c.dir == 1 && c.month <= h.Month:
			y++
		}
		sp, err := build(y)
		if err != nil {
			return span{cal: Hijri, flags: Unresolved}
		}
		sp.cal = Hijri
		return sp
	}
	sp, ok := o.choose(func(k int) (span, bool) {
		s, err := build(hy + k)
		return s, err == nil
	})
	if !ok {
		return span{cal: Hijri, flags: Unresolved}
	}
	sp.cal = Hijri
	sp.flags |= Inferred
	return sp
}
