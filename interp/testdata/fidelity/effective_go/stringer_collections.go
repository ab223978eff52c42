package main

import (
	"fmt"
	"sort"
	"strings"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit.String()
}

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return strings.Join(parts, " ")
}

func (h Hand) Len() int      { return len(h) }
func (h Hand) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h Hand) Less(i, j int) bool {
	if h[i].Suit != h[j].Suit {
		return h[i].Suit < h[j].Suit
	}
	return h[i].Rank < h[j].Rank
}

type Deck struct {
	cards []Card
	seed  uint32
}

func (d *Deck) next() uint32 {
	d.seed = d.seed*1664525 + 1013904223
	return d.seed
}

func (d *Deck) Shuffle() {
	for i := len(d.cards) - 1; i > 0; i-- {
		j := int(d.next() % uint32(i+1))
		d.cards[i], d.cards[j] = d.cards[j], d.cards[i]
	}
}

func (d *Deck) Deal(n int) Hand {
	h := Hand(d.cards[:n])
	d.cards = d.cards[n:]
	return h
}

func main() {
	d := &Deck{seed: 42}
	for s := Spades; s <= Clubs; s++ {
		for r := 1; r <= 13; r++ {
			d.cards = append(d.cards, Card{r, s})
		}
	}
	d.Shuffle()
	hands := map[string]Hand{}
	for _, p := range []string{"north", "east", "south", "west"} {
		hands[p] = d.Deal(5)
	}
	players := make([]string, 0, len(hands))
	for p := range hands {
		players = append(players, p)
	}
	sort.Strings(players)
	for _, p := range players {
		h := hands[p]
		sort.Sort(h)
		fmt.Printf("%-6s %v\n", p, h)
	}
	fmt.Println(len(d.cards), "left; top:", d.cards[0], d.cards[:3])
	bySuit := map[Suit][]Card{}
	for _, c := range d.cards[:12] {
		bySuit[c.Suit] = append(bySuit[c.Suit], c)
	}
	fmt.Println(bySuit)
	fmt.Printf("%v %s %d\n", Hearts, Card{12, Hearts}, Card{1, Clubs})
	fmt.Println([]fmt.Stringer{Spades, Card{1, Spades}, Hand{{2, Hearts}, {3, Hearts}}})
}
