package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
)

func (b ByteSize) String() string {
	switch {
	case b >= PB:
		return fmt.Sprintf("%.2fPB", b/PB)
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

var errBadSize = errors.New("bad size")

var suffixes = []struct {
	s string
	m ByteSize
}{{"PB", PB}, {"TB", TB}, {"GB", GB}, {"MB", MB}, {"KB", KB}, {"B", 1}}

func Parse(s string) (ByteSize, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	for _, suf := range suffixes {
		if num, ok := strings.CutSuffix(s, suf.s); ok {
			v, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
			if err != nil {
				return 0, fmt.Errorf("parse %q: %w", s, errBadSize)
			}
			return ByteSize(v) * suf.m, nil
		}
	}
	return 0, fmt.Errorf("parse %q: %w", s, errBadSize)
}

type Disk struct {
	Name string
	Used ByteSize
	Cap  ByteSize
}

func (d Disk) Free() ByteSize   { return d.Cap - d.Used }
func (d Disk) Percent() float64 { return float64(d.Used / d.Cap * 100) }

func main() {
	fmt.Println(KB, MB, GB, TB, PB)
	fmt.Println(ByteSize(1e13), ByteSize(512), ByteSize(1536))
	fmt.Printf("%v|%s|%.1f\n", MB*3/2, GB, float64(KB))
	for _, in := range []string{"10MB", "1.5 gb", "512b", "2TB", "x KB", "7 parsecs"} {
		v, err := Parse(in)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, errBadSize))
			continue
		}
		fmt.Printf("%-8s => %v (%d bytes)\n", in, v, int64(v))
	}
	disks := []Disk{
		{"root", 37 * GB, 120 * GB},
		{"data", 1.2 * TB, 2 * TB},
		{"boot", 180 * MB, 512 * MB},
	}
	var total, used ByteSize
	for _, d := range disks {
		total += d.Cap
		used += d.Used
		fmt.Printf("%-5s used %9v free %9v %5.1f%%\n", d.Name, d.Used, d.Free(), d.Percent())
	}
	fmt.Println("total:", total, "used:", used)
	fmt.Println(disks[2])
	const blocks = 4096
	fmt.Println(ByteSize(blocks)*KB, blocks*KB == 4*GB)
	fmt.Printf("%T %v\n", KB, KB < MB)
}
