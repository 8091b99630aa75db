package hijri

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Anchors that any Umm al-Qura implementation must reproduce; the first three
// are widely reported dates (start of Ramadan 1445, the day of Arafah eve
// 1445, the Hijri date of 7 October 2023).
var anchors = []struct {
	name   string
	cal    Calendar
	h      Date
	g      string // proleptic Gregorian YYYY-MM-DD
	reason string
}{
	{"ramadan-1445", UmmAlQura, Date{1445, 9, 1}, "2024-03-11", "1 Ramadan 1445 was Monday 11 March 2024"},
	{"dhu-al-hijjah-3-1445", UmmAlQura, Date{1445, 12, 3}, "2024-06-09", "the Blinken–Sisi article's dual date"},
	{"rabi-al-awwal-22-1445", UmmAlQura, Date{1445, 3, 22}, "2023-10-07", "7 October 2023"},
	{"umalqura-first-day", UmmAlQura, Date{1300, 1, 1}, "1882-11-12", "first day of the ICU/Java table"},
	{"umalqura-last-day", UmmAlQura, Date{1600, 12, 30}, "2174-11-25", "last day of the ICU/Java table"},
	{"alt-first-day", UmmAlQuraAlt, Date{1343, 1, 1}, "1924-08-01", "first day of the van Gent table, a day before ICU's 1343/1"},
	{"alt-last-day", UmmAlQuraAlt, Date{1500, 12, 30}, "2077-11-16", "last day of the van Gent table"},
	{"alt-agrees-1445", UmmAlQuraAlt, Date{1445, 9, 1}, "2024-03-11", "the two tables agree for 1420–1451"},
	{"alt-28-day-month", UmmAlQuraAlt, Date{1343, 9, 28}, "1925-04-23", "1343/9 has 28 days in the van Gent table"},
	{"alt-31-day-month", UmmAlQuraAlt, Date{1345, 5, 31}, "1926-12-06", "1345/5 has 31 days in the van Gent table"},
	{"civil-epoch", Civil, Date{1, 1, 1}, "0622-07-19", "Friday 16 July 622 Julian"},
	{"astronomical-epoch", Astronomical, Date{1, 1, 1}, "0622-07-18", "Thursday 15 July 622 Julian"},
	{"civil-1445-dhu-al-hijjah", Civil, Date{1445, 12, 1}, "2024-06-08", "the tabular month starts a day after Umm al-Qura's (2024-06-07)"},
	{"civil-gregorian-switch", Civil, Date{990, 9, 7}, "1582-10-05", "no Julian switch: 1582-10-05 exists in the proleptic Gregorian calendar"},
	{"civil-far-future", Civil, Date{9999, 12, 29}, "10323-10-21", "last day of the tabular range"},
}

func TestAnchors(t *testing.T) {
	for _, tc := range anchors {
		t.Run(tc.name, func(t *testing.T) {
			g, err := time.Parse("2006-01-02", tc.g)
			if err != nil {
				// Years past 9999 do not parse with time.Parse.
				g = parseBigYear(t, tc.g)
			}
			got, err := tc.cal.FromTime(g)
			if err != nil {
				t.Fatalf("%v.FromTime(%s): %v (%s)", tc.cal, tc.g, err, tc.reason)
			}
			if got != tc.h {
				t.Errorf("%v.FromTime(%s) = %v, want %v (%s)", tc.cal, tc.g, got, tc.h, tc.reason)
			}
			back, err := tc.cal.ToTime(tc.h)
			if err != nil || !back.Equal(g) {
				t.Errorf("%v.ToTime(%v) = %v, %v; want %s (%s)", tc.cal, tc.h, back, err, tc.g, tc.reason)
			}
			if y, m, d, err := tc.cal.ToGregorian(tc.h); err != nil || y != g.Year() || m != g.Month() || d != g.Day() {
				t.Errorf("%v.ToGregorian(%v) = %d-%d-%d, %v; want %s (%s)", tc.cal, tc.h, y, m, d, err, tc.g, tc.reason)
			}
			if w, err := tc.cal.Weekday(tc.h); err != nil || w != g.Weekday() {
				t.Errorf("%v.Weekday(%v) = %v, %v; want %v", tc.cal, tc.h, w, err, g.Weekday())
			}
		})
	}
}

func parseBigYear(t *testing.T, s string) time.Time {
	t.Helper()
	n := 0
	fields := [3]int{}
	for _, r := range s {
		if r == '-' {
			n++
			continue
		}
		fields[n] = fields[n]*10 + int(r-'0')
	}
	return time.Date(fields[0], time.Month(fields[1]), fields[2], 0, 0, 0, 0, time.UTC)
}

func TestFromTimeIgnoresZone(t *testing.T) {
	// 23:30 on 10 March 2024 in Riyadh is 20:30 UTC the same day, and 00:30
	// on 11 March in Tokyo is 15:30 UTC on 10 March: the civil day counts.
	riyadh := time.FixedZone("AST", 3*3600)
	tokyo := time.FixedZone("JST", 9*3600)
	for _, tc := range []struct {
		name string
		t    time.Time
		want Date
	}{
		{"late-evening-east", time.Date(2024, 3, 10, 23, 30, 0, 0, riyadh), Date{1445, 8, 29}},
		{"after-midnight-east", time.Date(2024, 3, 11, 0, 30, 0, 0, tokyo), Date{1445, 9, 1}},
		{"west", time.Date(2024, 3, 11, 23, 59, 0, 0, time.FixedZone("PST", -8*3600)), Date{1445, 9, 1}},
	} {
		got, err := UmmAlQura.FromTime(tc.t)
		if err != nil || got != tc.want {
			t.Errorf("%s: FromTime(%v) = %v, %v; want %v", tc.name, tc.t, got, err, tc.want)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		cal  Calendar
		d    Date
		want error
	}{
		{"before-table", UmmAlQura, Date{1299, 12, 29}, ErrOutOfRange},
		{"after-table", UmmAlQura, Date{1601, 1, 1}, ErrOutOfRange},
		{"alt-before", UmmAlQuraAlt, Date{1342, 12, 1}, ErrOutOfRange},
		{"alt-after", UmmAlQuraAlt, Date{1501, 1, 1}, ErrOutOfRange},
		{"civil-year-0", Civil, Date{0, 12, 1}, ErrOutOfRange},
		{"civil-year-10000", Civil, Date{10000, 1, 1}, ErrOutOfRange},
		{"month-0", UmmAlQura, Date{1445, 0, 1}, ErrInvalidDate},
		{"month-13", UmmAlQura, Date{1445, 13, 1}, ErrInvalidDate},
		{"day-0", UmmAlQura, Date{1445, 1, 0}, ErrInvalidDate},
		{"day-31", Civil, Date{1445, 1, 31}, ErrInvalidDate},
		{"day-32", UmmAlQuraAlt, Date{1345, 5, 32}, ErrInvalidDate},
		{"day-30-of-29", UmmAlQura, Date{1445, 8, 30}, ErrInvalidDate},
		{"civil-30-even-month", Civil, Date{1445, 2, 30}, ErrInvalidDate},
		{"unknown-calendar", Calendar(7), Date{1445, 1, 1}, ErrUnknownCalendar},
		{"huge-year", UmmAlQura, Date{math.MaxInt, 1, 1}, ErrOutOfRange},
		{"negative-year", Civil, Date{math.MinInt, 1, 1}, ErrOutOfRange},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := tc.cal.ToTime(tc.d); !errors.Is(err, tc.want) {
				t.Errorf("%v.ToTime(%v) error = %v, want %v", tc.cal, tc.d, err, tc.want)
			}
			if tc.cal.Valid(tc.d) {
				t.Errorf("%v.Valid(%v) = true", tc.cal, tc.d)
			}
			if _, _, _, err := tc.cal.ToGregorian(tc.d); !errors.Is(err, tc.want) {
				t.Errorf("%v.ToGregorian(%v) error = %v, want %v", tc.cal, tc.d, err, tc.want)
			}
			if _, err := tc.cal.Weekday(tc.d); !errors.Is(err, tc.want) {
				t.Errorf("%v.Weekday(%v) error = %v, want %v", tc.cal, tc.d, err, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		name string
		cal  Calendar
		y    int
		m    time.Month
		d    int
		want error
	}{
		{"before-umalqura", UmmAlQura, 1882, 11, 11, ErrOutOfRange},
		{"after-umalqura", UmmAlQura, 2174, 11, 26, ErrOutOfRange},
		{"before-alt", UmmAlQuraAlt, 1924, 7, 31, ErrOutOfRange},
		{"after-alt", UmmAlQuraAlt, 2077, 11, 17, ErrOutOfRange},
		{"before-hijra", Civil, 622, 7, 18, ErrOutOfRange},
		{"before-hijra-astro", Astronomical, 622, 7, 17, ErrOutOfRange},
		{"negative-year", Civil, -5000, 1, 1, ErrOutOfRange},
		{"far-future", Civil, math.MaxInt32, 1, 1, ErrOutOfRange},
		{"feb-30", UmmAlQura, 2024, 2, 30, ErrInvalidDate},
		{"feb-29-non-leap", UmmAlQura, 2023, 2, 29, ErrInvalidDate},
		{"feb-29-1900", UmmAlQura, 1900, 2, 29, ErrInvalidDate},
		{"month-13", Civil, 2024, 13, 1, ErrInvalidDate},
		{"unknown-calendar", Calendar(-1), 2024, 1, 1, ErrUnknownCalendar},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := tc.cal.FromGregorian(tc.y, tc.m, tc.d); !errors.Is(err, tc.want) {
				t.Errorf("%v.FromGregorian(%d, %d, %d) error = %v, want %v", tc.cal, tc.y, tc.m, tc.d, err, tc.want)
			}
		})
	}
}

func TestMonthLength(t *testing.T) {
	for _, tc := range []struct {
		name        string
		cal         Calendar
		year, month int
		want        int
	}{
		{"ramadan-1445", UmmAlQura, 1445, 9, 30},
		{"dhu-al-hijjah-1445", UmmAlQura, 1445, 12, 30},
		{"shaban-1445", UmmAlQura, 1445, 8, 29},
		{"alt-28", UmmAlQuraAlt, 1343, 9, 28},
		{"alt-31", UmmAlQuraAlt, 1345, 5, 31},
		{"civil-odd", Civil, 1445, 1, 30},
		{"civil-even", Civil, 1445, 2, 29},
		{"civil-leap-dhu-al-hijjah", Civil, 1445, 12, 30},
		{"civil-common-dhu-al-hijjah", Civil, 1444, 12, 29},
	} {
		got, err := tc.cal.MonthLength(tc.year, tc.month)
		if err != nil || got != tc.want {
			t.Errorf("%s: %v.MonthLength(%d, %d) = %d, %v; want %d", tc.name, tc.cal, tc.year, tc.month, got, err, tc.want)
		}
	}
	if _, err := UmmAlQura.MonthLength(1299, 1); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("MonthLength(1299, 1) error = %v, want ErrOutOfRange", err)
	}
	if _, err := UmmAlQura.MonthLength(1445, 0); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("MonthLength(1445, 0) error = %v, want ErrInvalidDate", err)
	}
	if n, err := UmmAlQura.YearLength(1445); err != nil || n != 354 {
		t.Errorf("YearLength(1445) = %d, %v; want 354", n, err)
	}
}

func TestRange(t *testing.T) {
	type rng struct{ First, Last Date }
	got := map[string]rng{}
	for _, c := range []Calendar{UmmAlQura, UmmAlQuraAlt, Civil, Astronomical} {
		f, l := c.Range()
		got[c.String()] = rng{f, l}
	}
	want := map[string]rng{
		"umalqura":     {Date{1300, 1, 1}, Date{1600, 12, 30}},
		"umalqura-alt": {Date{1343, 1, 1}, Date{1500, 12, 30}},
		"civil":        {Date{1, 1, 1}, Date{9999, 12, 29}},
		"astronomical": {Date{1, 1, 1}, Date{9999, 12, 29}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Range mismatch (-want +got):\n%s", diff)
	}
}

func TestAddDays(t *testing.T) {
	got, err := UmmAlQura.AddDays(Date{1445, 8, 29}, 1)
	if err != nil || got != (Date{1445, 9, 1}) {
		t.Errorf("AddDays(1445-08-29, 1) = %v, %v", got, err)
	}
	got, err = UmmAlQura.AddDays(Date{1445, 9, 1}, -1)
	if err != nil || got != (Date{1445, 8, 29}) {
		t.Errorf("AddDays(1445-09-01, -1) = %v, %v", got, err)
	}
	if _, err := UmmAlQura.AddDays(Date{1600, 12, 30}, 1); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("AddDays past the end: error = %v, want ErrOutOfRange", err)
	}
	if _, err := Civil.AddDays(Date{1445, 1, 1}, math.MinInt); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("AddDays huge negative: error = %v, want ErrOutOfRange", err)
	}
}

func TestStrings(t *testing.T) {
	got := []string{
		Date{1445, 12, 3}.String(), Date{2, 1, 9}.String(),
		UmmAlQura.String(), UmmAlQuraAlt.String(), Civil.String(), Astronomical.String(), Calendar(9).String(),
	}
	want := []string{"1445-12-03", "0002-01-09", "umalqura", "umalqura-alt", "civil", "astronomical", "Calendar(9)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("String mismatch (-want +got):\n%s", diff)
	}
}

func civilDate(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseCalendar(t *testing.T) {
	for _, c := range []Calendar{UmmAlQura, UmmAlQuraAlt, Civil, Astronomical} {
		if got, err := ParseCalendar(c.String()); err != nil || got != c {
			t.Errorf("ParseCalendar(%q) = %v, %v", c.String(), got, err)
		}
	}
	for name, want := range map[string]Calendar{"islamic-umalqura": UmmAlQura, "islamic-civil": Civil, "islamic-tbla": Astronomical} {
		if got, err := ParseCalendar(name); err != nil || got != want {
			t.Errorf("ParseCalendar(%q) = %v, %v; want %v", name, got, err, want)
		}
	}
	if _, err := ParseCalendar("gregorian"); !errors.Is(err, ErrUnknownCalendar) {
		t.Errorf("ParseCalendar(gregorian) error = %v, want ErrUnknownCalendar", err)
	}
}

func TestDateCompare(t *testing.T) {
	dates := []Date{{1444, 12, 29}, {1445, 1, 1}, {1445, 1, 2}, {1445, 2, 1}, {1446, 1, 1}}
	for i, a := range dates {
		for j, b := range dates {
			want := cmpInt(i, j)
			if got := a.Compare(b); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", a, b, got, want)
			}
		}
	}
	if !(Date{}).IsZero() || (Date{1445, 1, 1}).IsZero() {
		t.Error("IsZero is wrong")
	}
}
