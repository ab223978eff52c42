package main

import "fmt"

func collatzLen(n int, cache map[int]int) int {
	if n == 1 {
		return 1
	}
	if v, ok := cache[n]; ok {
		return v
	}
	var next int
	if n%2 == 0 {
		next = n / 2
	} else {
		next = 3*n + 1
	}
	l := 1 + collatzLen(next, cache)
	cache[n] = l
	return l
}

func main() {
	cache := map[int]int{}
	best, bestLen := 0, 0
	for i := 1; i < 10000; i++ {
		if l := collatzLen(i, cache); l > bestLen {
			best, bestLen = i, l
		}
	}
	fmt.Println(best, bestLen)

	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("27 takes", steps, "steps")
}
