package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = "3,4,3,1,2"

type key struct {
	timer, days int
}

var memo = map[key]int{}

func descendants(timer, days int) int {
	if days <= timer {
		return 1
	}
	k := key{timer, days}
	if v, ok := memo[k]; ok {
		return v
	}
	n := descendants(6, days-timer-1) + descendants(8, days-timer-1)
	memo[k] = n
	return n
}

func simulate(fish []int, days int) int {
	var counts [9]int
	for _, f := range fish {
		counts[f]++
	}
	for d := 0; d < days; d++ {
		zero := counts[0]
		copy(counts[:], counts[1:])
		counts[8] = zero
		counts[6] += zero
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	return total
}

func main() {
	var fish []int
	for _, s := range strings.Split(input, ",") {
		n, err := strconv.Atoi(s)
		if err != nil {
			panic(err)
		}
		fish = append(fish, n)
	}
	for _, days := range []int{18, 80, 256} {
		total := 0
		for _, f := range fish {
			total += descendants(f, days)
		}
		fmt.Printf("after %3d days: memo=%d sim=%d\n", days, total, simulate(fish, days))
	}
	fmt.Println("memo entries > 0:", len(memo) > 0)

	var stones func(n uint64, blinks int) int
	cache := map[[2]uint64]int{}
	stones = func(n uint64, blinks int) int {
		if blinks == 0 {
			return 1
		}
		k := [2]uint64{n, uint64(blinks)}
		if v, ok := cache[k]; ok {
			return v
		}
		var r int
		s := strconv.FormatUint(n, 10)
		switch {
		case n == 0:
			r = stones(1, blinks-1)
		case len(s)%2 == 0:
			a, _ := strconv.ParseUint(s[:len(s)/2], 10, 64)
			b, _ := strconv.ParseUint(s[len(s)/2:], 10, 64)
			r = stones(a, blinks-1) + stones(b, blinks-1)
		default:
			r = stones(n*2024, blinks-1)
		}
		cache[k] = r
		return r
	}
	for _, b := range []int{6, 25, 75} {
		fmt.Println("stones", b, stones(125, b)+stones(17, b))
	}
}
