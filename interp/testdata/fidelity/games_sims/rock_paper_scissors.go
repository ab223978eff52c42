package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Move int

const (
	Rock Move = iota
	Paper
	Scissors
)

var moveNames = []string{"rock", "paper", "scissors"}

func (m Move) String() string    { return moveNames[m] }
func (m Move) Beats(o Move) bool { return (m+3-o)%3 == 1 }

type Strategy interface {
	Next(history []Move) Move
	Name() string
}

type Random struct{ r *rand.Rand }

func (s Random) Next([]Move) Move { return Move(s.r.Intn(3)) }
func (Random) Name() string       { return "random" }

type Copycat struct{}

func (Copycat) Next(h []Move) Move {
	if len(h) == 0 {
		return Rock
	}
	return h[len(h)-1]
}
func (Copycat) Name() string { return "copycat" }

type Counter struct{ counts [3]int }

func (c *Counter) Next(h []Move) Move {
	if len(h) > 0 {
		c.counts[h[len(h)-1]]++
	}
	best := Rock
	for m := Paper; m <= Scissors; m++ {
		if c.counts[m] > c.counts[best] {
			best = m
		}
	}
	return (best + 1) % 3
}
func (c *Counter) Name() string { return "counter" }

func play(a, b Strategy, rounds int, verbose bool) (int, int, int) {
	var ha, hb []Move
	wa, wb, draws := 0, 0, 0
	for i := 0; i < rounds; i++ {
		ma, mb := a.Next(hb), b.Next(ha)
		ha, hb = append(ha, ma), append(hb, mb)
		res := "draw"
		switch {
		case ma.Beats(mb):
			wa++
			res = a.Name()
		case mb.Beats(ma):
			wb++
			res = b.Name()
		default:
			draws++
		}
		if verbose {
			fmt.Printf("  %-8v vs %-8v -> %s\n", ma, mb, res)
		}
	}
	return wa, wb, draws
}

func main() {
	r := rand.New(rand.NewSource(99))
	fmt.Println(Rock.Beats(Scissors), Scissors.Beats(Paper), Paper.Beats(Rock), Rock.Beats(Paper))
	play(Random{r}, Copycat{}, 6, true)
	strategies := []func() Strategy{
		func() Strategy { return Random{r} },
		func() Strategy { return Copycat{} },
		func() Strategy { return &Counter{} },
	}
	fmt.Printf("%-9s", "")
	for _, s := range strategies {
		fmt.Printf("%-12s", s().Name())
	}
	fmt.Println()
	for _, mk := range strategies {
		a := mk()
		var row []string
		for _, mk2 := range strategies {
			wa, wb, d := play(a, mk2(), 100, false)
			row = append(row, fmt.Sprintf("%3d/%3d/%3d", wa, wb, d))
		}
		fmt.Printf("%-9s%s\n", a.Name(), strings.Join(row, " "))
	}
}
