//go:build linux

package remote

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// physicalMemory returns the memory this process may use: the machine's
// (MemTotal in /proc/meminfo), or its control group's limit when lower.
func physicalMemory() (int64, bool) {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	var total int64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err == nil {
				total = kb << 10
			}
			break
		}
	}
	if total <= 0 {
		return 0, false
	}
	// cgroup v2, then v1; "max" or a huge number means no limit.
	for _, p := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		if b, err := os.ReadFile(p); err == nil {
			if n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil && n > 0 && n < total {
				total = n
			}
			break
		}
	}
	return total, true
}
