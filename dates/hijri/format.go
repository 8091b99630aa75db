package hijri

import (
	"strconv"
	"unicode/utf8"
)

// Style selects how [Date.Format] writes a date.
type Style int

const (
	// StyleArabic writes day, month name, year and era with ASCII digits:
	// "3 ذو الحجة 1445 هـ".
	StyleArabic Style = iota
	// StyleArabicIndic is StyleArabic with Arabic-Indic digits:
	// "٣ ذو الحجة ١٤٤٥ هـ".
	StyleArabicIndic
	// StyleNumeric writes year/month/day: "1445/12/03".
	StyleNumeric
	// StyleNumericDMY writes day/month/year and the era: "3/12/1445هـ".
	StyleNumericDMY
	// StyleISO writes YYYY-MM-DD, as Date.String does: "1445-12-03".
	StyleISO
)

// eraMark is the abbreviation of هجري written after Hijri years.
const eraMark = "هـ"

// Format returns d written in style st. A month outside 1..12 is written as
// a number in every style. Unknown styles format as StyleISO.
func (d Date) Format(st Style) string {
	var buf [64]byte
	return string(d.AppendFormat(buf[:0], st))
}

// AppendFormat appends d written in style st to dst and returns the extended
// buffer; it allocates only if dst is too small.
func (d Date) AppendFormat(dst []byte, st Style) []byte {
	switch st {
	case StyleArabic, StyleArabicIndic:
		zero := rune('0')
		if st == StyleArabicIndic {
			zero = '\u0660'
		}
		dst = appendDigits(dst, d.Day, zero)
		dst = append(dst, ' ')
		if name := MonthName(d.Month); name != "" {
			dst = append(dst, name...)
		} else {
			dst = appendDigits(dst, d.Month, zero)
		}
		dst = append(dst, ' ')
		dst = appendDigits(dst, d.Year, zero)
		return append(append(dst, ' '), eraMark...)
	case StyleNumeric:
		return d.appendISO(dst, '/')
	case StyleNumericDMY:
		dst = strconv.AppendInt(dst, int64(d.Day), 10)
		dst = append(dst, '/')
		dst = strconv.AppendInt(dst, int64(d.Month), 10)
		dst = append(dst, '/')
		dst = strconv.AppendInt(dst, int64(d.Year), 10)
		return append(dst, eraMark...)
	}
	return d.appendISO(dst, '-')
}

// appendDigits appends v in decimal with digits starting at zero.
func appendDigits(dst []byte, v int, zero rune) []byte {
	var buf [24]byte
	s := strconv.AppendInt(buf[:0], int64(v), 10)
	if zero == '0' {
		return append(dst, s...)
	}
	for _, c := range s {
		if c == '-' {
			dst = append(dst, '-')
			continue
		}
		dst = utf8.AppendRune(dst, zero+rune(c-'0'))
	}
	return dst
}
