package hijribench

import (
	"testing"
	"time"

	gohijri "github.com/hablullah/go-hijri"

	"github.com/khabar-nlp/khabar/benchmarks/corpus"
	"github.com/khabar-nlp/khabar/dates/hijri"
)

// benchDays are 1024 days spread over 1420/1–1451/2 AH (1999–2029), where
// go-hijri and khabar's UmmAlQura agree, so both do the same work.
var benchDays, benchHijri = func() ([]time.Time, []hijri.Date) {
	start := time.Date(1999, 4, 17, 0, 0, 0, 0, time.UTC)
	var ts []time.Time
	var hs []hijri.Date
	for i := 0; i < 1024; i++ {
		t := start.AddDate(0, 0, i*11)
		h, err := hijri.UmmAlQura.FromTime(t)
		if err != nil {
			panic(err)
		}
		ts = append(ts, t)
		hs = append(hs, h)
	}
	return ts, hs
}()

// Conversions have no byte input: the figures to read are ns/op and
// allocs/op (SetBytes is not used). Each benchmark also reports cpu-ns/op,
// the process's CPU time per operation: on a shared, oversubscribed machine
// the wall-clock ns/op counts the time the benchmark waited for a core, and
// cpu-ns/op does not.

// loop runs op b.N times through b.Loop and reports cpu-ns/op.
func loop(b *testing.B, op func(i int)) {
	b.ReportAllocs()
	i := 0
	start, ok := corpus.CPUTime()
	for b.Loop() {
		op(i & 1023)
		i++
	}
	if end, ok2 := corpus.CPUTime(); ok && ok2 && i > 0 {
		b.ReportMetric(float64((end-start).Nanoseconds())/float64(i), "cpu-ns/op")
	}
}

func BenchmarkGregorianToHijri(b *testing.B) {
	b.Run("khabar-umalqura", func(b *testing.B) {
		loop(b, func(i int) {
			if _, err := hijri.UmmAlQura.FromTime(benchDays[i]); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("go-hijri-umalqura", func(b *testing.B) {
		loop(b, func(i int) {
			if _, err := gohijri.CreateUmmAlQuraDate(benchDays[i]); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("khabar-civil", func(b *testing.B) {
		loop(b, func(i int) {
			if _, err := hijri.Civil.FromTime(benchDays[i]); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("go-hijri-civil", func(b *testing.B) {
		loop(b, func(i int) {
			if _, err := gohijri.CreateHijriDate(benchDays[i], gohijri.Default); err != nil {
				b.Fatal(err)
			}
		})
	})
}

func BenchmarkHijriToGregorian(b *testing.B) {
	b.Run("khabar-umalqura", func(b *testing.B) {
		loop(b, func(i int) {
			if _, err := hijri.UmmAlQura.ToTime(benchHijri[i]); err != nil {
				b.Fatal(err)
			}
		})
	})
	peer := make([]gohijri.UmmAlQuraDate, len(benchHijri))
	civ := make([]gohijri.HijriDate, len(benchHijri))
	for i, h := range benchHijri {
		peer[i] = gohijri.UmmAlQuraDate{Year: int64(h.Year), Month: int64(h.Month), Day: int64(h.Day)}
		civ[i] = gohijri.HijriDate{Year: int64(h.Year), Month: int64(h.Month), Day: min(int64(h.Day), 29), Pattern: gohijri.Default}
	}
	b.Run("go-hijri-umalqura", func(b *testing.B) {
		loop(b, func(i int) {
			_ = peer[i].ToGregorian()
		})
	})
	civDates := make([]hijri.Date, len(civ))
	for i, c := range civ {
		civDates[i] = hijri.Date{Year: int(c.Year), Month: int(c.Month), Day: int(c.Day)}
	}
	b.Run("khabar-civil", func(b *testing.B) {
		loop(b, func(i int) {
			if _, err := hijri.Civil.ToTime(civDates[i]); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("go-hijri-civil", func(b *testing.B) {
		loop(b, func(i int) {
			_ = civ[i].ToGregorian()
		})
	})
}

// BenchmarkParse measures hijri.Parse on the forms news text uses.
func BenchmarkParse(b *testing.B) {
	for _, tc := range []struct{ name, in string }{
		{"arabic", "3 ذو الحجة 1445 هـ"},
		{"arabic-indic-weekday", "الأحد ٣ من ذي الحجة ١٤٤٥هـ"},
		{"numeric", "3/12/1445هـ"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.in)))
			loop(b, func(int) {
				if _, err := hijri.Parse(tc.in); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}
