package main

import (
	"fmt"
	"strings"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Color int

const (
	Red Color = iota
	Green
	Blue
	numColors
)

var colorNames = [...]string{Red: "red", Green: "green", Blue: "blue"}

func (c Color) String() string {
	if c < 0 || c >= numColors {
		return fmt.Sprintf("Color(%d)", int(c))
	}
	return colorNames[c]
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var parts []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
		} else {
			parts = append(parts, "-")
		}
	}
	return strings.Join(parts, "")
}

func main() {
	fmt.Println(KB, MB, GB, TB)
	sizes := []ByteSize{512, 1536, 5 * MB, 3.5 * GB, 1e13}
	for _, s := range sizes {
		fmt.Printf("%v ", s)
	}
	fmt.Println()
	for c := Red; c <= numColors; c++ {
		fmt.Printf("%d=%v ", c, c)
	}
	fmt.Println()
	fmt.Println(Color(7), []Color{Blue, Red})
	perms := []Perm{0, Read, Read | Write, Read | Write | Exec, Exec}
	for _, p := range perms {
		fmt.Printf("%03b %s\n", uint8(p), p)
	}
	fmt.Printf("%v %d %x\n", Write|Exec, Write|Exec, Read|Exec)
}
