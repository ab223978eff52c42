package main

import "fmt"

type Cell struct{ R, C int }

func findPair(grid [][]int, target int) (Cell, Cell, bool) {
	for r1, row := range grid {
		for c1, a := range row {
			for r2 := r1; r2 < len(grid); r2++ {
				for c2, b := range grid[r2] {
					if r2 == r1 && c2 <= c1 {
						continue
					}
					if a+b == target {
						return Cell{r1, c1}, Cell{r2, c2}, true
					}
				}
			}
		}
	}
	return Cell{}, Cell{}, false
}

func firstNegativeRow(grid [][]int) int {
	found := -1
rows:
	for i, row := range grid {
		for _, v := range row {
			if v < 0 {
				found = i
				break rows
			}
			if v == 0 {
				continue rows
			}
		}
	}
	return found
}

func retry(attempts int, f func(int) error) (n int, err error) {
	i := 0
again:
	i++
	if err = f(i); err != nil && i < attempts {
		goto again
	}
	return i, err
}

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func main() {
	grid := [][]int{{1, 5, 0, -9}, {7, -2, 3}, {4, 4, 8}}
	a, b, ok := findPair(grid, 11)
	fmt.Println(a, b, ok)
	_, _, ok = findPair(grid, 100)
	fmt.Println(ok, firstNegativeRow(grid), firstNegativeRow([][]int{{1}, {0, -1}}))
	n, err := retry(5, func(i int) error {
		if i < 3 {
			return fmt.Errorf("attempt %d failed", i)
		}
		return nil
	})
	fmt.Println(n, err)
	n, err = retry(2, func(i int) error { return fmt.Errorf("nope %d", i) })
	fmt.Println(n, err)
	fmt.Println(collatz(27), collatz(1), collatz(6))
	count := 0
outer:
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue outer
		case i == 4:
			break outer
		}
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			count += j
		}
	}
	fmt.Println("count", count)
	xs := []string{"a", "b", "STOP", "c"}
	var seen []string
	for _, x := range xs {
		switch x {
		case "STOP":
			goto done
		}
		seen = append(seen, x)
	}
done:
	fmt.Println(seen)
}
