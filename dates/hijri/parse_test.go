package hijri

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     string
		want   Date
		reason string
	}{
		{"arabic", "3 ذو الحجة 1445 هـ", Date{1445, 12, 3}, "the canonical Arabic form"},
		{"arabic-indic", "٣ ذو الحجة ١٤٤٥ هـ", Date{1445, 12, 3}, "Arabic-Indic digits"},
		{"extended-digits", "۳ ذو الحجة ۱۴۴۵ هـ", Date{1445, 12, 3}, "Extended Arabic-Indic digits"},
		{"weekday-min-genitive", "الأحد ٣ من ذي الحجة ١٤٤٥هـ", Date{1445, 12, 3}, "weekday, من, genitive ذي, era glued to the year"},
		{"weekday-comma", "الأحد، 3 ذو الحجة 1445", Date{1445, 12, 3}, "weekday with Arabic comma, no era"},
		{"year-word-era-word", "3 ذو الحجة سنة 1445 للهجرة", Date{1445, 12, 3}, "سنة before the year, للهجرة after"},
		{"li-am", "10 محرم لعام 1446هـ", Date{1446, 1, 10}, "لعام before the year"},
		{"heh-era", "٣ رمضان، ١٤٤٥ه", Date{1445, 9, 3}, "comma after the month, bare heh era"},
		{"hijriyya", "1 محرم 1446 هجرية", Date{1446, 1, 1}, "هجرية era"},
		{"diacritics", "١ رَمَضَانَ ١٤٤٥ هـ", Date{1445, 9, 1}, "vocalised month name"},
		{"two-digit-day", "03 شوال 1445", Date{1445, 10, 3}, "zero-padded day"},
		{"ymd-slash", "1445/12/03", Date{1445, 12, 3}, "numeric year first"},
		{"ymd-dash", "1445-12-3", Date{1445, 12, 3}, "numeric with dashes"},
		{"ymd-dot-era", "1445.12.03 هـ", Date{1445, 12, 3}, "numeric with dots and era"},
		{"dmy-era", "3/12/1445هـ", Date{1445, 12, 3}, "numeric day first with glued era"},
		{"dmy-arabic-indic", "٣/١٢/١٤٤٥ هـ", Date{1445, 12, 3}, "numeric in Arabic-Indic digits"},
		{"spaces", "  03-12-1445 هـ \u00a0", Date{1445, 12, 3}, "surrounding spaces and NBSP"},
		{"ah", "3/12/1445 AH", Date{1445, 12, 3}, "Latin era"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(tc.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v (%s)", tc.in, err, tc.reason)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got) (%s):\n%s", tc.in, tc.reason, diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     string
		want   error
		reason string
	}{
		{"empty", "", ErrSyntax, "nothing to read"},
		{"invalid-utf8", "\xff\xfe", ErrSyntax, "bad bytes"},
		{"month-year", "رمضان 1445", ErrSyntax, "no day: a month, not a date"},
		{"gregorian-era", "3 ذو الحجة 1445 م", ErrSyntax, "م marks a Gregorian year"},
		{"gregorian-month", "3 يونيو 2024", ErrSyntax, "not a Hijri month"},
		{"ambiguous-year", "3/12/45", ErrSyntax, "a two-digit year cannot be told from a day"},
		{"too-many-parts", "12/12/12/1445", ErrSyntax, "a longer number, not a date"},
		{"mixed-separators", "1445/12-03", ErrSyntax, "one separator throughout"},
		{"mixed-scripts", "14٤5/12/03", ErrSyntax, "digits of one script per number"},
		{"five-digit-year", "3 رمضان 14450", ErrSyntax, "years have at most four digits"},
		{"trailing-text", "3 رمضان 1445 وكان", ErrSyntax, "more than a date"},
		{"glued-letters", "3 رمضان 1445x", ErrSyntax, "year runs into a word"},
		{"month-13", "1445/13/01", ErrInvalidDate, "no 13th month"},
		{"day-31", "31 رمضان 1445", ErrInvalidDate, "no Hijri month has 31 days"},
		{"day-0", "0/9/1445", ErrInvalidDate, "no day 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(tc.in)
			if !errors.Is(err, tc.want) {
				t.Errorf("Parse(%q) = %v, %v; want error %v (%s)", tc.in, got, err, tc.want, tc.reason)
			}
		})
	}
	var pe *ParseError
	if _, err := Parse("  ۳ رمضان ۱۴۴۵ وكان"); !errors.As(err, &pe) || pe.Offset != len("  ۳ رمضان ۱۴۴۵ ") {
		t.Errorf("ParseError offset: got %v, want %d", err, len("  ۳ رمضان ۱۴۴۵ "))
	}
	// The messages name the input and the place, for logs.
	_, err := Parse("3 يونيو 2024")
	if want := `hijri: cannot parse "3 يونيو 2024" at byte 2: expected a Hijri month name`; err == nil || err.Error() != want {
		t.Errorf("error message = %v, want %s", err, want)
	}
	_, err = Parse("31 رمضان 1445")
	if want := "hijri: invalid date: 1445/9/31"; err == nil || err.Error() != want {
		t.Errorf("error message = %v, want %s", err, want)
	}
}

func TestCalendarParse(t *testing.T) {
	if d, err := UmmAlQura.Parse("30 رمضان 1445"); err != nil || d != (Date{1445, 9, 30}) {
		t.Errorf("UmmAlQura.Parse(30 Ramadan 1445) = %v, %v; Ramadan 1445 has 30 days", d, err)
	}
	if _, err := UmmAlQura.Parse("30 شعبان 1445"); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("UmmAlQura.Parse(30 Shaban 1445) error = %v, want ErrInvalidDate (29-day month)", err)
	}
	if _, err := UmmAlQura.Parse("1 محرم 1200"); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("UmmAlQura.Parse(1200) error = %v, want ErrOutOfRange", err)
	}
	if _, err := Civil.Parse("1 محرم 1200"); err != nil {
		t.Errorf("Civil.Parse(1200): %v", err)
	}
	if d, err := UmmAlQuraAlt.Parse("31 جمادى الأولى 1345"); err != nil || d != (Date{1345, 5, 31}) {
		t.Errorf("UmmAlQuraAlt.Parse(31 Jumada al-Ula 1345) = %v, %v; that month has 31 days in the van Gent table", d, err)
	}
	if _, err := UmmAlQura.Parse("31 جمادى الأولى 1345"); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("UmmAlQura.Parse(31 Jumada al-Ula 1345) error = %v, want ErrInvalidDate", err)
	}
	if _, err := Civil.Parse("x"); !errors.Is(err, ErrSyntax) {
		t.Errorf("Civil.Parse(x) error = %v, want ErrSyntax", err)
	}
}

func TestParsePrefix(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Date
		rest string
	}{
		{"3 ذو الحجة 1445 هـ الموافق 9 يونيو 2024م", Date{1445, 12, 3}, " الموافق 9 يونيو 2024م"},
		{"1445/12/03، وفيه", Date{1445, 12, 3}, "، وفيه"},
		{"3 ذو الحجة 1445. ثم", Date{1445, 12, 3}, ". ثم"},
	} {
		d, n, err := ParsePrefix(tc.in)
		if err != nil || d != tc.want || tc.in[n:] != tc.rest {
			t.Errorf("ParsePrefix(%q) = %v, rest %q, %v; want %v, rest %q", tc.in, d, tc.in[min(n, len(tc.in)):], err, tc.want, tc.rest)
		}
	}
}

func TestFormat(t *testing.T) {
	d := Date{1445, 12, 3}
	got := map[Style]string{}
	for _, st := range []Style{StyleArabic, StyleArabicIndic, StyleNumeric, StyleNumericDMY, StyleISO, Style(99)} {
		got[st] = d.Format(st)
	}
	want := map[Style]string{
		StyleArabic:      "3 ذو الحجة 1445 هـ",
		StyleArabicIndic: "٣ ذو الحجة ١٤٤٥ هـ",
		StyleNumeric:     "1445/12/03",
		StyleNumericDMY:  "3/12/1445هـ",
		StyleISO:         "1445-12-03",
		Style(99):        "1445-12-03",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Format mismatch (-want +got):\n%s", diff)
	}
	if got := (Date{1445, 13, 3}).Format(StyleArabic); got != "3 13 1445 هـ" {
		t.Errorf("Format of month 13 = %q", got)
	}
}

// TestFormatParseRoundTrip formats every day of a few years in every style
// and parses it back.
func TestFormatParseRoundTrip(t *testing.T) {
	for y := 1444; y <= 1446; y++ {
		for m := 1; m <= 12; m++ {
			n, _ := UmmAlQura.MonthLength(y, m)
			for day := 1; day <= n; day++ {
				d := Date{y, m, day}
				for _, st := range []Style{StyleArabic, StyleArabicIndic, StyleNumeric, StyleNumericDMY, StyleISO} {
					s := d.Format(st)
					got, err := UmmAlQura.Parse(s)
					if err != nil || got != d {
						t.Fatalf("Parse(Format(%v, %d) = %q) = %v, %v", d, st, s, got, err)
					}
				}
			}
		}
	}
}

func TestAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts are not meaningful in -short runs with instrumentation")
	}
	g := civilDate(2024, 6, 9)
	buf := make([]byte, 0, 64)
	for _, tc := range []struct {
		name string
		fn   func()
	}{
		{"FromTime", func() { _, _ = UmmAlQura.FromTime(g) }},
		{"ToTime", func() { _, _ = UmmAlQura.ToTime(Date{1445, 12, 3}) }},
		{"Civil.FromTime", func() { _, _ = Civil.FromTime(g) }},
		{"Civil.ToTime", func() { _, _ = Civil.ToTime(Date{1445, 12, 3}) }},
		{"MatchMonth", func() { _, _, _ = MatchMonth("ذي الحجة 1445") }},
		{"Parse", func() { _, _ = Parse("٣ ذو الحجة ١٤٤٥ هـ") }},
		{"AppendFormat", func() { _ = Date{1445, 12, 3}.AppendFormat(buf[:0], StyleArabicIndic) }},
	} {
		if n := testing.AllocsPerRun(100, tc.fn); n != 0 {
			t.Errorf("%s: %v allocations, want 0", tc.name, n)
		}
	}
}
