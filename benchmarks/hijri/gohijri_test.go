package hijribench

import (
	"errors"
	"fmt"
	"testing"
	"time"

	gohijri "github.com/hablullah/go-hijri"

	"github.com/khabar-nlp/khabar/dates/hijri"
)

// goHijriToGregorian calls go-hijri's Umm al-Qura Hijri→Gregorian conversion
// and turns a panic into panicked=true, so the comparison can count them.
func goHijriToGregorian(d hijri.Date) (g time.Time, panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	uq := gohijri.UmmAlQuraDate{Year: int64(d.Year), Month: int64(d.Month), Day: int64(d.Day)}
	return uq.ToGregorian(), false
}

// TestGoHijriComparison is a documented comparison with
// github.com/hablullah/go-hijri v1.0.2 on the oracle days:
//
//   - go-hijri's Weekday field is one day late on every day; khabar's
//     Weekday must be right on all of them (the test fails otherwise).
//   - go-hijri panics (index out of range) or returns a wrong date for
//     Umm al-Qura dates outside its 1356–1500 AH table; khabar must return
//     the oracle's date (UmmAlQura) or an error wrapping ErrOutOfRange
//     (UmmAlQuraAlt), never panic.
//
// The counts of go-hijri's failures are printed, not asserted: they describe
// the peer, not khabar.
func TestGoHijriComparison(t *testing.T) {
	rows := readCSV(t, "eval/hijri/umalqura.csv", 4)
	var (
		inRange, peerAgree, peerWeekdayWrong, khabarWeekdayOK, khabarAltOK int
		peerOutCalls, peerPanics, peerWrong, khabarUQOK, khabarAltErr      int
		peerGregErr                                                        int
	)
	for _, r := range rows {
		g := day(t, r[0])
		want := hijri.Date{Year: atoi(t, r[1]), Month: atoi(t, r[2]), Day: atoi(t, r[3])}
		if want.Year >= 1356 && want.Year <= 1500 {
			inRange++
			uq, err := gohijri.CreateUmmAlQuraDate(g)
			if err != nil {
				t.Fatalf("go-hijri CreateUmmAlQuraDate(%v): %v", g, err)
			}
			if uq.Year == int64(want.Year) && uq.Month == int64(want.Month) && uq.Day == int64(want.Day) {
				peerAgree++
			}
			if uq.Weekday != g.Weekday() {
				peerWeekdayWrong++
				// Where go-hijri's weekday is wrong, khabar's must be right,
				// for both tables.
				h, err := hijri.UmmAlQura.FromTime(g)
				w, werr := hijri.UmmAlQura.Weekday(h)
				if err == nil && werr == nil && w == g.Weekday() {
					khabarWeekdayOK++
				} else {
					t.Errorf("khabar weekday of %v (%v) = %v, %v, %v; want %v", g, h, w, err, werr, g.Weekday())
				}
				ha, err := hijri.UmmAlQuraAlt.FromTime(g)
				wa, werr := hijri.UmmAlQuraAlt.Weekday(ha)
				if err == nil && werr == nil && wa == g.Weekday() {
					khabarAltOK++
				} else {
					t.Errorf("khabar alt weekday of %v (%v) = %v, %v, %v; want %v", g, ha, wa, err, werr, g.Weekday())
				}
			}
			continue
		}
		// Outside go-hijri's table: sample every 7th day to keep the run
		// short (panics are slow to recover).
		if atoi(t, r[3])%7 != 1 {
			continue
		}
		peerOutCalls++
		pg, panicked := goHijriToGregorian(want)
		switch {
		case panicked:
			peerPanics++
		case !pg.Equal(g):
			peerWrong++
		}
		if _, err := gohijri.CreateUmmAlQuraDate(g); err != nil {
			peerGregErr++
		}
		if got, err := hijri.UmmAlQura.ToTime(want); err == nil && got.Equal(g) {
			khabarUQOK++
		} else {
			t.Errorf("khabar UmmAlQura.ToTime(%v) = %v, %v; want %v", want, got, err, g)
		}
		_, err := hijri.UmmAlQuraAlt.ToTime(want)
		if want.Year < 1343 || want.Year > 1500 {
			if errors.Is(err, hijri.ErrOutOfRange) {
				khabarAltErr++
			} else {
				t.Errorf("khabar UmmAlQuraAlt.ToTime(%v) error = %v, want ErrOutOfRange", want, err)
			}
		} else if err == nil || errors.Is(err, hijri.ErrInvalidDate) {
			// 1343–1355 is covered by khabar's alt table; an ICU-table day
			// that the alt month lacks (a 28-day month) is ErrInvalidDate.
			khabarAltErr++
		} else {
			t.Errorf("khabar UmmAlQuraAlt.ToTime(%v) error = %v", want, err)
		}
	}
	printScores(t, "github.com/hablullah/go-hijri v1.0.2 beside khabar (oracle: umalqura.csv)", []score{
		{"go-hijri G→H equal to the oracle, 1356–1500 AH", peerAgree, inRange},
		{"go-hijri Weekday wrong, 1356–1500 AH", peerWeekdayWrong, inRange},
		{"  of those, khabar UmmAlQura weekday right", khabarWeekdayOK, peerWeekdayWrong},
		{"  of those, khabar UmmAlQuraAlt weekday right", khabarAltOK, peerWeekdayWrong},
		{"outside 1356–1500 AH (sampled): go-hijri H→G panics", peerPanics, peerOutCalls},
		{"outside 1356–1500 AH (sampled): go-hijri H→G wrong date", peerWrong, peerOutCalls},
		{"outside 1356–1500 AH (sampled): go-hijri G→H error", peerGregErr, peerOutCalls},
		{"outside 1356–1500 AH (sampled): khabar UmmAlQura right", khabarUQOK, peerOutCalls},
		{"outside 1356–1500 AH (sampled): khabar alt date or error", khabarAltErr, peerOutCalls},
	})
	if khabarWeekdayOK != peerWeekdayWrong || khabarAltOK != peerWeekdayWrong || khabarUQOK != peerOutCalls || khabarAltErr != peerOutCalls {
		t.Fatal("khabar fails where go-hijri fails")
	}
}

// TestNoPanicOnHostileInput feeds both libraries dates far outside every
// range: khabar returns errors; go-hijri's Umm al-Qura ToGregorian panics
// on them (documented, not asserted).
func TestNoPanicOnHostileInput(t *testing.T) {
	dates := []hijri.Date{
		{}, {Year: -1, Month: 1, Day: 1}, {Year: 1 << 40, Month: 1, Day: 1}, {Year: 1445, Month: -3, Day: 1},
		{Year: 1445, Month: 1, Day: 1 << 40}, {Year: 1355, Month: 12, Day: 29}, {Year: 1501, Month: 1, Day: 1},
	}
	peerPanics := 0
	for _, d := range dates {
		for _, c := range []hijri.Calendar{hijri.UmmAlQura, hijri.UmmAlQuraAlt, hijri.Civil, hijri.Astronomical} {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("khabar %v.ToTime(%v) panicked: %v", c, d, r)
					}
				}()
				if _, err := c.ToTime(d); err == nil && !c.Valid(d) {
					t.Errorf("khabar %v.ToTime(%v) returned no error for an invalid date", c, d)
				}
			}()
		}
		if _, panicked := goHijriToGregorian(d); panicked {
			peerPanics++
		}
	}
	msg := fmt.Sprintf("go-hijri UmmAlQuraDate.ToGregorian panicked on %d of %d hostile dates; khabar on 0", peerPanics, len(dates))
	t.Log(msg)
	if testing.Verbose() {
		fmt.Println(msg)
	}
}
