//go:build !linux

package remote

// physicalMemory is not read on this system: the default limit derives
// from fallbackMemory.
func physicalMemory() (int64, bool) { return 0, false }
