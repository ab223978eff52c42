package main

import (
	"fmt"
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

const bigger = `R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20`

type P struct{ X, Y int }

func sign(v int) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func follow(head, tail P) P {
	dx, dy := head.X-tail.X, head.Y-tail.Y
	if max(abs(dx), abs(dy)) <= 1 {
		return tail
	}
	return P{tail.X + sign(dx), tail.Y + sign(dy)}
}

func simulate(in string, knots int) int {
	rope := make([]P, knots)
	visited := map[P]struct{}{{}: {}}
	delta := map[byte]P{'R': {1, 0}, 'L': {-1, 0}, 'U': {0, 1}, 'D': {0, -1}}
	for _, line := range strings.Split(in, "\n") {
		var dir byte
		var n int
		if _, err := fmt.Sscanf(line, "%c %d", &dir, &n); err != nil {
			panic(err)
		}
		d := delta[dir]
		for range n {
			rope[0].X += d.X
			rope[0].Y += d.Y
			for i := 1; i < len(rope); i++ {
				rope[i] = follow(rope[i-1], rope[i])
			}
			visited[rope[len(rope)-1]] = struct{}{}
		}
	}
	return len(visited)
}

func main() {
	fmt.Println("part1 sample:", simulate(moves, 2))
	fmt.Println("part2 sample:", simulate(moves, 10))
	fmt.Println("part2 bigger:", simulate(bigger, 10))
	for k := 2; k <= 10; k += 4 {
		fmt.Printf("knots=%2d visited=%d\n", k, simulate(bigger, k))
	}
}
