package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	var ri, ci int
	found := false
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				ri, ci, found = i, j, true
				break outer
			}
		}
	}
	return ri, ci, found
}

func primesUpTo(n int) []int {
	var ps []int
next:
	for c := 2; c <= n; c++ {
		for _, p := range ps {
			if p*p > c {
				break
			}
			if c%p == 0 {
				continue next
			}
		}
		ps = append(ps, c)
	}
	return ps
}

func collatzSteps(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
}

func parse(tokens []string) (sum int, err error) {
	i := 0
	for i < len(tokens) {
		switch t := tokens[i]; t {
		case "end":
			goto done
		case "skip":
			i += 2
			continue
		default:
			var v int
			if _, e := fmt.Sscan(t, &v); e != nil {
				err = fmt.Errorf("bad token %q at %d", t, i)
				goto done
			}
			sum += v
		}
		i++
	}
done:
	return
}

func main() {
	grid := [][]int{{1, 2, 3}, {-1, 9, 9}, {4, 9, 6}}
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair(grid, 7))
	fmt.Println(primesUpTo(50))
	for _, n := range []int{1, 6, 7, 27} {
		fmt.Printf("collatz(%d)=%d ", n, collatzSteps(n))
	}
	fmt.Println()
	fmt.Println(parse([]string{"1", "2", "skip", "100", "3", "end", "50"}))
	fmt.Println(parse([]string{"1", "x", "3"}))

	count := 0
rows:
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue rows
		case i == 4:
			break rows
		}
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			count++
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println("\ncount:", count)

	ch := make(chan int, 10)
	for i := range 10 {
		ch <- i
	}
	close(ch)
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v%3 == 0 {
				continue recv
			}
			fmt.Print(v, ",")
		}
	}
	fmt.Println()
}
