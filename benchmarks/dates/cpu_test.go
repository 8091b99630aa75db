//go:build unix

package dates

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/khabar-nlp/khabar/benchmarks/corpus"
	"github.com/khabar-nlp/khabar/dates"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestExtractionSpeed measures extraction over the 1 MB news sample in CPU
// time (getrusage), which a busy shared machine does not inflate the way it
// inflates wall-clock benchmarks, and fails below the 20 MB/s.
//
//	cd benchmarks && go test -run TestExtractionSpeed -v ./dates
func TestExtractionSpeed(t *testing.T) {
	if testing.Short() {
		t.Skip("speed check skipped in -short mode")
	}
	s := corpus.Sample(t)
	ex := dates.New(dates.WithReference(time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC)))
	var dst []dates.Date
	dst = ex.Append(dst[:0], s) // warm up
	const passes = 10
	c0 := cpuTime()
	for range passes {
		dst = ex.Append(dst[:0], s)
	}
	c := cpuTime() - c0
	if c <= 0 {
		t.Skip("getrusage gave no CPU time")
	}
	mbs := float64(passes*len(s)) / c.Seconds() / 1e6
	msg := fmt.Sprintf("extraction: %.1f MB/s of CPU time over %d passes of the 1 MB sample (%d dates per pass)", mbs, passes, len(dst))
	t.Log(msg)
	if testing.Verbose() {
		fmt.Println(msg)
	}
	if mbs < 20 {
		t.Errorf("extraction %.1f MB/s of CPU time, want ≥ 20", mbs)
	}
}
