package main

import (
	"fmt"
	"sort"
	"strings"
)

const moves = `R 4
U 4
L 3
D 1
R 4
D 1
L 5
R 2`

func sign(f float64) float64 {
	switch {
	case f > 0:
		return 1
	case f < 0:
		return -1
	}
	return 0
}

func follow(head, tail complex128) complex128 {
	d := head - tail
	if abs := max(real(d), -real(d), imag(d), -imag(d)); abs <= 1 {
		return tail
	}
	return tail + complex(sign(real(d)), sign(imag(d)))
}

func simulate(knots int) map[complex128]bool {
	dir := map[string]complex128{"R": 1, "L": -1, "U": 1i, "D": -1i}
	rope := make([]complex128, knots)
	visited := map[complex128]bool{0: true}
	for _, line := range strings.Split(moves, "\n") {
		var d string
		var n int
		fmt.Sscan(line, &d, &n)
		for ; n > 0; n-- {
			rope[0] += dir[d]
			for i := 1; i < knots; i++ {
				rope[i] = follow(rope[i-1], rope[i])
			}
			visited[rope[knots-1]] = true
		}
	}
	fmt.Printf("knots=%d head=%v tail=%v\n", knots, rope[0], rope[knots-1])
	return visited
}

func main() {
	v := simulate(2)
	pts := make([]complex128, 0, len(v))
	for p := range v {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if imag(pts[i]) != imag(pts[j]) {
			return imag(pts[i]) > imag(pts[j])
		}
		return real(pts[i]) < real(pts[j])
	})
	fmt.Println("visited:", len(v))
	fmt.Println(pts)
	fmt.Println("ten knots visited:", len(simulate(10)))
	z := 3 + 4i
	fmt.Printf("%v %.1f %g %T\n", z*1i, z, real(z*z), z)
}
