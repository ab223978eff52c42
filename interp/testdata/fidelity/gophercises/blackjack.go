package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Suit uint8

const (
	Spade Suit = iota
	Diamond
	Club
	Heart
	Joker
)

var suits = [...]Suit{Spade, Diamond, Club, Heart}

func (s Suit) String() string {
	return [...]string{"Spade", "Diamond", "Club", "Heart", "Joker"}[s]
}

type Rank uint8

const (
	_ Rank = iota
	Ace
	Two
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
)

const (
	minRank = Ace
	maxRank = King
)

func (r Rank) String() string {
	names := []string{"", "Ace", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Jack", "Queen", "King"}
	return names[r]
}

type Card struct {
	Suit
	Rank
}

func (c Card) String() string {
	if c.Suit == Joker {
		return c.Suit.String()
	}
	return fmt.Sprintf("%s of %ss", c.Rank.String(), c.Suit.String())
}

func New(opts ...func([]Card) []Card) []Card {
	var cards []Card
	for _, suit := range suits {
		for rank := minRank; rank <= maxRank; rank++ {
			cards = append(cards, Card{Suit: suit, Rank: rank})
		}
	}
	for _, opt := range opts {
		cards = opt(cards)
	}
	return cards
}

func absRank(c Card) int { return int(c.Suit)*int(maxRank) + int(c.Rank) }

func Less(cards []Card) func(i, j int) bool {
	return func(i, j int) bool { return absRank(cards[i]) < absRank(cards[j]) }
}

func DefaultSort(cards []Card) []Card {
	sort.Slice(cards, Less(cards))
	return cards
}

func Shuffle(seed int64) func([]Card) []Card {
	return func(cards []Card) []Card {
		r := rand.New(rand.NewSource(seed))
		r.Shuffle(len(cards), func(i, j int) { cards[i], cards[j] = cards[j], cards[i] })
		return cards
	}
}

func Jokers(n int) func([]Card) []Card {
	return func(cards []Card) []Card {
		for i := 0; i < n; i++ {
			cards = append(cards, Card{Rank: Rank(i), Suit: Joker})
		}
		return cards
	}
}

type Hand []Card

func (h Hand) Score() int {
	score, aces := 0, 0
	for _, c := range h {
		score += min(int(c.Rank), 10)
		if c.Rank == Ace {
			aces++
		}
	}
	if aces > 0 && score+10 <= 21 {
		score += 10
	}
	return score
}

func (h Hand) String() string {
	strs := make([]string, len(h))
	for i := range h {
		strs[i] = h[i].String()
	}
	return strings.Join(strs, ", ")
}

func main() {
	deck := New()
	fmt.Println(len(deck), deck[0], deck[12], deck[51])
	fmt.Printf("%v | %+v | %d\n", deck[13], deck[13], deck[13])
	deck = New(Jokers(2), Shuffle(42), DefaultSort)
	fmt.Println(len(deck), deck[:3], deck[len(deck)-2:])
	deck = New(Shuffle(7))
	var player, dealer Hand
	for i := 0; i < 2; i++ {
		for _, h := range []*Hand{&player, &dealer} {
			*h = append(*h, deck[0])
			deck = deck[1:]
		}
	}
	for player.Score() < 17 {
		player = append(player, deck[0])
		deck = deck[1:]
	}
	for dealer.Score() <= 16 {
		dealer = append(dealer, deck[0])
		deck = deck[1:]
	}
	fmt.Printf("player: %s (%d)\n", player, player.Score())
	fmt.Printf("dealer: %s (%d)\n", dealer, dealer.Score())
	fmt.Println(Hand{{Spade, Ace}, {Heart, King}}.Score(), Hand{{Spade, Ace}, {Club, Ace}, {Heart, Nine}}.Score())
}
