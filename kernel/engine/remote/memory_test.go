package remote

import "testing"

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{
		"4096": 4096, "200M": 200 << 20, "200m": 200 << 20, "512k": 512 << 10, "512KiB": 512 << 10,
		"1.5G": 3 << 29, "2GB": 2 << 30, "1T": 1 << 40, " 64M ": 64 << 20,
	} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "M", "-1G", "0", "lots", "12X", "1e30"} {
		if got, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) = %d, want an error", in, got)
		}
	}
	for n, want := range map[int64]string{200 << 20: "200M", 2 << 30: "2G", 1536: "1.5k", 3 << 10: "3k", 1000: "1000", 12341874 << 10: "11.8G"} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestMemoryLimitSetting(t *testing.T) {
	t.Setenv(EnvMemoryLimit, "300M")
	if n, err := memoryLimit(); err != nil || n != 300<<20 {
		t.Errorf("300M: %d, %v", n, err)
	}
	t.Setenv(EnvMemoryLimit, "off")
	if n, err := memoryLimit(); err != nil || n != 0 {
		t.Errorf("off: %d, %v", n, err)
	}
	t.Setenv(EnvMemoryLimit, "much")
	if _, err := memoryLimit(); err == nil {
		t.Errorf("a bad setting was accepted")
	}
	t.Setenv(EnvMemoryLimit, "")
	n, err := memoryLimit()
	if err != nil || n <= 0 {
		t.Fatalf("default: %d, %v", n, err)
	}
	if total, ok := physicalMemory(); ok && n != total/2 {
		t.Errorf("default %d, want half of the machine's %d", n, total)
	}
	t.Logf("default limit here: %s", formatSize(n))
}
