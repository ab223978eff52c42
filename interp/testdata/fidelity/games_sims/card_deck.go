package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Suit int
type Rank int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string { return [...]string{"♣", "♦", "♥", "♠"}[s] }

func (r Rank) String() string {
	switch r {
	case 11:
		return "J"
	case 12:
		return "Q"
	case 13:
		return "K"
	case 14:
		return "A"
	}
	return fmt.Sprint(int(r))
}

type Card struct {
	Rank Rank
	Suit Suit
}

func (c Card) String() string { return c.Rank.String() + c.Suit.String() }

type Deck []Card

func NewDeck() Deck {
	d := make(Deck, 0, 52)
	for s := Clubs; s <= Spades; s++ {
		for r := Rank(2); r <= 14; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

func (d *Deck) Deal(n int) []Card {
	hand := (*d)[:n:n]
	*d = (*d)[n:]
	return hand
}

func classify(hand []Card) string {
	counts := map[Rank]int{}
	suits := map[Suit]int{}
	for _, c := range hand {
		counts[c.Rank]++
		suits[c.Suit]++
	}
	var groups []int
	for _, n := range counts {
		groups = append(groups, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(groups)))
	flush := len(suits) == 1
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
	deck := NewDeck()
	fmt.Println(len(deck), deck[:5], deck[51])
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	stats := map[string]int{}
	for hand := 1; len(deck) >= 5; hand++ {
		h := deck.Deal(5)
		sort.Slice(h, func(i, j int) bool {
			if h[i].Rank != h[j].Rank {
				return h[i].Rank > h[j].Rank
			}
			return h[i].Suit < h[j].Suit
		})
		kind := classify(h)
		stats[kind]++
		strs := make([]string, len(h))
		for i, c := range h {
			strs[i] = fmt.Sprintf("%3s", c)
		}
		fmt.Printf("hand %2d: %s  => %s\n", hand, strings.Join(strs, " "), kind)
	}
	fmt.Println("left in deck:", deck)
	kinds := make([]string, 0, len(stats))
	for k := range stats {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("%-16s %d\n", k, stats[k])
	}
	fmt.Println(r.IntN(100), r.IntN(100))
}
