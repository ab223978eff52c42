package main

import (
	"fmt"
	"strings"
)

type P struct{ X, Y int }

func (p P) Add(q P) P { return P{p.X + q.X, p.Y + q.Y} }

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func follow(head, tail P) P {
	dx, dy := head.X-tail.X, head.Y-tail.Y
	if abs(dx) <= 1 && abs(dy) <= 1 {
		return tail
	}
	return P{tail.X + sign(dx), tail.Y + sign(dy)}
}

var dirs = map[string]P{"R": {1, 0}, "L": {-1, 0}, "U": {0, 1}, "D": {0, -1}}

func simulate(moves string, knots int) (int, [10]P) {
	rope := make([]P, knots)
	seen := map[P]struct{}{{}: {}}
	for _, line := range strings.Split(strings.TrimSpace(moves), "\n") {
		var d string
		var n int
		fmt.Sscanf(line, "%s %d", &d, &n)
		for range n {
			rope[0] = rope[0].Add(dirs[d])
			for k := 1; k < knots; k++ {
				rope[k] = follow(rope[k-1], rope[k])
			}
			seen[rope[knots-1]] = struct{}{}
		}
	}
	var last [10]P
	copy(last[:], rope)
	return len(seen), last
}

const small = `
R 4
U 4
L 3
D 1
R 4
D 1
L 5
R 2`

const large = `
R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20`

func main() {
	n, rope := simulate(small, 2)
	fmt.Println("small, 2 knots:", n, rope[:2])
	n, rope = simulate(small, 10)
	fmt.Println("small, 10 knots:", n, rope[9])
	n, _ = simulate(large, 10)
	fmt.Println("large, 10 knots:", n)
	a, b := [3]P{{1, 2}}, [3]P{{1, 2}, {0, 0}}
	fmt.Println(a == b, P{1, 2} == P{2, 1})
	visits := map[[2]P]int{}
	visits[[2]P{{0, 0}, {1, 1}}]++
	visits[[2]P{{0, 0}, {1, 1}}]++
	fmt.Println(visits)
}
