package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
)

type Team struct {
	Name   string
	Rating int
	Wins   int
}

type Match struct {
	Round  int
	A, B   *Team
	Winner *Team
	Score  [2]int
}

func (m Match) String() string {
	return fmt.Sprintf("R%d %s %d-%d %s => %s", m.Round, m.A.Name, m.Score[0], m.Score[1], m.B.Name, m.Winner.Name)
}

// play is deterministic: a hash of the names decides the upset chance.
func play(round int, a, b *Team) Match {
	h := fnv.New32a()
	h.Write([]byte(fmt.Sprintf("%d:%s:%s", round, a.Name, b.Name)))
	roll := int(h.Sum32() % 100)
	sa := a.Rating/10 + roll%4
	sb := b.Rating/10 + (roll/4)%4
	if sa == sb {
		if roll%2 == 0 {
			sa++
		} else {
			sb++
		}
	}
	m := Match{Round: round, A: a, B: b, Score: [2]int{sa, sb}}
	if sa > sb {
		m.Winner = a
	} else {
		m.Winner = b
	}
	m.Winner.Wins++
	return m
}

func bracket(teams []*Team) (*Team, []Match) {
	sort.SliceStable(teams, func(i, j int) bool { return teams[i].Rating > teams[j].Rating })
	// seed 1 vs last, 2 vs second last, ...
	round := make([]*Team, 0, len(teams))
	for i := 0; i < len(teams)/2; i++ {
		round = append(round, teams[i], teams[len(teams)-1-i])
	}
	var matches []Match
	for r := 1; len(round) > 1; r++ {
		var next []*Team
		for i := 0; i+1 < len(round); i += 2 {
			m := play(r, round[i], round[i+1])
			matches = append(matches, m)
			next = append(next, m.Winner)
		}
		round = next
	}
	return round[0], matches
}

func main() {
	names := "Lions Tigers Bears Wolves Eagles Sharks Hawks Bulls"
	var teams []*Team
	for i, n := range strings.Fields(names) {
		teams = append(teams, &Team{Name: n, Rating: 50 + (i*37)%45})
	}
	champ, matches := bracket(teams)
	round := 0
	for _, m := range matches {
		if m.Round != round {
			round = m.Round
			fmt.Printf("--- round %d ---\n", round)
		}
		fmt.Println(m)
	}
	fmt.Printf("champion: %s (rating %d, %d wins)\n", champ.Name, champ.Rating, champ.Wins)
	sort.Slice(teams, func(i, j int) bool {
		if teams[i].Wins != teams[j].Wins {
			return teams[i].Wins > teams[j].Wins
		}
		return teams[i].Name < teams[j].Name
	})
	for i, t := range teams {
		fmt.Printf("%d. %-7s wins=%d rating=%d\n", i+1, t.Name, t.Wins, t.Rating)
	}
	fmt.Printf("%v\n", *teams[0])
}
