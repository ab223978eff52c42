package main

import (
	"fmt"
	"slices"
	"strings"
)

const hands = `32T3K 765
T55J5 684
KK677 28
KTJJT 220
QQQJA 483`

type HandType int

const (
	HighCard HandType = iota
	OnePair
	TwoPair
	ThreeKind
	FullHouse
	FourKind
	FiveKind
)

func (t HandType) String() string {
	return [...]string{"high card", "one pair", "two pair", "three of a kind", "full house", "four of a kind", "five of a kind"}[t]
}

type Hand struct {
	Cards string
	Bid   int
	Type  HandType
}

func classify(cards string, jokers bool) HandType {
	counts := map[rune]int{}
	j := 0
	for _, c := range cards {
		if jokers && c == 'J' {
			j++
			continue
		}
		counts[c]++
	}
	var vals []int
	for _, n := range counts {
		vals = append(vals, n)
	}
	slices.Sort(vals)
	slices.Reverse(vals)
	if len(vals) == 0 {
		vals = []int{0}
	}
	vals[0] += j
	switch {
	case vals[0] == 5:
		return FiveKind
	case vals[0] == 4:
		return FourKind
	case vals[0] == 3 && vals[1] == 2:
		return FullHouse
	case vals[0] == 3:
		return ThreeKind
	case vals[0] == 2 && vals[1] == 2:
		return TwoPair
	case vals[0] == 2:
		return OnePair
	}
	return HighCard
}

func winnings(jokers bool) int {
	order := "23456789TJQKA"
	if jokers {
		order = "J23456789TQKA"
	}
	var hs []Hand
	for _, line := range strings.Split(hands, "\n") {
		var h Hand
		fmt.Sscan(line, &h.Cards, &h.Bid)
		h.Type = classify(h.Cards, jokers)
		hs = append(hs, h)
	}
	slices.SortFunc(hs, func(a, b Hand) int {
		if a.Type != b.Type {
			return int(a.Type) - int(b.Type)
		}
		for i := range a.Cards {
			if d := strings.IndexByte(order, a.Cards[i]) - strings.IndexByte(order, b.Cards[i]); d != 0 {
				return d
			}
		}
		return 0
	})
	total := 0
	for rank, h := range hs {
		fmt.Printf("  #%d %s %-16v bid %3d\n", rank+1, h.Cards, h.Type, h.Bid)
		total += (rank + 1) * h.Bid
	}
	return total
}

func main() {
	fmt.Println("without jokers:")
	fmt.Println("total winnings:", winnings(false))
	fmt.Println("with jokers:")
	fmt.Println("total winnings:", winnings(true))
}
