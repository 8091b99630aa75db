//go:build linux

package entities_test

import "syscall"

// cpuSeconds returns the user+system CPU time of this process so far, so
// that throughput can be reported per CPU-second on a machine shared with
// other work (wall-clock MB/s drops when the cores are busy).
func cpuSeconds() (float64, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6, true
}
