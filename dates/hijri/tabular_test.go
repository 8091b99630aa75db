package hijri

import "testing"

// TestTabularEveryMonth checks the tabular arithmetic against a plain
// reference: a day counter walked month by month through 1–9999 AH with the
// leap rule (14 + 11y) mod 30 < 11, for both epochs. It checks the first
// and last day of every month both ways.
func TestTabularEveryMonth(t *testing.T) {
	for _, c := range []Calendar{Civil, Astronomical} {
		z := c.epoch()
		for y := minTabularYear; y <= maxTabularYear; y++ {
			leap := (14+11*y)%30 < 11
			for m := 1; m <= 12; m++ {
				n := 29
				if m%2 == 1 || (m == 12 && leap) {
					n = 30
				}
				for _, d := range []int{1, n} {
					day := z + int64(d-1)
					want := Date{y, m, d}
					if got := c.fromDays(day); got != want {
						t.Fatalf("%v: day %d = %v, want %v", c, day, got, want)
					}
					if got, err := c.days(want); err != nil || got != day {
						t.Fatalf("%v: %v = day %d, %v; want %d", c, want, got, err, day)
					}
				}
				if l, err := c.MonthLength(y, m); err != nil || l != n {
					t.Fatalf("%v.MonthLength(%d, %d) = %d, %v; want %d", c, y, m, l, err, n)
				}
				z += int64(n)
			}
		}
		if _, hi := c.dayRange(); hi != z {
			t.Errorf("%v: range ends on day %d, want %d", c, hi, z)
		}
	}
}
