// Package hijribench checks dates/hijri against the day-by-day Hijri oracle
// tables in ../shared/eval/hijri (Java HijrahChronology and ICU, which agree
// on every day) and compares it with github.com/hablullah/go-hijri.
package hijribench

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khabar-nlp/khabar/benchmarks/corpus"
	"github.com/khabar-nlp/khabar/dates/hijri"
)

// row is one line of an oracle CSV, with the columns it uses.
type row []string

func readCSV(tb testing.TB, rel string, cols int) []row {
	tb.Helper()
	data := corpus.Read(tb, rel)
	sc := bufio.NewScanner(bytes.NewReader(data))
	var rows []row
	for n := 0; sc.Scan(); n++ {
		if n == 0 {
			continue // header
		}
		f := strings.Split(sc.Text(), ",")
		if len(f) != cols {
			tb.Fatalf("%s line %d: %d columns, want %d", rel, n+1, len(f), cols)
		}
		rows = append(rows, f)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return rows
}

func atoi(tb testing.TB, s string) int {
	tb.Helper()
	v, err := strconv.Atoi(s)
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

// day parses a proleptic Gregorian YYYY-MM-DD (years 1–9999).
func day(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// score is one line of the printed agreement table.
type score struct {
	what         string
	agree, total int
}

func printScores(t *testing.T, title string, scores []score) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%-58s %9s %9s %8s\n", title, "check", "agree", "total", "%")
	for _, s := range scores {
		pct := 100.0
		if s.total > 0 {
			pct = 100 * float64(s.agree) / float64(s.total)
		}
		fmt.Fprintf(&b, "%-58s %9d %9d %7.2f%%\n", s.what, s.agree, s.total, pct)
	}
	t.Log("\n" + b.String())
	if testing.Verbose() {
		fmt.Print(b.String())
	}
}

// checkDay checks one oracle day both ways and its weekday; it returns false
// (after reporting the first few failures) on any disagreement.
func checkDay(t *testing.T, c hijri.Calendar, g time.Time, want hijri.Date, fails *int) bool {
	t.Helper()
	ok := true
	got, err := c.FromTime(g)
	if err != nil || got != want {
		ok = false
		if *fails < 10 {
			t.Errorf("%v.FromTime(%s) = %v, %v; want %v", c, g.Format("2006-01-02"), got, err, want)
		}
	}
	back, err := c.ToTime(want)
	if err != nil || !back.Equal(g) {
		ok = false
		if *fails < 10 {
			t.Errorf("%v.ToTime(%v) = %v, %v; want %s", c, want, back, err, g.Format("2006-01-02"))
		}
	}
	if w, err := c.Weekday(want); err != nil || w != g.Weekday() {
		ok = false
		if *fails < 10 {
			t.Errorf("%v.Weekday(%v) = %v, %v; want %v", c, want, w, err, g.Weekday())
		}
	}
	if !ok {
		*fails++
	}
	return ok
}

// TestUmmAlQuraOracle: every day of umalqura.csv (1300–1600 AH), both
// directions and weekday, plus every month length of
// umalqura-month-starts.csv. Bar: 100%.
func TestUmmAlQuraOracle(t *testing.T) {
	rows := readCSV(t, "eval/hijri/umalqura.csv", 4)
	fails, agree := 0, 0
	for _, r := range rows {
		want := hijri.Date{Year: atoi(t, r[1]), Month: atoi(t, r[2]), Day: atoi(t, r[3])}
		if checkDay(t, hijri.UmmAlQura, day(t, r[0]), want, &fails) {
			agree++
		}
	}
	months := readCSV(t, "eval/hijri/umalqura-month-starts.csv", 4)
	monthAgree := 0
	for _, r := range months {
		n, err := hijri.UmmAlQura.MonthLength(atoi(t, r[0]), atoi(t, r[1]))
		if err == nil && n == atoi(t, r[3]) {
			monthAgree++
		} else {
			t.Errorf("MonthLength(%s, %s) = %d, %v; want %s", r[0], r[1], n, err, r[3])
		}
	}
	// Just outside the table: errors, not dates.
	first, last := day(t, rows[0][0]), day(t, rows[len(rows)-1][0])
	edges := 0
	for _, g := range []time.Time{first.AddDate(0, 0, -1), last.AddDate(0, 0, 1)} {
		if _, err := hijri.UmmAlQura.FromTime(g); err != nil {
			edges++
		} else {
			t.Errorf("UmmAlQura.FromTime(%v) succeeded outside the table", g)
		}
	}
	printScores(t, "Umm al-Qura (ICU/Java) vs umalqura.csv", []score{
		{"days, Gregorian→Hijri, Hijri→Gregorian and weekday", agree, len(rows)},
		{"month lengths (umalqura-month-starts.csv)", monthAgree, len(months)},
		{"days just outside the range refused", edges, 2},
	})
	if agree != len(rows) || monthAgree != len(months) {
		t.Fatalf("agreement below the 100%% bar")
	}
}

// TestCivilOracle: every month start and length of islamic-civil.csv
// (1–1600 AH) for Civil, and the same starts minus one day for Astronomical.
// Bar: 100%.
func TestCivilOracle(t *testing.T) {
	rows := readCSV(t, "eval/hijri/islamic-civil.csv", 4)
	var civil, astro, lastDays int
	fails := 0
	for _, r := range rows {
		y, m, n := atoi(t, r[0]), atoi(t, r[1]), atoi(t, r[3])
		g := day(t, r[2])
		ok := checkDay(t, hijri.Civil, g, hijri.Date{Year: y, Month: m, Day: 1}, &fails)
		if l, err := hijri.Civil.MonthLength(y, m); err != nil || l != n {
			ok = false
			t.Errorf("Civil.MonthLength(%d, %d) = %d, %v; want %d", y, m, l, err, n)
		}
		if ok {
			civil++
		}
		if checkDay(t, hijri.Astronomical, g.AddDate(0, 0, -1), hijri.Date{Year: y, Month: m, Day: 1}, &fails) {
			astro++
		}
		if checkDay(t, hijri.Civil, g.AddDate(0, 0, n-1), hijri.Date{Year: y, Month: m, Day: n}, &fails) {
			lastDays++
		}
	}
	printScores(t, "Tabular calendars vs islamic-civil.csv", []score{
		{"civil month starts and lengths", civil, len(rows)},
		{"civil last day of each month", lastDays, len(rows)},
		{"astronomical (Thursday epoch) month starts", astro, len(rows)},
	})
	if civil != len(rows) || astro != len(rows) || lastDays != len(rows) {
		t.Fatalf("agreement below the 100%% bar")
	}
}

// altMonth is one month of the alternative (van Gent) table.
type altMonth struct {
	y, m   int
	first  time.Time
	length int
}

// altMonths builds the alternative table for 1343–1500 AH from the oracle's
// month starts, replacing every month listed in umalqura-alt-diffs.csv by
// its alternative version.
func altMonths(t *testing.T) []altMonth {
	t.Helper()
	diffs := map[[2]int]altMonth{}
	for _, r := range readCSV(t, "eval/hijri/umalqura-alt-diffs.csv", 6) {
		y, m := atoi(t, r[0]), atoi(t, r[1])
		diffs[[2]int{y, m}] = altMonth{y, m, day(t, r[4]), atoi(t, r[5])}
	}
	var out []altMonth
	for _, r := range readCSV(t, "eval/hijri/umalqura-month-starts.csv", 4) {
		y, m := atoi(t, r[0]), atoi(t, r[1])
		if y < 1343 || y > 1500 {
			continue
		}
		am := altMonth{y, m, day(t, r[2]), atoi(t, r[3])}
		if d, ok := diffs[[2]int{y, m}]; ok {
			am = d
		}
		out = append(out, am)
	}
	return out
}

// TestUmmAlQuraAltOracle: every day of the alternative table over
// 1343–1500 AH, both directions. Bar: 100%.
func TestUmmAlQuraAltOracle(t *testing.T) {
	months := altMonths(t)
	fails, agree, total, sameAsICU := 0, 0, 0, 0
	for i, am := range months {
		if i > 0 {
			prev := months[i-1]
			if want := prev.first.AddDate(0, 0, prev.length); !want.Equal(am.first) {
				t.Fatalf("oracle months %d/%d and %d/%d are not contiguous", prev.y, prev.m, am.y, am.m)
			}
		}
		for d := 1; d <= am.length; d++ {
			g := am.first.AddDate(0, 0, d-1)
			want := hijri.Date{Year: am.y, Month: am.m, Day: d}
			total++
			if checkDay(t, hijri.UmmAlQuraAlt, g, want, &fails) {
				agree++
			}
			if h, err := hijri.UmmAlQura.FromTime(g); err == nil && h == want {
				sameAsICU++
			}
		}
		if n, err := hijri.UmmAlQuraAlt.MonthLength(am.y, am.m); err != nil || n != am.length {
			t.Errorf("UmmAlQuraAlt.MonthLength(%d, %d) = %d, %v; want %d", am.y, am.m, n, err, am.length)
		}
	}
	printScores(t, "Umm al-Qura alternative (van Gent) vs umalqura-month-starts.csv + umalqura-alt-diffs.csv", []score{
		{"days 1343–1500 AH, both directions and weekday", agree, total},
		{"(for reference) days where the ICU table gives the same date", sameAsICU, total},
	})
	if agree != total {
		t.Fatalf("agreement below the 100%% bar")
	}
}
