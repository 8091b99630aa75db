//go:build !linux

package entities_test

// cpuSeconds is not available off Linux.
func cpuSeconds() (float64, bool) { return 0, false }
