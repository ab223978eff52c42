package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Result struct {
	Runner  string
	Country string
	Time    float64 // seconds
	DNF     bool
}

type Ranked struct {
	Result
	Standard int // 1224 ranking
	Dense    int // 1223 ranking
	Ordinal  int
}

func rank(results []Result) []Ranked {
	rs := slices.Clone(results)
	slices.SortStableFunc(rs, func(a, b Result) int {
		if a.DNF != b.DNF {
			if a.DNF {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.Time, b.Time)
	})
	out := make([]Ranked, len(rs))
	dense := 0
	for i, r := range rs {
		out[i] = Ranked{Result: r, Ordinal: i + 1}
		if i > 0 && r.Time == rs[i-1].Time && r.DNF == rs[i-1].DNF {
			out[i].Standard = out[i-1].Standard
			out[i].Dense = out[i-1].Dense
		} else {
			dense++
			out[i].Standard = i + 1
			out[i].Dense = dense
		}
	}
	return out
}

func fmtTime(t float64) string {
	m := int(t) / 60
	s := t - float64(m*60)
	return fmt.Sprintf("%d:%05.2f", m, s)
}

func main() {
	results := []Result{
		{"Kip", "KEN", 226.5, false},
		{"Hana", "JPN", 229.1, false},
		{"Ola", "NOR", 226.5, false},
		{"Ben", "GBR", 0, true},
		{"Raj", "IND", 231.0, false},
		{"Lea", "FRA", 229.1, false},
		{"Tom", "USA", 229.1, false},
		{"Zed", "NZL", 0, true},
	}
	ranked := rank(results)
	fmt.Printf("%-4s %-4s %-4s %-5s %-4s %s\n", "std", "dns", "ord", "name", "ctry", "time")
	for _, r := range ranked {
		t := "DNF"
		if !r.DNF {
			t = fmtTime(r.Time)
		}
		fmt.Printf("%-4d %-4d %-4d %-5s %-4s %s\n", r.Standard, r.Dense, r.Ordinal, r.Runner, r.Country, t)
	}
	byCountry := slices.Clone(ranked)
	slices.SortFunc(byCountry, func(a, b Ranked) int {
		return cmp.Or(cmp.Compare(a.Dense, b.Dense), strings.Compare(a.Country, b.Country))
	})
	var codes []string
	for _, r := range byCountry {
		codes = append(codes, r.Country)
	}
	fmt.Println(strings.Join(codes, ","))

	groups := slices.Collect(func(yield func([]Ranked) bool) {
		start := 0
		for i := 1; i <= len(ranked); i++ {
			if i == len(ranked) || ranked[i].Dense != ranked[start].Dense {
				if !yield(ranked[start:i]) {
					return
				}
				start = i
			}
		}
	})
	for _, g := range groups {
		names := make([]string, len(g))
		for i, r := range g {
			names[i] = r.Runner
		}
		fmt.Printf("dense %d: %v\n", g[0].Dense, names)
	}
	i, ok := slices.BinarySearchFunc(ranked, 3, func(r Ranked, d int) int { return cmp.Compare(r.Dense, d) })
	fmt.Println(i, ok, ranked[i].Runner)
	fmt.Println(cmp.Less(1.5, 2.0), cmp.Compare("b", "a"), min(3, 1, 2), max("x", "y"))
}
