package main

import (
	"fmt"
	"strings"
)

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		fallthrough
	case n == 1:
		return "tiny"
	case n%2 == 0:
		if n > 100 {
			break
		}
		return "even"
	default:
		return "odd"
	}
	return "big even"
}

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > target {
				break outer
			}
		}
	}
	return -1, -1, false
}

func main() {
	for _, n := range []int{-5, 0, 1, 4, 7, 200} {
		fmt.Printf("%d:%s ", n, classify(n))
	}
	fmt.Println()

	grid := [][]int{{1, 2, 3}, {-1, 50, 60}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 5))
	fmt.Println(findPair(grid, 50))
	fmt.Println(findPair(grid, 8))

	count := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%3 == 0:
			continue
		case i > 10:
			break loop
		}
		count++
	}
	fmt.Println("count", count)

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		switch i {
		case 0, 2:
			sb.WriteString("x")
			fallthrough
		case 1:
			sb.WriteString("y")
		}
	}
	fmt.Println(sb.String())

	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("attempt", i)
		goto retry
	}
	fmt.Println("done after", i)

	x := 5
	switch y := x * 2; {
	case y > 5:
		fmt.Println("y big", y)
	}
	switch v := interface{}(x).(type) {
	case int, int64:
		fmt.Printf("%T %v\n", v, v)
	}
}
