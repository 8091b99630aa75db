package numbers

import (
	"testing"

	"github.com/khabar-nlp/khabar/benchmarks/corpus"
	"github.com/khabar-nlp/khabar/numbers"
)

var sink int

// BenchmarkAppend extracts every number of the 1 MB news sample.
func BenchmarkAppend(b *testing.B) {
	s := corpus.Sample(b)
	var dst []numbers.Number
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		dst = numbers.Append(dst[:0], s)
	}
	sink += len(dst)
}

// BenchmarkAll iterates over the numbers of the sample.
func BenchmarkAll(b *testing.B) {
	s := corpus.Sample(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		for n := range numbers.All(s) {
			sink += n.End
		}
	}
}

// BenchmarkParseDigits parses a digit string.
func BenchmarkParseDigits(b *testing.B) {
	const s = "٣٧٬١٢٤"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		n, _ := numbers.Parse(s)
		sink += n.End
	}
}

// BenchmarkParseWords parses a number in words.
func BenchmarkParseWords(b *testing.B) {
	const s = "سبعة وثلاثون ألفا ومئة وأربعة وعشرون"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		n, _ := numbers.Parse(s)
		sink += n.End
	}
}

// TestSpeedFloor fails if extraction runs below 30 MB/s on the sample.
func TestSpeedFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("speed floor skipped in -short mode")
	}
	s := corpus.Sample(t)
	r := testing.Benchmark(func(b *testing.B) {
		var dst []numbers.Number
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			dst = numbers.Append(dst[:0], s)
		}
	})
	mbs := float64(r.Bytes) * float64(r.N) / r.T.Seconds() / 1e6
	t.Logf("extraction: %.1f MB/s on %d bytes", mbs, len(s))
	if mbs < 30 {
		t.Errorf("extraction %.1f MB/s < 30 MB/s", mbs)
	}
}
