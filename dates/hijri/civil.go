package hijri

import "time"

// daysFromCivil returns the number of days from 1970-01-01 to the proleptic
// Gregorian date y-m-d (m 1..12, d 1..31, not checked). It is exact for any
// int year the callers pass (they bound it first).
func daysFromCivil(y int64, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y%400 < 0 {
		era--
	}
	yoe := y - era*400 // [0, 399]
	mp := int64((m + 9) % 12)
	doy := (153*mp+2)/5 + int64(d) - 1     // [0, 365]
	doe := yoe*365 + yoe/4 - yoe/100 + doy // [0, 146096]
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y int64, m time.Month, d int) {
	z += 719468
	era := z / 146097
	if z%146097 < 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		m = time.Month(mp + 3)
	} else {
		m = time.Month(mp - 9)
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// gregorianMonthLength returns the days in month m of proleptic Gregorian year y.
func gregorianMonthLength(y int64, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// floorDay returns floor(sec / 86400), the day of a Unix time.
func floorDay(sec int64) int64 {
	q := sec / 86400
	if sec%86400 < 0 {
		q--
	}
	return q
}

// weekdayOf returns the weekday of a day counted from 1970-01-01 (a Thursday).
func weekdayOf(days int64) time.Weekday {
	w := (days + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}
