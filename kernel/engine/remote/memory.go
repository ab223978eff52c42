package remote

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"
)

// The session process's memory is bounded, so that a runaway cell ends its
// own session with a clear error rather than waking the machine's OOM
// killer, which may pick any process (the browser, the notebook server).
const (
	// EnvMemoryLimit sets the limit in bytes, with an optional suffix k,
	// M, G or T (powers of 1024; "KiB", "MB" and the like are read the same
	// way), or "off".
	EnvMemoryLimit = "GOPAD_MEMORY_LIMIT"
	// fallbackMemory is the machine's memory assumed where it cannot be
	// read: the default limit is then half of it, 4 GiB.
	fallbackMemory = 8 << 30
	// memoryCheckEvery is how often the watchdog reads the Go runtime's
	// memory figures (a cheap read that does not stop the world). A cell
	// that allocates a GB/s overshoots the limit by a tenth of a GB at most.
	memoryCheckEvery = 100 * time.Millisecond
)

// memoryLimit returns the session's memory limit in bytes (0: none), from
// EnvMemoryLimit or else half of the machine's memory.
func memoryLimit() (int64, error) {
	if v := strings.TrimSpace(os.Getenv(EnvMemoryLimit)); v != "" {
		if strings.EqualFold(v, "off") {
			return 0, nil
		}
		n, err := parseSize(v)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", EnvMemoryLimit, err)
		}
		return n, nil
	}
	total, ok := physicalMemory()
	if !ok {
		total = fallbackMemory
	}
	return total / 2, nil
}

// parseSize reads "200M", "1.5G", "4096", "512KiB".
func parseSize(s string) (int64, error) {
	num := strings.TrimSpace(s)
	unit := int64(1)
	for _, suf := range []string{"iB", "B", "b"} {
		if n, ok := strings.CutSuffix(num, suf); ok && n != "" {
			num = n
			break
		}
	}
	if n := len(num); n > 0 {
		if i := strings.IndexByte("kmgt", lower(num[n-1])); i >= 0 {
			unit = 1 << (10 * (i + 1))
			num = num[:n-1]
		}
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil || f <= 0 || f*float64(unit) >= 1<<62 {
		return 0, fmt.Errorf("not a size: %q (want bytes, or a number with k, M, G or T)", s)
	}
	return int64(f * float64(unit)), nil
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// formatSize writes n as parseSize reads it, in the largest unit it
// reaches, rounded to a tenth where it is not a whole number of them.
func formatSize(n int64) string {
	for i, u := range []string{"T", "G", "M", "k"} {
		d := int64(1) << (10 * (4 - i))
		switch {
		case n%d == 0:
			return strconv.FormatInt(n/d, 10) + u
		case n >= d:
			return strconv.FormatFloat(float64(n)/float64(d), 'f', 1, 64) + u
		}
	}
	return strconv.FormatInt(n, 10)
}

// goMemory returns the memory the Go runtime holds from the system (heap,
// stacks, its own structures; less what it returned): what the soft limit
// of debug.SetMemoryLimit counts.
func goMemory(samples []metrics.Sample) int64 {
	metrics.Read(samples)
	total, released := samples[0].Value.Uint64(), samples[1].Value.Uint64()
	return int64(total - released)
}

// watchMemory sets limit as the runtime's soft limit (unless GOMEMLIMIT
// does) and calls exceeded once when the process holds more than limit
// after a collection, until ctx ends.
func watchMemory(ctx context.Context, limit int64, exceeded func()) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(limit)
	}
	samples := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	tick := time.NewTicker(memoryCheckEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if goMemory(samples) <= limit {
			continue
		}
		// Garbage may be all that is over: only live memory counts.
		runtime.GC()
		if goMemory(samples) > limit {
			exceeded()
			return
		}
	}
}
