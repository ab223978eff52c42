package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	var r, c int
search:
	for r = range grid {
		for c = range grid[r] {
			if grid[r][c] == target {
				break search
			}
		}
	}
	if r < len(grid) && c < len(grid[r]) && grid[r][c] == target {
		return r, c, true
	}
	return -1, -1, false
}

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return
}

func primes(limit int) []int {
	var out []int
outer:
	for n := 2; len(out) < limit; n++ {
		for _, p := range out {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue outer
			}
		}
		out = append(out, n)
	}
	return out
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	for _, t := range []int{5, 9, 10} {
		r, c, ok := findPair(grid, t)
		fmt.Printf("find %d: (%d,%d) %v\n", t, r, c, ok)
	}
	for _, n := range []int{1, 6, 7, 27, 97} {
		fmt.Printf("collatz(%d) = %d\n", n, collatz(n))
	}
	fmt.Println(primes(15))
	count := 0
	i := 0
next:
	i++
	switch {
	case i%15 == 0:
		fmt.Print("FizzBuzz ")
	case i%3 == 0:
		fmt.Print("Fizz ")
	case i%5 == 0:
		fmt.Print("Buzz ")
	default:
		count++
		if count > 100 {
			break
		}
		fmt.Print(i, " ")
	}
	if i < 20 {
		goto next
	}
	fmt.Println()
	matrix := [3][3]int{}
rows:
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if c > r {
				continue rows
			}
			matrix[r][c] = r*3 + c
		}
	}
	fmt.Println(matrix)
	sel := 0
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			sel += v
		}
	}
	fmt.Println("sum from channel:", sel)
}
