package main

import (
	"fmt"
	"strings"
)

type Move struct {
	From, To string
	Count    int
}

type Point3 struct{ X, Y, Z int }

func main() {
	lines := []string{
		"move 3 from A to C",
		"move 12 from B to A",
		"move x from A to B",
		"move 1 from C",
	}
	for _, l := range lines {
		var m Move
		n, err := fmt.Sscanf(l, "move %d from %s to %s", &m.Count, &m.From, &m.To)
		fmt.Printf("%-22q n=%d err=%v move=%+v\n", l, n, err, m)
	}

	var p Point3
	n, err := fmt.Sscanf("pos=<1,-2,30>", "pos=<%d,%d,%d>", &p.X, &p.Y, &p.Z)
	fmt.Println(n, err, p)

	var name string
	var age int
	var height float64
	n, err = fmt.Sscan("Alice 30 1.68", &name, &age, &height)
	fmt.Println(n, err, name, age, height)

	var a, b int
	n, err = fmt.Sscanln("7 8\n9", &a, &b)
	fmt.Println("sscanln:", n, err, a, b)

	var hex, oct int
	var word string
	fmt.Sscanf("ff 17 done", "%x %o %s", &hex, &oct, &word)
	fmt.Println("hex/oct:", hex, oct, word)

	var r rune
	var s string
	fmt.Sscanf("Z:zebra", "%c:%s", &r, &s)
	fmt.Printf("char %c string %s\n", r, s)

	input := `
#1 @ 1,3: 4x4
#2 @ 3,1: 4x4
#3 @ 5,5: 2x2`
	grid := map[[2]int]int{}
	for _, line := range strings.Split(strings.TrimSpace(input), "\n") {
		var id, x, y, w, h int
		if _, err := fmt.Sscanf(line, "#%d @ %d,%d: %dx%d", &id, &x, &y, &w, &h); err != nil {
			fmt.Println("bad line:", err)
			continue
		}
		for i := x; i < x+w; i++ {
			for j := y; j < y+h; j++ {
				grid[[2]int{i, j}]++
			}
		}
		fmt.Printf("claim %d at (%d,%d) size %dx%d\n", id, x, y, w, h)
	}
	overlap := 0
	for _, c := range grid {
		if c > 1 {
			overlap++
		}
	}
	fmt.Println("overlapping squares:", overlap)
	var f1, f2 float64
	var unit string
	n, err = fmt.Sscanf("3.5e2kg / 0.25", "%g%s / %g", &f1, &unit, &f2)
	fmt.Println(n, err, f1, unit, f2)
	var b1 bool
	fmt.Sscanf("true", "%t", &b1)
	fmt.Println("bool:", b1)
}
