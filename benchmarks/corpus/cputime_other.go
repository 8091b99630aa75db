//go:build !unix

package corpus

import "time"

// CPUTime is unavailable on this system: it returns (0, false).
func CPUTime() (d time.Duration, ok bool) { return 0, false }
