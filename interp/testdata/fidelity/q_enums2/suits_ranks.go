package main

import (
	"fmt"
	"sort"
	"strings"
)

type Suit uint8
type Rank uint8

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

const (
	Two Rank = iota + 2
	Three
	Four
	Five
	Six
	Seven
	Eight
	Nine
	Ten
	Jack
	Queen
	King
	Ace
)

func (s Suit) String() string { return [...]string{"♣", "♦", "♥", "♠"}[s] }
func (r Rank) String() string {
	if r >= Jack {
		return [...]string{"J", "Q", "K", "A"}[r-Jack]
	}
	return fmt.Sprint(uint8(r))
}

type Symbol interface{ String() string }

type Card struct {
	Rank Rank
	Suit Suit
}

func (c Card) String() string { return c.Rank.String() + c.Suit.String() }

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return strings.Join(parts, " ")
}

func (h Hand) counts() map[Rank]int {
	m := map[Rank]int{}
	for _, c := range h {
		m[c.Rank]++
	}
	return m
}

func (h Hand) Classify() string {
	flush := true
	for _, c := range h[1:] {
		if c.Suit != h[0].Suit {
			flush = false
		}
	}
	var groups []int
	for _, n := range h.counts() {
		groups = append(groups, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(groups)))
	switch {
	case flush:
		return "flush"
	case groups[0] == 4:
		return "four of a kind"
	case groups[0] == 3 && groups[1] == 2:
		return "full house"
	case groups[0] == 3:
		return "three of a kind"
	case groups[0] == 2 && groups[1] == 2:
		return "two pair"
	case groups[0] == 2:
		return "pair"
	}
	return "high card"
}

func main() {
	syms := []Symbol{Hearts, Ace, Ten, Spades, Card{Queen, Diamonds}}
	for _, s := range syms {
		switch v := s.(type) {
		case Suit:
			fmt.Print("suit:", v, " ")
		case Rank:
			fmt.Print("rank:", v, " ")
		default:
			fmt.Print("other:", v, " ")
		}
	}
	fmt.Println()
	fmt.Println(syms)
	hands := []Hand{
		{{Ace, Spades}, {Ace, Hearts}, {King, Clubs}, {King, Diamonds}, {Two, Spades}},
		{{Three, Hearts}, {Nine, Hearts}, {Jack, Hearts}, {Four, Hearts}, {Ace, Hearts}},
		{{Seven, Clubs}, {Seven, Spades}, {Seven, Hearts}, {Ten, Clubs}, {Ten, Spades}},
		{{Two, Clubs}, {Five, Spades}, {Nine, Hearts}, {Queen, Clubs}, {King, Spades}},
	}
	for _, h := range hands {
		sort.Slice(h, func(i, j int) bool { return h[i].Rank > h[j].Rank })
		fmt.Printf("%-16v %s\n", h, h.Classify())
	}
	var any1 any = Spades
	var any2 any = Rank(3)
	_, isRank := any1.(Rank)
	_, isSuit := any2.(Suit)
	fmt.Println(isRank, isSuit, any1 == any2, any1 == any(Spades))
	fmt.Printf("%v %d %v %d\n", any1, any1, any2, any2)
}
