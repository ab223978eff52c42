package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `1000
2000
3000

4000

5000
6000

7000
8000
9000

10000`

func main() {
	var totals []int
	cur := 0
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			totals = append(totals, cur)
			cur = 0
			continue
		}
		n, err := strconv.Atoi(line)
		if err != nil {
			panic(err)
		}
		cur += n
	}
	totals = append(totals, cur)
	sort.Sort(sort.Reverse(sort.IntSlice(totals)))
	fmt.Println("part 1:", totals[0])
	fmt.Println("part 2:", totals[0]+totals[1]+totals[2])
}
