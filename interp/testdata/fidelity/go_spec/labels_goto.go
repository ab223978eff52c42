package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v%2 == 0 {
				continue outer
			}
			if v > 6 {
				break outer
			}
			fmt.Println("visit", i, j, v)
		}
	}

	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()

	n := 0
	for {
		n++
		switch {
		case n%3 == 0:
			fmt.Println("fizz", n)
			continue
		case n > 7:
			goto done
		}
		fmt.Println("n", n)
	}
done:
	fmt.Println("done at", n)

	r, c, ok := findPair(grid, 8)
	fmt.Println(r, c, ok)

sel:
	for k := 0; ; k++ {
		ch := make(chan int, 1)
		ch <- k
		select {
		case v := <-ch:
			if v == 2 {
				break sel
			}
			fmt.Println("got", v)
		}
	}
	count := 0
	for x := range 10 {
		if x == 7 {
			break
		}
		switch x % 2 {
		case 0:
			count += x
		default:
			continue
		}
	}
	fmt.Println("count", count)
}
