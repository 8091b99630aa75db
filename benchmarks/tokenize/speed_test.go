package tokenize

import (
	"fmt"
	"testing"

	"github.com/khabar-nlp/khabar/benchmarks/corpus"
	"github.com/khabar-nlp/khabar/tokenize"
	"github.com/rivo/uniseg"
)

// BenchmarkTokenize runs khabar's tokenizer, its clitic segmentation and
// uniseg's word segmentation over the 1 MB news sample, in the same run:
//
//	cd benchmarks && go test -run XXX -bench . -benchtime 20x ./tokenize
func BenchmarkTokenize(b *testing.B) {
	s := corpus.Sample(b)
	b.Run("khabar/Append", func(b *testing.B) {
		var dst []tokenize.Token
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			dst = tokenize.Append(dst[:0], s)
		}
	})
	b.Run("khabar/Sentences", func(b *testing.B) {
		var dst []tokenize.Sentence
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			dst = tokenize.AppendSentences(dst[:0], s)
		}
	})
	b.Run("khabar/Segment-clitics", func(b *testing.B) {
		benchSegment(b, s, tokenize.Clitics)
	})
	b.Run("khabar/Segment-full", func(b *testing.B) {
		benchSegment(b, s, tokenize.Full)
	})
	b.Run("uniseg/FirstWordInString", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			rest, state := s, -1
			n := 0
			for len(rest) > 0 {
				_, rest, state = uniseg.FirstWordInString(rest, state)
				n++
			}
			_ = n
		}
	})
}

// benchSegment tokenizes s and segments every Arabic word token.
func benchSegment(b *testing.B, s string, scheme tokenize.Scheme) {
	var toks []tokenize.Token
	var segs []tokenize.Segment
	tokenize.SegmentWord("والد", scheme) // load the lexicon before timing
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		toks = tokenize.Append(toks[:0], s)
		for _, t := range toks {
			if t.Kind == tokenize.Word {
				segs = tokenize.AppendSegments(segs[:0], t.Text, scheme)
			}
		}
	}
}

// TestSpeedRatio prints how much faster or slower than uniseg's word
// segmentation khabar's tokenizer and segmenter are on the news sample (run
// with -v; informative, it does not fail: speed bars are checked with the
// benchmark).
func TestSpeedRatio(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	s := corpus.Sample(t)
	mbps := func(f func(b *testing.B)) float64 {
		r := testing.Benchmark(f)
		return float64(len(s)) * float64(r.N) / r.T.Seconds() / 1e6
	}
	uni := mbps(func(b *testing.B) {
		for b.Loop() {
			rest, state := s, -1
			for len(rest) > 0 {
				_, rest, state = uniseg.FirstWordInString(rest, state)
			}
		}
	})
	var toks []tokenize.Token
	tok := mbps(func(b *testing.B) {
		for b.Loop() {
			toks = tokenize.Append(toks[:0], s)
		}
	})
	seg := mbps(func(b *testing.B) { benchSegment(b, s, tokenize.Clitics) })
	out := fmt.Sprintf("uniseg words %.1f MB/s; khabar tokens %.1f MB/s (%.2fx uniseg); tokens+clitic segmentation %.1f MB/s (%.2fx uniseg)", uni, tok, tok/uni, seg, seg/uni)
	t.Log(out)
	if testing.Verbose() {
		fmt.Println(out)
	}
}
