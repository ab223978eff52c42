package main

import (
	"fmt"
	"strconv"
	"strings"
)

const records = `???.### 1,1,3
.??..??...?##. 1,1,3
?#?#?#?#?#?#?#? 1,3,1,6
????.#...#... 4,1,1
????.######..#####. 1,6,5
?###???????? 3,2,1`

type key struct {
	i, g, run int
}

func arrangements(s string, groups []int) int {
	memo := make(map[key]int)
	var count func(i, g, run int) int
	count = func(i, g, run int) int {
		if i == len(s) {
			if g == len(groups) && run == 0 {
				return 1
			}
			if g == len(groups)-1 && groups[g] == run {
				return 1
			}
			return 0
		}
		k := key{i, g, run}
		if v, ok := memo[k]; ok {
			return v
		}
		total := 0
		for _, c := range []byte{'.', '#'} {
			if s[i] != '?' && s[i] != c {
				continue
			}
			if c == '#' {
				if g < len(groups) && run < groups[g] {
					total += count(i+1, g, run+1)
				}
			} else if run == 0 {
				total += count(i+1, g, 0)
			} else if g < len(groups) && run == groups[g] {
				total += count(i+1, g+1, 0)
			}
		}
		memo[k] = total
		return total
	}
	return count(0, 0, 0)
}

func unfold(s string, groups []int, n int) (string, []int) {
	parts := make([]string, n)
	var gs []int
	for i := range n {
		parts[i] = s
		gs = append(gs, groups...)
	}
	return strings.Join(parts, "?"), gs
}

func main() {
	sum1, sum2 := 0, 0
	for _, line := range strings.Split(records, "\n") {
		pattern, list, _ := strings.Cut(line, " ")
		var groups []int
		for _, f := range strings.Split(list, ",") {
			n, _ := strconv.Atoi(f)
			groups = append(groups, n)
		}
		a := arrangements(pattern, groups)
		up, ug := unfold(pattern, groups, 5)
		b := arrangements(up, ug)
		fmt.Printf("%-22s %-10v %3d %8d\n", pattern, groups, a, b)
		sum1 += a
		sum2 += b
	}
	fmt.Println("sum:", sum1, "unfolded:", sum2)
}
