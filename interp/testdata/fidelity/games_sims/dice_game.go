package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Player struct {
	Name   string
	Score  int
	Rolls  []int
	Busted bool
}

type Game struct {
	rng     *rand.Rand
	players []*Player
	target  int
}

func (g *Game) roll() int { return g.rng.Intn(6) + 1 }

func (g *Game) turn(p *Player) {
	turnTotal := 0
	for i := 0; i < 3; i++ {
		r := g.roll()
		p.Rolls = append(p.Rolls, r)
		if r == 1 {
			fmt.Printf("  %s rolled a 1, loses %d points of this turn\n", p.Name, turnTotal)
			return
		}
		turnTotal += r
		if p.Score+turnTotal >= g.target {
			break
		}
	}
	p.Score += turnTotal
	fmt.Printf("  %s banks %d (total %d)\n", p.Name, turnTotal, p.Score)
}

func (g *Game) Play() *Player {
	for round := 1; round <= 20; round++ {
		fmt.Printf("Round %d\n", round)
		for _, p := range g.players {
			g.turn(p)
			if p.Score >= g.target {
				return p
			}
		}
	}
	return nil
}

func histogram(rolls []int) string {
	counts := make([]int, 7)
	for _, r := range rolls {
		counts[r]++
	}
	var sb strings.Builder
	for face := 1; face <= 6; face++ {
		fmt.Fprintf(&sb, "%d: %s (%d)\n", face, strings.Repeat("#", counts[face]), counts[face])
	}
	return sb.String()
}

func main() {
	g := &Game{
		rng:    rand.New(rand.NewSource(42)),
		target: 30,
		players: []*Player{
			{Name: "Ann"}, {Name: "Ben"}, {Name: "Cid"},
		},
	}
	winner := g.Play()
	if winner != nil {
		fmt.Println("Winner:", winner.Name, "with", winner.Score)
	}
	ranked := append([]*Player(nil), g.players...)
	sort.SliceStable(ranked, func(i, j int) bool { return ranked[i].Score > ranked[j].Score })
	for i, p := range ranked {
		fmt.Printf("%d. %-4s %3d pts, %2d rolls\n", i+1, p.Name, p.Score, len(p.Rolls))
	}
	var all []int
	for _, p := range g.players {
		all = append(all, p.Rolls...)
	}
	fmt.Print(histogram(all))

	r := rand.New(rand.NewSource(7))
	perm := r.Perm(8)
	fmt.Println("perm:", perm)
	r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
	fmt.Println("shuffled:", perm)
	fmt.Printf("float: %.4f int63: %d\n", r.Float64(), r.Int63()%1000)
}
