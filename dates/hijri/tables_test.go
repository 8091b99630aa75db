package hijri

import (
	"bytes"
	"os"
	"testing"

	"github.com/khabar-nlp/khabar/dates/hijri/internal/tablegen"
)

// TestTablesFresh regenerates tables.go in memory from the data files and
// checks that the checked-in file is identical (run "go generate" if not).
func TestTablesFresh(t *testing.T) {
	icu, err := os.Open("data/umalqura-icu.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer icu.Close()
	vg, err := os.Open("data/umalqura-vangent.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer vg.Close()
	want, err := tablegen.Generate(icu, vg)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("tables.go is stale: run go generate in dates/hijri")
	}
}

// TestTables checks the runtime decoding of the packed tables against the
// data files: every month's start and length, for both tables.
func TestTables(t *testing.T) {
	for _, tc := range []struct {
		name string
		file string
		tab  *table
		cal  Calendar
	}{
		{"icu", "data/umalqura-icu.txt", &ummAlQuraTable, UmmAlQura},
		{"vangent", "data/umalqura-vangent.txt", &ummAlQuraAltTable, UmmAlQuraAlt},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := os.Open(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var src *tablegen.Table
			if tc.name == "icu" {
				src, err = tablegen.ParseICU(f)
			} else {
				src, err = tablegen.ParseVanGent(f)
			}
			if err != nil {
				t.Fatal(err)
			}
			if src.FirstYear != tc.tab.firstYear || src.LastYear() != tc.tab.lastYear {
				t.Fatalf("years %d–%d, data file has %d–%d", tc.tab.firstYear, tc.tab.lastYear, src.FirstYear, src.LastYear())
			}
			for i, lens := range src.MonthLen {
				y := src.FirstYear + i
				start := int64(src.YearStart[i])
				for m := 1; m <= 12; m++ {
					if got := tc.tab.monthStart(y, m); got != start {
						t.Fatalf("%d/%d starts on day %d, data file says %d", y, m, got, start)
					}
					n, err := tc.cal.MonthLength(y, m)
					if err != nil || n != lens[m-1] {
						t.Fatalf("%d/%d has %d days (%v), data file says %d", y, m, n, err, lens[m-1])
					}
					// First and last day of the month, both directions.
					for _, d := range []int{1, n} {
						z := start + int64(d-1)
						if got := tc.tab.fromDays(z); got != (Date{y, m, d}) {
							t.Fatalf("day %d converts to %v, want %d/%d/%d", z, got, y, m, d)
						}
					}
					start += int64(lens[m-1])
				}
			}
		})
	}
}
