package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

type Result struct {
	Items  []Item
	Weight int
	Value  int
}

func (r Result) String() string {
	names := make([]string, len(r.Items))
	for i, it := range r.Items {
		names[i] = it.Name
	}
	sort.Strings(names)
	return fmt.Sprintf("value=%d weight=%d items=[%s]", r.Value, r.Weight, strings.Join(names, ", "))
}

func knapsack01(items []Item, cap int) Result {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= cap; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				if v := dp[i-1][w-it.Weight] + it.Value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var res Result
	w := cap
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			it := items[i-1]
			res.Items = append(res.Items, it)
			res.Weight += it.Weight
			res.Value += it.Value
			w -= it.Weight
		}
	}
	return res
}

type byRatio []Item

func (b byRatio) Len() int      { return len(b) }
func (b byRatio) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byRatio) Less(i, j int) bool {
	return float64(b[i].Value)/float64(b[i].Weight) > float64(b[j].Value)/float64(b[j].Weight)
}

func fractional(items []Item, cap float64) float64 {
	sorted := append(byRatio(nil), items...)
	sort.Sort(sorted)
	total := 0.0
	for _, it := range sorted {
		if cap <= 0 {
			break
		}
		take := min(cap, float64(it.Weight))
		total += take * float64(it.Value) / float64(it.Weight)
		fmt.Printf("  take %5.1f of %-10s\n", take, it.Name)
		cap -= take
	}
	return total
}

func main() {
	items := []Item{
		{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40},
		{"cheese", 23, 30}, {"beer", 52, 10}, {"suntan", 11, 70}, {"camera", 32, 30},
		{"tshirt", 24, 15}, {"trousers", 48, 10}, {"umbrella", 73, 40}, {"wtrousers", 42, 70},
		{"woverclothes", 43, 75}, {"notecase", 22, 80}, {"sunglasses", 7, 20}, {"towel", 18, 12},
		{"socks", 4, 50}, {"book", 30, 10},
	}
	for _, c := range []int{50, 100, 400} {
		fmt.Printf("cap %3d: %v\n", c, knapsack01(items, c))
	}
	fmt.Printf("fractional(60) = %.2f\n", fractional(items[:8], 60))
	fmt.Printf("%+v\n", items[0])
}
