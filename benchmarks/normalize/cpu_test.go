//go:build linux

package normalize

import (
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/khabar-nlp/khabar/benchmarks/corpus"
	"github.com/khabar-nlp/khabar/normalize"
)

// threadCPU returns the CPU time of the calling OS thread.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(1, &ru) // RUSAGE_THREAD
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestCPURatio measures the thread CPU time (not wall time) per pass over
// the sample of each profile and of bleve's filter, best of 7×10 runs. On a
// machine shared with other jobs wall-clock benchmarks swing by 2–3×; CPU
// time is steadier. bleve's garbage collection runs on other threads and is
// not counted, which favours bleve. Run with CPURATIO=1 go test -v -run CPURatio.
func TestCPURatio(t *testing.T) {
	if os.Getenv("CPURATIO") == "" {
		t.Skip("set CPURATIO=1 to measure CPU-time ratios")
	}
	runtime.LockOSThread()
	s := corpus.Sample(t)
	buf := make([]byte, 0, 2*len(s))
	toks, terms := bleveTokens(s)
	f := ar.NewArabicNormalizeFilter()
	measure := func(fn func()) time.Duration {
		best := time.Hour
		for k := 0; k < 7; k++ {
			t0 := threadCPU()
			for n := 0; n < 10; n++ {
				fn()
			}
			if d := threadCPU() - t0; d < best {
				best = d
			}
		}
		return best / 10
	}
	for k := 0; k < 2; k++ {
		se := measure(func() { buf = normalize.Search.AppendString(buf[:0], s) })
		di := measure(func() { buf = normalize.Display.AppendString(buf[:0], s) })
		lu := measure(func() { buf = normalize.Lucene.AppendString(buf[:0], s) })
		bl := measure(func() {
			for i, t := range toks {
				t.Term = terms[i]
			}
			f.Filter(toks)
		})
		t.Logf("cpu/op: Search %v Display %v Lucene %v bleve %v  ratio bleve/Search %.2f", se, di, lu, bl, float64(bl)/float64(se))
	}
}
