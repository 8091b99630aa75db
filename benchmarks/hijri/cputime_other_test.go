//go:build !unix

package hijribench

import "time"

// cpuTime is not available on this system; the cpu-ns/op metric is omitted.
func cpuTime() time.Duration { return 0 }
