//go:build unix

package corpus

import (
	"syscall"
	"time"
)

// CPUTime returns the CPU time (user + system) the process has used so far,
// from getrusage(RUSAGE_SELF). On a busy shared machine the difference of
// two readings measures the work done, which wall-clock benchmarks inflate
// by the time spent waiting for a core. ok is false where it is unavailable.
func CPUTime() (d time.Duration, ok bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
