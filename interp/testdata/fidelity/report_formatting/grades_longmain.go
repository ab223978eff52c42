package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	type student struct {
		name   string
		scores []float64
	}
	roster := []student{
		{"Zoë", []float64{88, 92.5, 79}},
		{"Liam", []float64{65, 70, 58.5}},
		{"Ana María", []float64{99, 97, 100}},
		{"Bo", []float64{}},
		{"Chen", []float64{72, 85, 91}},
	}
	letter := func(avg float64) string {
		switch {
		case avg >= 90:
			return "A"
		case avg >= 80:
			return "B"
		case avg >= 70:
			return "C"
		case avg >= 60:
			return "D"
		}
		return "F"
	}
	avgs := map[string]float64{}
	fmt.Printf("%-10s|%s|%6s|%s\n", "Student", strings.Repeat(" ", 3)+"Scores"+strings.Repeat(" ", 10), "Avg", "Grade")
	fmt.Println(strings.Repeat("-", 10) + "+" + strings.Repeat("-", 19) + "+" + strings.Repeat("-", 6) + "+" + "-----")
	for _, s := range roster {
		if len(s.scores) == 0 {
			fmt.Printf("%-10s|%-19s|%6s|%s\n", s.name, " (no scores)", "n/a", "-")
			continue
		}
		total := 0.0
		parts := make([]string, len(s.scores))
		for i, sc := range s.scores {
			total += sc
			parts[i] = fmt.Sprintf("%5.1f", sc)
		}
		avg := total / float64(len(s.scores))
		avgs[s.name] = avg
		name := s.name
		if n := len([]rune(name)); n < 10 {
			name += strings.Repeat(" ", 10-n)
		}
		fmt.Printf("%s|%-19s|%6.2f|  %s\n", name, " "+strings.Join(parts, " "), avg, letter(avg))
	}
	names := make([]string, 0, len(avgs))
	for n := range avgs {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return avgs[names[i]] > avgs[names[j]] })
	fmt.Println()
	for rank, n := range names {
		medal := map[int]string{0: "🥇", 1: "🥈", 2: "🥉"}[rank]
		fmt.Printf("%d. %-10s %6.2f %s\n", rank+1, n, avgs[n], medal)
	}
	dist := map[string]int{}
	for _, a := range avgs {
		dist[letter(a)]++
	}
	fmt.Print("distribution:")
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf(" %s=%d", g, dist[g])
	}
	fmt.Println()
	fmt.Printf("%v %d %t\n", len(roster), len(avgs), avgs["Bo"] == 0)
	var best, worst string
	for n, a := range avgs {
		if best == "" || a > avgs[best] {
			best = n
		}
		if worst == "" || a < avgs[worst] {
			worst = n
		}
	}
	fmt.Printf("best %q worst %q spread %.3f\n", best, worst, avgs[best]-avgs[worst])
	fmt.Printf("%+v\n", roster[0])
	fmt.Printf("%v\n", roster[3])
}
