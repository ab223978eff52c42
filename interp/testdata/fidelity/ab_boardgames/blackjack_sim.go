package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Suit uint8
type Rank uint8

type Card struct {
	Rank Rank
	Suit Suit
}

func (s Suit) String() string { return string("♠♥♦♣"[s*3 : s*3+3]) }

func (r Rank) String() string {
	switch r {
	case 1:
		return "A"
	case 11:
		return "J"
	case 12:
		return "Q"
	case 13:
		return "K"
	}
	return fmt.Sprint(uint8(r))
}

func (c Card) String() string { return c.Rank.String() + c.Suit.String() }

type Deck struct {
	cards []Card
	rng   *rand.Rand
}

func NewDeck(seed int64, decks int) *Deck {
	d := &Deck{rng: rand.New(rand.NewSource(seed))}
	for n := 0; n < decks; n++ {
		for s := Suit(0); s < 4; s++ {
			for r := Rank(1); r <= 13; r++ {
				d.cards = append(d.cards, Card{r, s})
			}
		}
	}
	d.rng.Shuffle(len(d.cards), func(i, j int) { d.cards[i], d.cards[j] = d.cards[j], d.cards[i] })
	return d
}

func (d *Deck) Draw() Card {
	c := d.cards[0]
	d.cards = d.cards[1:]
	return c
}

type Hand []Card

func (h Hand) Value() (total int, soft bool) {
	aces := 0
	for _, c := range h {
		switch {
		case c.Rank == 1:
			aces++
			total += 11
		case c.Rank >= 10:
			total += 10
		default:
			total += int(c.Rank)
		}
	}
	for total > 21 && aces > 0 {
		total -= 10
		aces--
	}
	return total, aces > 0
}

type Strategy interface {
	Hit(h Hand, dealerUp Card) bool
}

type Threshold int

func (t Threshold) Hit(h Hand, _ Card) bool { v, _ := h.Value(); return v < int(t) }

type Basic struct{}

func (Basic) Hit(h Hand, up Card) bool {
	v, soft := h.Value()
	upv, _ := Hand{up}.Value()
	switch {
	case soft:
		return v < 18 || (v == 18 && upv >= 9)
	case v <= 11:
		return true
	case v == 12:
		return upv < 4 || upv > 6
	case v <= 16:
		return upv >= 7
	}
	return false
}

type Outcome int

const (
	Lose Outcome = iota - 1
	Push
	Win
)

func playRound(d *Deck, s Strategy) (Outcome, Hand, Hand) {
	p, dl := Hand{d.Draw(), d.Draw()}, Hand{d.Draw(), d.Draw()}
	for s.Hit(p, dl[0]) {
		p = append(p, d.Draw())
	}
	pv, _ := p.Value()
	if pv > 21 {
		return Lose, p, dl
	}
	for {
		v, soft := dl.Value()
		if v > 17 || v == 17 && !soft {
			break
		}
		dl = append(dl, d.Draw())
	}
	dv, _ := dl.Value()
	switch {
	case dv > 21 || pv > dv:
		return Win, p, dl
	case pv < dv:
		return Lose, p, dl
	}
	return Push, p, dl
}

func main() {
	strategies := map[string]Strategy{"never": Threshold(0), "t15": Threshold(15), "t17": Threshold(17), "basic": Basic{}}
	names := make([]string, 0, len(strategies))
	for n := range strategies {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d := NewDeck(2024, 6)
		tally := map[Outcome]int{}
		var sample []string
		for round := 0; round < 40; round++ {
			o, p, dl := playRound(d, strategies[n])
			tally[o]++
			if round < 2 {
				pv, _ := p.Value()
				dv, _ := dl.Value()
				sample = append(sample, fmt.Sprintf("%v=%d vs %v=%d", p, pv, dl, dv))
			}
		}
		fmt.Printf("%-6s W%-3d P%-3d L%-3d net %+d | %s\n", n, tally[Win], tally[Push], tally[Lose], tally[Win]-tally[Lose], strings.Join(sample, "; "))
	}
	d := NewDeck(7, 1)
	fmt.Println(d.cards[:8], len(d.cards))
	fmt.Printf("%v %s %d\n", Hand{{1, 0}, {13, 2}}, Card{12, 3}, Card{12, 3})
}
