package main

import (
	"fmt"
	"sort"
)

type Suit int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string { return [...]string{"♣", "♦", "♥", "♠"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

type Pair [2]Suit

func main() {
	hands := [][]Card{
		{{10, Hearts}, {11, Spades}},
		{{2, Clubs}, {3, Clubs}},
		{{10, Hearts}, {4, Spades}},
		{{5, Clubs}, {6, Clubs}},
	}
	bySuits := map[Pair]int{}
	for _, h := range hands {
		bySuits[Pair{h[0].Suit, h[1].Suit}]++
	}
	fmt.Println(bySuits)
	fmt.Println(bySuits[Pair{Hearts, Spades}], bySuits[Pair{Clubs, Clubs}])
	seen := map[any]bool{}
	for _, h := range hands {
		seen[Pair{h[0].Suit, h[1].Suit}] = true
		seen[[2]Card{h[0], h[1]}] = true
	}
	fmt.Println(len(seen), seen[Pair{Clubs, Clubs}], seen[[2]Suit{Clubs, Clubs}], seen[[2]int{0, 0}])
	var ks []string
	for k := range seen {
		if p, ok := k.(Pair); ok {
			ks = append(ks, fmt.Sprintf("pair %v", p))
		} else {
			ks = append(ks, fmt.Sprintf("%T", k))
		}
	}
	sort.Strings(ks)
	fmt.Println(ks)
}
