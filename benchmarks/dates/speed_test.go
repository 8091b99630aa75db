package dates

import (
	"testing"
	"time"

	"github.com/khabar-nlp/khabar/benchmarks/corpus"
	"github.com/khabar-nlp/khabar/dates"
)

// BenchmarkDates runs date extraction and resolution over the 1 MB news
// sample. No Go library extracts Arabic dates, so there is no peer in the
// run; compare with the floors in ../floors (BenchmarkFloorDecode).
//
//	cd benchmarks && go test -run XXX -bench . -benchtime 20x ./dates
func BenchmarkDates(b *testing.B) {
	s := corpus.Sample(b)
	ex := dates.New(dates.WithReference(time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC)))
	b.Run("khabar/Append", func(b *testing.B) {
		var dst []dates.Date
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			dst = ex.Append(dst[:0], s)
		}
	})
	b.Run("khabar/All", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			for range ex.All(s) {
				n++
			}
		}
	})
}
