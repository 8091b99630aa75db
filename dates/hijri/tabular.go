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
func tabularLeap(y int) bool {
	r := (14 + 11*y) % 30
	if r < 0 {
		r += 30
	}
	return r < 11
}

// tabularMonthLength returns the length of month m (1..12) of year y.
func tabularMonthLength(y, m int) int {
	if m%2 == 1 || (m == 12 && tabularLeap(y)) {
		return 30
	}
	return 29
}

// tabularDays returns days since 1970-01-01 of y/m/d, for a calendar whose
// 1/1/1 is epoch. The date is not checked.
func tabularDays(epoch int64, y, m, d int) int64 {
	yy := int64(y)
	return epoch - 1 + int64(d) + int64((59*(m-1)+1)/2) + (yy-1)*354 + floorDiv(3+11*yy, 30)
}

// tabularFromDays is the inverse of tabularDays for days on or after epoch.
func tabularFromDays(epoch, z int64) Date {
	y := floorDiv(30*(z-epoch)+10646, 10631)
	for z < tabularDays(epoch, int(y), 1, 1) {
		y--
	}
	for z >= tabularDays(epoch, int(y+1), 1, 1) {
		y++
	}
	start := tabularDays(epoch, int(y), 1, 1)
	m := floorDiv(2*(z-29-start)+58, 59) + 1
	if m > 12 {
		m = 12
	}
	if m < 1 {
		m = 1
	}
	d := z - tabularDays(epoch, int(y), int(m), 1) + 1
	return Date{Year: int(y), Month: int(m), Day: int(d)}
}
