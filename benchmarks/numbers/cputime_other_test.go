//go:build !unix

package numbers

import "time"

// cpuTime falls back to the wall clock.
func cpuTime() time.Duration { return time.Duration(time.Now().UnixNano()) }
