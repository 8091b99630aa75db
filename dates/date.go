package dates

import (
	"errors"
	"fmt"
	"time"

	"github.com/khabar-nlp/khabar/dates/hijri"
)

// Errors reported by [Date.Err]. Test them with errors.Is.
var (
	// ErrImpossible: the mention names a day that does not exist, such as
	// 31 فبراير or 30 ذو الحجة in a 29-day month. It is never moved to a
	// neighbouring day.
	ErrImpossible = errors.New("dates: impossible date")
	// ErrUnresolved: the mention is a date expression too vague to place on
	// the calendar (منذ أشهر, قبل بضعة أيام), or it needs a reference date
	// and none was given, or it falls outside the supported range.
	ErrUnresolved = errors.New("dates: unresolved date")
)

// Calendar is the calendar a mention is written in.
type Calendar uint8

// The calendars of a mention.
const (
	// Relative: the mention names no calendar date; it is placed relative to
	// the reference date (أمس, يوم الاثنين, الشهر الماضي, منذ شهر).
	Relative Calendar = iota
	// Gregorian: a Gregorian day, month or year (7 تشرين الأول/أكتوبر, عام 1979).
	Gregorian
	// Hijri: a Hijri (Islamic) day, month or year (3 ذو الحجة 1445 هـ).
	Hijri
	// Dual: a Hijri date and its Gregorian equivalent written together
	// (3 ذو الحجة 1445 هـ الموافق 9 يونيو 2024م).
	Dual
)

// String returns "relative", "gregorian", "hijri" or "dual".
func (c Calendar) String() string {
	switch c {
	case Relative:
		return "relative"
	case Gregorian:
		return "gregorian"
	case Hijri:
		return "hijri"
	case Dual:
		return "dual"
	}
	return fmt.Sprintf("Calendar(%d)", uint8(c))
}

// Grain is the precision of a resolved date: the size of the calendar unit
// the mention names. A range of days has grain Day.
type Grain uint8

// The grains, finest first.
const (
	Day Grain = iota
	Week
	Month
	Year
	Decade
)

// String returns "day", "week", "month", "year" or "decade".
func (g Grain) String() string {
	switch g {
	case Day:
		return "day"
	case Week:
		return "week"
	case Month:
		return "month"
	case Year:
		return "year"
	case Decade:
		return "decade"
	}
	return fmt.Sprintf("Grain(%d)", uint8(g))
}

// Flags qualify a [Date]. Several may be set.
type Flags uint16

const (
	// Unresolved: StartDate and EndDate are zero; see [ErrUnresolved].
	Unresolved Flags = 1 << iota
	// Impossible: the mention names a day that does not exist; StartDate and
	// EndDate are zero; see [ErrImpossible].
	Impossible
	// Mismatch: a dual-calendar mention whose Hijri and Gregorian parts are
	// more than one day apart (by the Umm al-Qura table).
	Mismatch
	// Range: the mention is a range between two dates (من 10 إلى 15 يونيو).
	Range
	// Approximate: the mention is a duration anchored to the reference date
	// (منذ شهر, قبل ثلاثة أيام): the interval is computed by calendar
	// arithmetic and the writer may have meant it loosely.
	Approximate
	// Inferred: the year (or month) was not written and was chosen by the
	// resolution [Policy] (31 مايو, يوم الاثنين, أوائل أكتوبر).
	Inferred
	// OpenStart: the range has no start (قبل عام 2020, حتى 2012); StartDate
	// is zero and EndDate is the last day before the bound.
	OpenStart
	// OpenEnd: the range has no end (بعد 1/1/2016, منذ أغسطس as "since");
	// EndDate is zero.
	OpenEnd
)

// Date is one date mention found in a text, with its resolution.
//
// Start and End are byte offsets into the string that was searched, with
// s[Start:End] == Text. StartDate and EndDate are the first and the last day
// (both inclusive) of the Gregorian interval the mention denotes, as
// time.Time values at midnight UTC; both are zero when the date could not be
// resolved (see [Date.Err]), and one of them is zero for an open range
// ([OpenStart], [OpenEnd]). For a single day StartDate == EndDate.
type Date struct {
	Start, End int
	Text       string

	Calendar Calendar
	Grain    Grain
	Flags    Flags

	StartDate, EndDate time.Time

	// Hijri is the Umm al-Qura date of StartDate, or the zero hijri.Date when
	// StartDate is zero or outside the table (1300–1600 AH).
	Hijri hijri.Date
}

// Resolved reports whether the date has a Gregorian interval.
func (d Date) Resolved() bool { return d.Flags&(Unresolved|Impossible) == 0 }

// Err returns nil for a resolved date, an error wrapping [ErrImpossible]
// for an impossible one and an error wrapping [ErrUnresolved] otherwise.
func (d Date) Err() error {
	switch {
	case d.Flags&Impossible != 0:
		return fmt.Errorf("%w: %q", ErrImpossible, d.Text)
	case d.Flags&Unresolved != 0:
		return fmt.Errorf("%w: %q", ErrUnresolved, d.Text)
	}
	return nil
}
