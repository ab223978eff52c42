// A three-clause for loop with an init statement but neither condition nor
// post statement, for i := 0; ; { ... }: the body moves its variable up
// and down, and continue goes on with the value the body left.
package main

import "fmt"

// depth walks a small tree of choices with an explicit stack index.
func depth(n int) int {
	var tries [8]int
	best := 0
	for level := 0; ; {
		tries[level]++
		if tries[level] > n {
			if level == 0 {
				break
			}
			level--
			continue
		}
		if level+1 > best {
			best = level + 1
		}
		if level < n-1 {
			level++
			tries[level] = 0
		}
	}
	return best
}

// firstSquareAbove ends in such a loop: the function needs no return after it.
func firstSquareAbove(limit int) int {
	for i, sq := 1, 1; ; {
		if sq > limit {
			return sq
		}
		i++
		sq = i * i
	}
}

func main() {
	for n := 1; n <= 4; n++ {
		fmt.Println("depth", n, depth(n))
	}
	fmt.Println(firstSquareAbove(50))

	var shown []func() string
	steps := 0
outer:
	for x := 0; ; {
		steps++
		switch {
		case x > 6:
			break outer
		case x%2 == 1:
			x += 3
			continue outer
		}
		x++
		shown = append(shown, func() string { return fmt.Sprint("x=", x) })
	}
	for _, f := range shown {
		fmt.Print(f(), " ")
	}
	fmt.Println("steps", steps)
}
