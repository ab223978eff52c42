package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `R 4
U 4
L 3
D 1
R 4
D 1
L 5
R 2`

type P struct{ X, Y int }

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

func simulate(knots int) int {
	rope := make([]P, knots)
	visited := map[P]struct{}{{0, 0}: {}}
	delta := map[string]P{"R": {1, 0}, "L": {-1, 0}, "U": {0, 1}, "D": {0, -1}}
	for _, line := range strings.Split(input, "\n") {
		f := strings.Fields(line)
		n, _ := strconv.Atoi(f[1])
		d := delta[f[0]]
		for i := 0; i < n; i++ {
			rope[0].X += d.X
			rope[0].Y += d.Y
			for k := 1; k < knots; k++ {
				rope[k] = follow(rope[k-1], rope[k])
			}
			visited[rope[knots-1]] = struct{}{}
		}
	}
	fmt.Printf("knots=%d head=%v tail=%v\n", knots, rope[0], rope[knots-1])
	return len(visited)
}

func main() {
	fmt.Println("Part 1:", simulate(2))
	fmt.Println("Part 2:", simulate(10))
	fmt.Println(follow(P{2, 0}, P{0, 0}), follow(P{1, 1}, P{0, 0}), follow(P{2, 1}, P{0, 0}))
}
