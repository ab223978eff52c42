package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	var ri, ci int
	found := false
search:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue search
			}
			if v == target {
				ri, ci, found = i, j, true
				break search
			}
		}
	}
	return ri, ci, found
}

func gcdGoto(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func parseState(s string) []string {
	var out []string
	i := 0
start:
	if i >= len(s) {
		goto done
	}
	switch c := s[i]; {
	case c >= '0' && c <= '9':
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		out = append(out, "NUM("+s[i:j]+")")
		i = j
		goto start
	case c == ' ':
		i++
		goto start
	default:
		out = append(out, fmt.Sprintf("SYM(%c)", c))
		i++
		goto start
	}
done:
	return out
}

func main() {
	grid := [][]int{{1, 2, 3}, {-1, 9, 9}, {4, 9, 6}}
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair(grid, 7))
	fmt.Println(gcdGoto(1071, 462), gcdGoto(17, 5))
	fmt.Println(parseState("12 + 345*6"))

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
			count++
		}
	}
	fmt.Println("count:", count)

	ch := make(chan int, 10)
	for i := range 10 {
		ch <- i
	}
	close(ch)
	sum := 0
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
			sum += v
		}
	}
	fmt.Println("sum:", sum)
}
