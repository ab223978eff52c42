package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Player struct {
	Name    string
	Team    string
	Points  int
	Assists int
	Games   int
}

func (p Player) PPG() float64 { return float64(p.Points) / float64(p.Games) }

func main() {
	players := []Player{
		{"Ava", "Reds", 120, 30, 10},
		{"Ben", "Blues", 95, 41, 9},
		{"Cal", "Reds", 120, 22, 12},
		{"Dia", "Greens", 88, 50, 8},
		{"Eli", "Blues", 120, 30, 10},
		{"Fox", "Greens", 60, 12, 6},
		{"Gus", "Reds", 95, 41, 9},
	}

	byScore := slices.Clone(players)
	slices.SortFunc(byScore, func(a, b Player) int {
		return cmp.Or(
			-cmp.Compare(a.Points, b.Points),
			-cmp.Compare(a.Assists, b.Assists),
			cmp.Compare(a.Name, b.Name),
		)
	})
	fmt.Println("Rank  Name  Team    Pts  Ast  PPG")
	rank := 0
	for i, p := range byScore {
		if i == 0 || p.Points != byScore[i-1].Points || p.Assists != byScore[i-1].Assists {
			rank = i + 1
		}
		fmt.Printf("%4d  %-4s  %-6s  %3d  %3d  %5.2f\n", rank, p.Name, p.Team, p.Points, p.Assists, p.PPG())
	}

	byTeam := slices.Clone(players)
	slices.SortStableFunc(byTeam, func(a, b Player) int { return strings.Compare(a.Team, b.Team) })
	for _, p := range byTeam {
		fmt.Print(p.Team[:1], ":", p.Name, " ")
	}
	fmt.Println()

	idx, found := slices.BinarySearchFunc(byScore, 95, func(p Player, pts int) int {
		return -cmp.Compare(p.Points, pts)
	})
	fmt.Println("first with 95:", idx, found, byScore[idx].Name)
	idx, found = slices.BinarySearchFunc(byScore, 100, func(p Player, pts int) int {
		return -cmp.Compare(p.Points, pts)
	})
	fmt.Println("insert 100 at:", idx, found)

	best := slices.MaxFunc(players, func(a, b Player) int { return cmp.Compare(a.PPG(), b.PPG()) })
	worst := slices.MinFunc(players, func(a, b Player) int { return cmp.Compare(a.PPG(), b.PPG()) })
	fmt.Printf("best %s %.3f, worst %s %.3f\n", best.Name, best.PPG(), worst.Name, worst.PPG())

	teams := map[string][]string{}
	for _, p := range players {
		teams[p.Team] = append(teams[p.Team], p.Name)
	}
	keys := make([]string, 0, len(teams))
	for k := range teams {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		names := teams[k]
		slices.SortFunc(names, func(a, b string) int { return cmp.Compare(b, a) })
		fmt.Printf("%s=%v\n", k, names)
	}
	fmt.Println(slices.IsSortedFunc(byScore, func(a, b Player) int { return cmp.Compare(b.Points, a.Points) }))
}
