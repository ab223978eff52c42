package main

import (
	"fmt"
	"math/rand"
	"strings"
)

var ranks = []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}
var suits = []string{"s", "h", "d", "c"}

type Card struct{ Rank, Suit string }

func (c Card) String() string { return c.Rank + c.Suit }

func (c Card) Value() int {
	switch c.Rank {
	case "A":
		return 11
	case "J", "Q", "K":
		return 10
	}
	var v int
	fmt.Sscanf(c.Rank, "%d", &v)
	return v
}

type Hand []Card

func (h Hand) Score() (total int, soft bool) {
	aces := 0
	for _, c := range h {
		total += c.Value()
		if c.Rank == "A" {
			aces++
		}
	}
	for total > 21 && aces > 0 {
		total -= 10
		aces--
	}
	return total, aces > 0
}

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	s, soft := h.Score()
	tag := ""
	if soft {
		tag = " soft"
	}
	return fmt.Sprintf("[%s] = %d%s", strings.Join(parts, " "), s, tag)
}

type Shoe struct {
	cards []Card
	rng   *rand.Rand
}

func NewShoe(seed int64) *Shoe {
	s := &Shoe{rng: rand.New(rand.NewSource(seed))}
	for _, su := range suits {
		for _, r := range ranks {
			s.cards = append(s.cards, Card{r, su})
		}
	}
	s.rng.Shuffle(len(s.cards), func(i, j int) { s.cards[i], s.cards[j] = s.cards[j], s.cards[i] })
	return s
}

func (s *Shoe) Draw() Card {
	c := s.cards[0]
	s.cards = s.cards[1:]
	return c
}

func playRound(s *Shoe, round int) int {
	player := Hand{s.Draw(), s.Draw()}
	dealer := Hand{s.Draw(), s.Draw()}
	fmt.Printf("Round %d: player %v, dealer shows %v\n", round, player, dealer[0])
	for {
		p, _ := player.Score()
		if p >= 17 || p > 11 && dealer[0].Value() < 7 {
			break
		}
		player = append(player, s.Draw())
		fmt.Println("  player hits:", player)
	}
	p, _ := player.Score()
	if p > 21 {
		fmt.Println("  player busts")
		return -1
	}
	for {
		d, soft := dealer.Score()
		if d > 17 || d == 17 && !soft {
			break
		}
		dealer = append(dealer, s.Draw())
	}
	d, _ := dealer.Score()
	fmt.Println("  dealer:", dealer)
	switch {
	case d > 21 || p > d:
		fmt.Println("  player wins")
		return 1
	case p < d:
		fmt.Println("  dealer wins")
		return -1
	}
	fmt.Println("  push")
	return 0
}

func main() {
	shoe := NewShoe(21)
	bank := 0
	for round := 1; round <= 6; round++ {
		bank += playRound(shoe, round) * 10
	}
	fmt.Println("net result:", bank, "cards left:", len(shoe.cards))
	fmt.Println(Hand{{"A", "s"}, {"A", "h"}, {"9", "d"}})
}
