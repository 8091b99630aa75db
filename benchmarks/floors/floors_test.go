// Package floors measures the two lower bounds every throughput figure is
// compared with, on the same 1 MB news sample: a byte copy and a UTF-8
// rune-decode loop. Run them in the same `go test -bench` invocation as the
// package benchmarks (see ../README.md) so the ratios are meaningful.
package floors

import (
	"testing"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/benchmarks/corpus"
)

var sink int

// BenchmarkFloorCopy copies the sample into a preallocated buffer.
func BenchmarkFloorCopy(b *testing.B) {
	s := corpus.Sample(b)
	dst := make([]byte, len(s))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sink += copy(dst, s)
	}
}

// BenchmarkFloorDecode decodes every rune of the sample with a range loop,
// the fastest idiomatic decoder: no Arabic text processor can beat it.
func BenchmarkFloorDecode(b *testing.B) {
	s := corpus.Sample(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, r := range s { // the compiler's inlined UTF-8 decoder
			n += int(r)
		}
		sink += n
	}
}

// TestSampleIsUTF8 checks the benchmark input is what the figures claim.
func TestSampleIsUTF8(t *testing.T) {
	s := corpus.Sample(t)
	if len(s) < 900_000 || !utf8.ValidString(s) {
		t.Fatalf("sample: %d bytes, valid UTF-8 %v; want ~1 MB of valid UTF-8", len(s), utf8.ValidString(s))
	}
}
