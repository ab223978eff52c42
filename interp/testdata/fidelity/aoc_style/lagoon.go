package main

import (
	"fmt"
	"image"
	"strconv"
	"strings"
)

const plan = `R 6 (#70c710)
D 5 (#0dc571)
L 2 (#5713f0)
D 2 (#d2c081)
R 2 (#59c680)
D 2 (#411b91)
L 5 (#8ceee2)
U 2 (#caa173)
L 1 (#1b58a2)
U 2 (#caa171)
R 2 (#7807d2)
U 3 (#a77fa3)
L 2 (#015232)
U 2 (#7a21e3)`

var dirs = map[string]image.Point{
	"R": {1, 0}, "D": {0, 1}, "L": {-1, 0}, "U": {0, -1},
	"0": {1, 0}, "1": {0, 1}, "2": {-1, 0}, "3": {0, -1},
}

// area by the shoelace formula plus Pick's theorem for the boundary.
func area(steps []image.Point) int64 {
	var pos image.Point
	var twice, perim int64
	for _, s := range steps {
		next := pos.Add(s)
		twice += int64(pos.X)*int64(next.Y) - int64(next.X)*int64(pos.Y)
		perim += int64(abs(s.X) + abs(s.Y))
		pos = next
	}
	if twice < 0 {
		twice = -twice
	}
	return twice/2 + perim/2 + 1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	var p1, p2 []image.Point
	var bounds image.Rectangle
	var pos image.Point
	for _, line := range strings.Split(plan, "\n") {
		var d, color string
		var n int
		if _, err := fmt.Sscanf(line, "%s %d %s", &d, &n, &color); err != nil {
			fmt.Println("parse:", err)
			return
		}
		p1 = append(p1, dirs[d].Mul(n))
		pos = pos.Add(dirs[d].Mul(n))
		bounds = bounds.Union(image.Rectangle{pos, pos.Add(image.Pt(1, 1))})
		hex := strings.Trim(color, "(#)")
		dist, err := strconv.ParseInt(hex[:5], 16, 64)
		if err != nil {
			panic(err)
		}
		p2 = append(p2, dirs[hex[5:]].Mul(int(dist)))
	}
	fmt.Println("bounds:", bounds, "size", bounds.Dx(), "x", bounds.Dy())
	fmt.Println("first steps:", p1[:3], p2[:2])
	fmt.Println("in bounds:", image.Pt(3, 3).In(bounds), image.Pt(9, 9).In(bounds))
	fmt.Println("part 1:", area(p1))
	fmt.Println("part 2:", area(p2))
}
