package numbers

import (
	"testing"
	"time"

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
// It measures the CPU time of the process (user + system, see
// cputime_unix_test.go) rather than the wall clock, so that other work on a
// shared machine does not count against numbers; on systems without
// getrusage it falls back to the wall clock.
func TestSpeedFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("speed floor skipped in -short mode")
	}
	s := corpus.Sample(t)
	dst := numbers.Append(nil, s) // warm up
	const rounds = 10
	c0, ok := corpus.CPUTime()
	w0 := time.Now()
	for range rounds {
		dst = numbers.Append(dst[:0], s)
	}
	c1, _ := corpus.CPUTime()
	d := c1 - c0
	if !ok {
		d = time.Since(w0) // no process CPU time here: fall back to the wall clock
	}
	mbs := float64(rounds*len(s)) / d.Seconds() / 1e6
	t.Logf("extraction: %.1f MB/s (CPU time) on %d bytes, %d numbers", mbs, len(s), len(dst))
	if mbs < 30 {
		t.Errorf("extraction %.1f MB/s < 30 MB/s", mbs)
	}
}
