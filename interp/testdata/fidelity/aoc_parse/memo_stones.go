// Blinking stones (AoC 2024 day 11 style): a counting recursion made
// tractable with a memo keyed by a struct.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = "125 17 0 9 2024"

type key struct {
	stone uint64
	steps int
}

type Solver struct {
	memo  map[key]int
	calls int
}

func digits(n uint64) int {
	return len(strconv.FormatUint(n, 10))
}

func split(n uint64) (uint64, uint64) {
	s := strconv.FormatUint(n, 10)
	half := len(s) / 2
	a, _ := strconv.ParseUint(s[:half], 10, 64)
	b, _ := strconv.ParseUint(s[half:], 10, 64)
	return a, b
}

func (s *Solver) count(stone uint64, steps int) int {
	if steps == 0 {
		return 1
	}
	k := key{stone, steps}
	if v, ok := s.memo[k]; ok {
		return v
	}
	s.calls++
	var res int
	switch {
	case stone == 0:
		res = s.count(1, steps-1)
	case digits(stone)%2 == 0:
		a, b := split(stone)
		res = s.count(a, steps-1) + s.count(b, steps-1)
	default:
		res = s.count(stone*2024, steps-1)
	}
	s.memo[k] = res
	return res
}

func blinkOnce(stones []uint64) []uint64 {
	var out []uint64
	for _, st := range stones {
		switch {
		case st == 0:
			out = append(out, 1)
		case digits(st)%2 == 0:
			a, b := split(st)
			out = append(out, a, b)
		default:
			out = append(out, st*2024)
		}
	}
	return out
}

func main() {
	var stones []uint64
	for _, f := range strings.Fields(input) {
		v, err := strconv.ParseUint(f, 10, 64)
		if err != nil {
			panic(err)
		}
		stones = append(stones, v)
	}

	cur := stones
	for i := 1; i <= 4; i++ {
		cur = blinkOnce(cur)
		fmt.Printf("after %d: %d stones %v\n", i, len(cur), cur[:min(len(cur), 8)])
	}

	s := &Solver{memo: make(map[key]int)}
	for _, steps := range []int{6, 25, 75} {
		total := 0
		for _, st := range stones {
			total += s.count(st, steps)
		}
		fmt.Printf("%2d blinks: %d\n", steps, total)
	}
	fmt.Println("memo entries:", len(s.memo), "calls:", s.calls)
}
