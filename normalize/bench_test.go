package normalize_test

import (
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/normalize"
)

// benchInputs are the input kinds of the benchmarks, each about 64 KB.
var benchInputs = []struct{ name, text string }{
	{"ASCII", "The quick brown fox jumps over the lazy dog, 1234 times. "},
	{"Arabic", "التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري عبد الفتاح السيسي في القاهرة يوم الاثنين. "},
	{"Diacritized", "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ الْحَمْدُ لِلَّهِ رَبِّ الْعَالَمِينَ "},
	{"Mixed", "قُتل ٣٧١٢٤ شخصًا في غـ زة منذ 7 أكتوبر، وفقا لـ“وزارة الصحة” – ﷲ ﻻ\u200f\u00a0 "},
}

func repeatTo(s string, n int) string { return strings.Repeat(s, n/len(s)+1) }

// BenchmarkAppend measures each named profile appending into a reused
// buffer (no allocation).
func BenchmarkAppend(b *testing.B) {
	for _, in := range benchInputs {
		s := repeatTo(in.text, 64<<10)
		for _, p := range namedProfiles[:3] {
			b.Run(in.name+"/"+p.name, func(b *testing.B) {
				buf := make([]byte, 0, 2*len(s))
				b.SetBytes(int64(len(s)))
				b.ReportAllocs()
				for b.Loop() {
					buf = p.p.AppendString(buf[:0], s)
				}
			})
		}
	}
}

// BenchmarkStringNormal measures String on text that is already normal:
// the span check only, no allocation.
func BenchmarkStringNormal(b *testing.B) {
	for _, in := range benchInputs {
		for _, p := range namedProfiles[:3] {
			s := p.p.String(repeatTo(in.text, 64<<10))
			b.Run(in.name+"/"+p.name, func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				b.ReportAllocs()
				for b.Loop() {
					_ = p.p.String(s)
				}
			})
		}
	}
}

// BenchmarkMap measures the mapped form on the mixed input.
func BenchmarkMap(b *testing.B) {
	s := repeatTo(benchInputs[3].text, 64<<10)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = normalize.Search.Map(s)
	}
}

// BenchmarkTransformer measures streaming through a 4 KB buffer.
func BenchmarkTransformer(b *testing.B) {
	src := []byte(repeatTo(benchInputs[3].text, 64<<10))
	t := normalize.Search.NewTransformer()
	dst := make([]byte, 4096)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		t.Reset()
		for pos := 0; pos < len(src); {
			end := min(pos+4096, len(src))
			_, nSrc, _ := t.Transform(dst, src[pos:end], end == len(src))
			pos += nSrc
		}
	}
}
