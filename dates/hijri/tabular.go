package hijri

// The tabular (arithmetic) Islamic calendar: 30-year cycles with 11 leap years
// (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), odd months of 30 days, even months
// of 29, and a 30th day of Dhu al-Hijjah in leap years.

const (
	// civilEpoch is 1 Muharram 1 AH in the civil (Friday) epoch:
	// Friday 16 July 622 Julian = 622-07-19 proleptic Gregorian, in days
	// since 1970-01-01 (JDN 1948440 − 2440588).
	civilEpoch = 1948440 - 2440588
	// astronomicalEpoch is the Thursday epoch, one day earlier.
	astronomicalEpoch = civilEpoch - 1

	// The tabular calendars cover Hijri years 1 to maxTabularYear.
	minTabularYear = 1
	maxTabularYear = 9999
)

// tabularLeap reports whether tabular year y has 355 days.
// y must be ≥ 0.
func tabularLeap(y int) bool { return (14+11*y)%30 < 11 }

// tabularMonthLength returns the length of month m (1..12) of year y.
func tabularMonthLength(y, m int) int {
	if m%2 == 1 || (m == 12 && tabularLeap(y)) {
		return 30
	}
	return 29
}

// tabularDays returns days since 1970-01-01 of y/m/d, for a calendar whose
// 1/1/1 is epoch. The date is not checked, but y must be ≥ 0.
func tabularDays(epoch int64, y, m, d int) int64 {
	yy := int64(y)
	return epoch - 1 + int64(d) + int64((59*(m-1)+1)/2) + (yy-1)*354 + (3+11*yy)/30
}

// tabularFromDays is the inverse of tabularDays for days on or after epoch
// (z - epoch ≥ 0, so plain division is floor division). The year formula is
// exact: TestTabularEveryMonth checks it for every month of 1–9999 AH.
func tabularFromDays(epoch, z int64) Date {
	e := z - epoch
	y := (30*e + 10646) / 10631
	doy := e - ((y-1)*354 + (3+11*y)/30)
	// Month k (0-based) starts on day (59k+1)/2 of the year, so the month of
	// doy is the largest k with 59k ≤ 2·doy.
	k := 2 * doy / 59
	if k > 11 {
		k = 11 // the 30th of Dhu al-Hijjah in a leap year
	}
	return Date{Year: int(y), Month: int(k) + 1, Day: int(doy-(59*k+1)/2) + 1}
}
