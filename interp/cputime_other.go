//go:build !unix

package interp

import "time"

// cpuTime is not measured on this platform; %%time shows wall time only.
func cpuTime() time.Duration { return -1 }
