package main

import (
	"fmt"
	"math/rand"
)

type Suit int
type Rank int

type Card struct {
	Rank Rank
	Suit Suit
}

func (s Suit) String() string { return string("♣♦♥♠"[s*3 : s*3+3]) }
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
func (c Card) String() string { return c.Rank.String() + c.Suit.String() }

type Deck []Card

func NewDeck() Deck {
	var d Deck
	for s := Suit(0); s < 4; s++ {
		for r := Rank(2); r <= 14; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

func (d Deck) Shuffle(rng *rand.Rand) {
	rng.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
}

type Player struct {
	Name string
	Hand []Card
	Wins int
}

func (p *Player) draw() (Card, bool) {
	if len(p.Hand) == 0 {
		return Card{}, false
	}
	c := p.Hand[0]
	p.Hand = p.Hand[1:]
	return c, true
}

func main() {
	rng := rand.New(rand.NewSource(99))
	d := NewDeck()
	d.Shuffle(rng)
	fmt.Println("top:", d[:8])
	a := &Player{Name: "Ann", Hand: append([]Card(nil), d[:26]...)}
	b := &Player{Name: "Ben", Hand: append([]Card(nil), d[26:]...)}
	round := 0
	wars := 0
	for round < 300 && len(a.Hand) > 0 && len(b.Hand) > 0 {
		round++
		var pot []Card
		for {
			ca, ok1 := a.draw()
			cb, ok2 := b.draw()
			if !ok1 || !ok2 {
				break
			}
			pot = append(pot, ca, cb)
			if round <= 5 {
				fmt.Printf("round %d: %v vs %v\n", round, ca, cb)
			}
			if ca.Rank == cb.Rank {
				wars++
				for i := 0; i < 2; i++ {
					if x, ok := a.draw(); ok {
						pot = append(pot, x)
					}
					if y, ok := b.draw(); ok {
						pot = append(pot, y)
					}
				}
				continue
			}
			w := a
			if cb.Rank > ca.Rank {
				w = b
			}
			w.Hand = append(w.Hand, pot...)
			w.Wins++
			break
		}
		if round%50 == 0 {
			fmt.Printf("after %d rounds: %s %d, %s %d\n", round, a.Name, len(a.Hand), b.Name, len(b.Hand))
		}
	}
	fmt.Printf("rounds=%d wars=%d wins %s=%d %s=%d cards %d/%d\n", round, wars, a.Name, a.Wins, b.Name, b.Wins, len(a.Hand), len(b.Hand))
	fmt.Println(Card{14, 3}, Card{10, 0}, Suit(2), Rank(12))
}
