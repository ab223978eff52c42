package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	moves := "RRULLDDR"
	pos := Point{}
	visits := map[Point]int{pos: 1}
	for _, m := range moves {
		switch m {
		case 'R':
			pos.X++
		case 'L':
			pos.X--
		case 'U':
			pos.Y++
		case 'D':
			pos.Y--
		}
		visits[pos]++
	}
	fmt.Println("final", pos, "distinct", len(visits))
	fmt.Println(visits[Point{0, 0}], visits[Point{1, 0}])
	fmt.Println(visits)
}
