package hijri

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Errors returned (wrapped, with context) by the conversion and parsing
// functions. Test for them with [errors.Is].
var (
	// ErrOutOfRange means the date is valid in principle but outside the
	// range the calendar covers (for Umm al-Qura, outside its table).
	ErrOutOfRange = errors.New("hijri: date out of range")
	// ErrInvalidDate means the date does not exist: a month outside 1..12, a
	// day outside the month (30 Ramadan in a 29-day Ramadan), or an invalid
	// Gregorian date such as 31 February.
	ErrInvalidDate = errors.New("hijri: invalid date")
	// ErrUnknownCalendar means a Calendar value that is not one of the
	// declared constants.
	ErrUnknownCalendar = errors.New("hijri: unknown calendar")
)

// Date is a day of a Hijri calendar: Year in AH, Month 1..12 (1 = Muharram,
// 9 = Ramadan, 12 = Dhu al-Hijjah) and Day 1..30 (31 in three months of the
// UmmAlQuraAlt table). A Date does not say which
// calendar it belongs to; the same Date can be a different day in each
// [Calendar]. The zero Date is not valid in any calendar.
type Date struct{ Year, Month, Day int }

// String returns the date as YYYY-MM-DD with ASCII digits, e.g. "1445-12-03".
func (d Date) String() string {
	var buf [24]byte
	return string(d.appendISO(buf[:0], '-'))
}

// IsZero reports whether d is the zero Date (which no calendar contains).
func (d Date) IsZero() bool { return d == Date{} }

// Compare returns -1, 0 or +1 as d is before, equal to or after e, comparing
// year, then month, then day (the order of days within one calendar).
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(d.Month, e.Month)
	}
	return cmpInt(d.Day, e.Day)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// appendISO appends the year (at least 4 digits), month and day (2 digits)
// separated by sep.
func (d Date) appendISO(dst []byte, sep byte) []byte {
	dst = appendPadded(dst, d.Year, 4)
	dst = append(dst, sep)
	dst = appendPadded(dst, d.Month, 2)
	dst = append(dst, sep)
	return appendPadded(dst, d.Day, 2)
}

func appendPadded(dst []byte, v, width int) []byte {
	if v < 0 {
		dst = append(dst, '-')
		v = -v
	}
	var buf [20]byte
	s := strconv.AppendInt(buf[:0], int64(v), 10)
	for i := len(s); i < width; i++ {
		dst = append(dst, '0')
	}
	return append(dst, s...)
}

// Calendar selects a Hijri calendar. All methods are safe for concurrent use:
// the tables behind them are immutable.
type Calendar int

const (
	// UmmAlQura is the Umm al-Qura calendar of Saudi Arabia as ICU
	// (islamic-umalqura) and Java (HijrahChronology) define it, for
	// 1 Muharram 1300 to 30 Dhu al-Hijjah 1600 AH (1882-11-12 to
	// 2174-11-25). It is the default: it is the table the two most widely
	// deployed implementations share (every browser, Android and the JVM),
	// and it covers the whole range news text needs. Outside the range the
	// methods return ErrOutOfRange (ICU would silently switch to the civil
	// calendar there; Java refuses, as khabar does).
	UmmAlQura Calendar = iota
	// UmmAlQuraAlt is the other published Umm al-Qura table (R. H. van
	// Gent's data, used by Python's hijri-converter/hijridate and
	// github.com/hablullah/go-hijri), for 1343 to 1500 AH (1924-08-01 to
	// 2077-11-16). It agrees with UmmAlQura for 1420/1 to 1451/2 AH and
	// differs in 1,137 months outside that span, mostly by one day.
	UmmAlQuraAlt
	// Civil is the tabular (arithmetic) Islamic calendar with the civil
	// (Friday) epoch: 1 Muharram 1 AH = 16 July 622 Julian = 622-07-19
	// proleptic Gregorian. It is ICU's islamic-civil and covers 1 to 9999 AH.
	Civil
	// Astronomical is the tabular calendar with the astronomical (Thursday)
	// epoch, one day earlier than Civil (ICU's islamic-tbla); 1 to 9999 AH.
	Astronomical
)

// String returns the calendar's name: "umalqura", "umalqura-alt", "civil"
// or "astronomical".
func (c Calendar) String() string {
	switch c {
	case UmmAlQura:
		return "umalqura"
	case UmmAlQuraAlt:
		return "umalqura-alt"
	case Civil:
		return "civil"
	case Astronomical:
		return "astronomical"
	}
	return "Calendar(" + strconv.Itoa(int(c)) + ")"
}

// ParseCalendar returns the Calendar named s: a name [Calendar.String]
// returns ("umalqura", "umalqura-alt", "civil", "astronomical") or ICU's
// calendar identifier ("islamic-umalqura", "islamic-civil", "islamic-tbla").
// Unknown names give an error wrapping ErrUnknownCalendar.
func ParseCalendar(s string) (Calendar, error) {
	switch s {
	case "umalqura", "islamic-umalqura":
		return UmmAlQura, nil
	case "umalqura-alt":
		return UmmAlQuraAlt, nil
	case "civil", "islamic-civil":
		return Civil, nil
	case "astronomical", "islamic-tbla":
		return Astronomical, nil
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownCalendar, s)
}

// table returns the Umm al-Qura table of c, or nil for a tabular calendar.
func (c Calendar) table() *table {
	switch c {
	case UmmAlQura:
		return &ummAlQuraTable
	case UmmAlQuraAlt:
		return &ummAlQuraAltTable
	}
	return nil
}

func (c Calendar) epoch() int64 {
	if c == Astronomical {
		return astronomicalEpoch
	}
	return civilEpoch
}

func (c Calendar) known() bool { return c >= UmmAlQura && c <= Astronomical }

// yearRange returns the first and last Hijri year c covers.
func (c Calendar) yearRange() (int, int) {
	if t := c.table(); t != nil {
		return t.firstYear, t.lastYear
	}
	return minTabularYear, maxTabularYear
}

// dayRange returns the first covered day and the day after the last one, in
// days since 1970-01-01.
func (c Calendar) dayRange() (int64, int64) {
	if t := c.table(); t != nil {
		return t.first(), t.end()
	}
	e := c.epoch()
	return e, tabularDays(e, maxTabularYear+1, 1, 1)
}

// Range returns the first and last dates c covers: 1300-01-01 to 1600-12-30
// for UmmAlQura, 1343-01-01 to 1500-12-30 for UmmAlQuraAlt, 0001-01-01 to
// 9999-12-29 for the tabular calendars (9999 is not a leap year), and zero
// Dates for a Calendar value that is not one of the constants.
func (c Calendar) Range() (first, last Date) {
	if !c.known() {
		return Date{}, Date{}
	}
	lo, hi := c.dayRange()
	return c.fromDays(lo), c.fromDays(hi - 1)
}

// fromDays converts a covered day (days since 1970-01-01) to a Hijri date.
func (c Calendar) fromDays(z int64) Date {
	if t := c.table(); t != nil {
		return t.fromDays(z)
	}
	return tabularFromDays(c.epoch(), z)
}

// FromTime returns the Hijri date of the civil day of t: the year, month and
// day t shows in its own location (t.Date()), never shifted to UTC or any
// other zone. A Hijri day is taken to be the civil day it overlaps most, as
// ICU and Java do (no sunset boundary).
func (c Calendar) FromTime(t time.Time) (Date, error) {
	// The civil day of t in its own location, computed from the Unix time
	// and the zone offset rather than through t.Date() and back.
	offset := 0
	if t.Location() != time.UTC {
		_, offset = t.Zone()
	}
	sec := t.Unix()
	if sec < minSec || sec > maxSec || !c.known() {
		y, m, d := t.Date()
		return c.FromGregorian(y, m, d)
	}
	z := floorDay(sec + int64(offset))
	lo, hi := c.dayRange()
	if z < lo || z >= hi {
		y, m, d := t.Date()
		return Date{}, c.gregorianRangeError(y, m, d)
	}
	return c.fromDays(z), nil
}

// Unix seconds outside ±2^50 take the slow path in FromTime, so that adding
// a zone offset cannot overflow.
const (
	minSec = -1 << 50
	maxSec = 1 << 50
)

// FromGregorian returns the Hijri date of the proleptic Gregorian date
// y-m-d. It returns an error wrapping ErrInvalidDate if y-m-d does not exist
// and ErrOutOfRange if c does not cover it.
func (c Calendar) FromGregorian(y int, m time.Month, d int) (Date, error) {
	if !c.known() {
		return Date{}, fmt.Errorf("%w: %d", ErrUnknownCalendar, int(c))
	}
	if m < time.January || m > time.December || d < 1 || d > gregorianMonthLength(int64(y), m) {
		return Date{}, fmt.Errorf("%w: Gregorian %d-%02d-%02d", ErrInvalidDate, y, int(m), d)
	}
	// Years far outside every calendar are refused before any arithmetic
	// that could overflow.
	if y < 0 || y > 20000 {
		return Date{}, c.gregorianRangeError(y, m, d)
	}
	z := daysFromCivil(int64(y), int(m), d)
	lo, hi := c.dayRange()
	if z < lo || z >= hi {
		return Date{}, c.gregorianRangeError(y, m, d)
	}
	return c.fromDays(z), nil
}

func (c Calendar) gregorianRangeError(y int, m time.Month, d int) error {
	first, last := c.Range()
	return fmt.Errorf("%w: Gregorian %d-%02d-%02d is outside the %v calendar (%v to %v AH)",
		ErrOutOfRange, y, int(m), d, c, first, last)
}

// days checks d and returns it as days since 1970-01-01.
func (c Calendar) days(d Date) (int64, error) {
	if !c.known() {
		return 0, fmt.Errorf("%w: %d", ErrUnknownCalendar, int(c))
	}
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
		return 0, fmt.Errorf("%w: %v", ErrInvalidDate, d)
	}
	lo, hi := c.yearRange()
	if d.Year < lo || d.Year > hi {
		return 0, fmt.Errorf("%w: %v is outside the %v calendar (years %d to %d AH)", ErrOutOfRange, d, c, lo, hi)
	}
	if d.Day > c.monthLength(d.Year, d.Month) {
		return 0, fmt.Errorf("%w: %v (%v month %d of %d has %d days)",
			ErrInvalidDate, d, c, d.Month, d.Year, c.monthLength(d.Year, d.Month))
	}
	if t := c.table(); t != nil {
		return t.monthStart(d.Year, d.Month) + int64(d.Day-1), nil
	}
	return tabularDays(c.epoch(), d.Year, d.Month, d.Day), nil
}

// monthLength returns the length of a month that is known to be in range.
func (c Calendar) monthLength(y, m int) int {
	if t := c.table(); t != nil {
		return t.monthLength(y, m)
	}
	return tabularMonthLength(y, m)
}

// ToTime returns midnight UTC of the proleptic Gregorian day of d. It returns
// an error wrapping ErrInvalidDate if d does not exist in c (a month outside
// 1..12, a day past the month's end) and ErrOutOfRange if d's year is outside
// c's range.
func (c Calendar) ToTime(d Date) (time.Time, error) {
	z, err := c.days(d)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(z*86400, 0).UTC(), nil
}

// ToGregorian is like ToTime but returns the Gregorian year, month and day.
func (c Calendar) ToGregorian(d Date) (year int, month time.Month, day int, err error) {
	z, err := c.days(d)
	if err != nil {
		return 0, 0, 0, err
	}
	y, m, dd := civilFromDays(z)
	return int(y), m, dd, nil
}

// MonthLength returns the number of days (29 or 30; 28 to 31 in a few months
// of the UmmAlQuraAlt table) in the given month.
func (c Calendar) MonthLength(year, month int) (int, error) {
	if !c.known() {
		return 0, fmt.Errorf("%w: %d", ErrUnknownCalendar, int(c))
	}
	if month < 1 || month > 12 {
		return 0, fmt.Errorf("%w: month %d", ErrInvalidDate, month)
	}
	lo, hi := c.yearRange()
	if year < lo || year > hi {
		return 0, fmt.Errorf("%w: year %d is outside the %v calendar (years %d to %d AH)", ErrOutOfRange, year, c, lo, hi)
	}
	return c.monthLength(year, month), nil
}

// YearLength returns the number of days in the given Hijri year (354 or 355;
// 353 to 356 in a few years of the UmmAlQuraAlt table).
func (c Calendar) YearLength(year int) (int, error) {
	n := 0
	for m := 1; m <= 12; m++ {
		l, err := c.MonthLength(year, m)
		if err != nil {
			return 0, err
		}
		n += l
	}
	return n, nil
}

// Valid reports whether d is a day of c within its range.
func (c Calendar) Valid(d Date) bool {
	_, err := c.days(d)
	return err == nil
}

// Weekday returns the day of the week of d.
func (c Calendar) Weekday(d Date) (time.Weekday, error) {
	z, err := c.days(d)
	if err != nil {
		return 0, err
	}
	return weekdayOf(z), nil
}

// AddDays returns the date n days after d (before it for negative n).
func (c Calendar) AddDays(d Date, n int) (Date, error) {
	z, err := c.days(d)
	if err != nil {
		return Date{}, err
	}
	lo, hi := c.dayRange()
	if int64(n) < lo-z || int64(n) >= hi-z {
		return Date{}, fmt.Errorf("%w: %v %+d days is outside the %v calendar", ErrOutOfRange, d, n, c)
	}
	return c.fromDays(z + int64(n)), nil
}
