package hijri

import (
	"errors"
	"testing"
	"time"
)

// FuzzConvert checks, for any calendar and any integers: a Hijri date either
// converts to a time whose conversion back is the same date with the same
// weekday, or fails with ErrOutOfRange or ErrInvalidDate (never a panic, never
// a different date); and any Gregorian day either converts and round-trips
// or fails with ErrOutOfRange.
func FuzzConvert(f *testing.F) {
	for _, a := range anchors {
		f.Add(int(a.cal), a.h.Year, a.h.Month, a.h.Day, int64(0))
	}
	f.Add(0, 1300, 1, 1, int64(-31826))
	f.Add(1, 1345, 5, 31, int64(-15731))
	f.Add(2, 9999, 12, 29, int64(3000000))
	f.Add(3, -1, 13, 0, int64(-1<<62))
	f.Fuzz(func(t *testing.T, cal, y, m, d int, days int64) {
		c := Calendar(cal & 3)
		h := Date{y, m, d}
		g, err := c.ToTime(h)
		switch {
		case err == nil:
			if !c.Valid(h) {
				t.Fatalf("%v.ToTime(%v) succeeded but Valid is false", c, h)
			}
			back, err := c.FromTime(g)
			if err != nil || back != h {
				t.Fatalf("%v: %v → %v → %v, %v", c, h, g, back, err)
			}
			if w, err := c.Weekday(h); err != nil || w != g.Weekday() {
				t.Fatalf("%v.Weekday(%v) = %v, %v; want %v", c, h, w, err, g.Weekday())
			}
			if n, err := c.MonthLength(y, m); err != nil || d > n {
				t.Fatalf("%v: day %d in a month of %d days (%v)", c, d, n, err)
			}
		case errors.Is(err, ErrOutOfRange), errors.Is(err, ErrInvalidDate):
			if c.Valid(h) {
				t.Fatalf("%v.ToTime(%v) failed (%v) but Valid is true", c, h, err)
			}
		default:
			t.Fatalf("%v.ToTime(%v): unexpected error %v", c, h, err)
		}

		// A Gregorian day around the calendar's range.
		lo, hi := c.dayRange()
		span := hi - lo + 2000
		z := lo - 1000 + ((days%span)+span)%span
		gy, gm, gd := civilFromDays(z)
		gt := time.Date(int(gy), gm, gd, 12, 0, 0, 0, time.FixedZone("", int(days%50400)))
		hd, err := c.FromTime(gt)
		inRange := z >= lo && z < hi
		if !inRange {
			if !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("%v.FromTime(%v) outside the range = %v, %v; want ErrOutOfRange", c, gt, hd, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("%v.FromTime(%v): %v", c, gt, err)
		}
		if hd2, err := c.FromGregorian(int(gy), gm, gd); err != nil || hd2 != hd {
			t.Fatalf("%v.FromGregorian(%d-%d-%d) = %v, %v; FromTime gave %v", c, gy, gm, gd, hd2, err, hd)
		}
		back, err := c.ToTime(hd)
		if err != nil || back.Unix()/86400 != z {
			t.Fatalf("%v: day %d → %v → %v, %v", c, z, hd, back, err)
		}
	})
}

// FuzzParse checks that Parse, ParsePrefix, MatchMonth and MonthByName never
// panic and keep their contracts on any input: lengths within the input, a
// parsed date with month 1..12 and day 1..30 that formats and parses back to
// itself, and a matched month name that MonthByName recognises alone.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"3 ذو الحجة 1445 هـ", "الأحد ٣ من ذي الحجة ١٤٤٥هـ", "1445/12/03", "3/12/1445هـ",
		"٣ رمضان، ١٤٤٥ه", "3 ذو الحجة سنة 1445 للهجرة", "ذوالحجة", "جمادي الاولي", "رَمَضَانُ المبارك",
		"12/12/12/1445", "3 رمضان 1445 وكان", "\xff\xfe", "", " ", "\u200f3\u200f/12/1445",
		"الأحد 9 يونيو 2024", "3 ذو الحجة 1445 هـ الموافق 9 يونيو 2024م",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, err := Parse(s); err == nil {
			if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 30 || d.Year < 0 || d.Year > 9999 {
				t.Fatalf("Parse(%q) = %v: out of bounds", s, d)
			}
			for _, st := range []Style{StyleArabic, StyleArabicIndic, StyleNumeric, StyleNumericDMY} {
				out := d.Format(st)
				if back, err := Parse(out); err == nil && back != d {
					t.Fatalf("Parse(Format(%v)) = %v", d, back)
				} else if err != nil && d.Year >= 100 {
					t.Fatalf("Parse(%q) (formatted %v): %v", out, d, err)
				}
			}
		} else if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrInvalidDate) {
			t.Fatalf("Parse(%q): unexpected error %v", s, err)
		}
		if d, n, err := ParsePrefix(s); err == nil {
			if n <= 0 || n > len(s) {
				t.Fatalf("ParsePrefix(%q) took %d bytes", s, n)
			}
			if d2, err := Parse(s[:n]); err != nil || d2 != d {
				t.Fatalf("Parse(ParsePrefix part %q) = %v, %v; want %v", s[:n], d2, err, d)
			}
		}
		if m, n, ok := MatchMonth(s); ok {
			if n <= 0 || n > len(s) || m < 1 || m > 12 {
				t.Fatalf("MatchMonth(%q) = %d, %d", s, m, n)
			}
			if m2, ok := MonthByName(s[:n]); !ok || m2 != m {
				t.Fatalf("MonthByName(%q) = %d, %v; MatchMonth said %d", s[:n], m2, ok, m)
			}
		}
		if w, n, ok := MatchWeekday(s); ok && (n <= 0 || n > len(s) || w < time.Sunday || w > time.Saturday) {
			t.Fatalf("MatchWeekday(%q) = %v, %d", s, w, n)
		}
		if m, ok := MonthByName(s); ok && (m < 1 || m > 12) {
			t.Fatalf("MonthByName(%q) = %d", s, m)
		}
	})
}
