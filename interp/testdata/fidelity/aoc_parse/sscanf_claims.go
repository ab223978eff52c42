// Overlapping fabric claims, parsed with fmt.Sscanf (AoC 2018 day 3 style).
package main

import (
	"fmt"
	"strings"
)

const input = `#1 @ 1,3: 4x4
#2 @ 3,1: 4x4
#3 @ 5,5: 2x2
#4 @ 0,0: 2x1
#5 @ 6,0: 3x3
#6 @ 2,2: 1x5`

type Claim struct {
	ID, X, Y, W, H int
}

func parseClaims(s string) ([]Claim, error) {
	var claims []Claim
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		var c Claim
		n, err := fmt.Sscanf(line, "#%d @ %d,%d: %dx%d", &c.ID, &c.X, &c.Y, &c.W, &c.H)
		if err != nil {
			return nil, fmt.Errorf("line %q: parsed %d fields: %w", line, n, err)
		}
		claims = append(claims, c)
	}
	return claims, nil
}

func main() {
	claims, err := parseClaims(input)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(len(claims), "claims; last:", claims[len(claims)-1])

	type cell [2]int
	counts := make(map[cell]int)
	for _, c := range claims {
		for x := c.X; x < c.X+c.W; x++ {
			for y := c.Y; y < c.Y+c.H; y++ {
				counts[cell{x, y}]++
			}
		}
	}
	overlap := 0
	for _, n := range counts {
		if n > 1 {
			overlap++
		}
	}
	fmt.Println("part 1:", overlap)

	for _, c := range claims {
		alone := true
		for x := c.X; x < c.X+c.W && alone; x++ {
			for y := c.Y; y < c.Y+c.H; y++ {
				if counts[cell{x, y}] > 1 {
					alone = false
					break
				}
			}
		}
		if alone {
			fmt.Printf("part 2: claim %d (%+v)\n", c.ID, c)
		}
	}

	var grid [9][9]rune
	for y := range grid {
		for x := range grid[y] {
			switch n := counts[cell{x, y}]; {
			case n == 0:
				grid[y][x] = '.'
			case n == 1:
				grid[y][x] = '1'
			default:
				grid[y][x] = 'X'
			}
		}
		fmt.Println(string(grid[y][:]))
	}

	_, err = parseClaims("#7 @ 1,2: 3by4")
	fmt.Println(err)

	var name string
	var qty int
	var price float64
	n, _ := fmt.Sscanf("widget 12 3.75", "%s %d %f", &name, &qty, &price)
	fmt.Println(n, name, qty, price*float64(qty))
}
