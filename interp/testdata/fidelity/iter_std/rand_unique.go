package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unique"
)

type Card struct {
	Rank string
	Suit rune
}

func (c Card) String() string { return c.Rank + string(c.Suit) }

func newDeck() []Card {
	var deck []Card
	for _, s := range []rune{'♠', '♥', '♦', '♣'} {
		for _, r := range strings.Fields("A 2 3 4 5 6 7 8 9 10 J Q K") {
			deck = append(deck, Card{r, s})
		}
	}
	return deck
}

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	fmt.Println(r.IntN(100), r.IntN(100), r.IntN(100))
	fmt.Printf("%.4f %d\n", r.Float64(), r.Int64N(1_000_000))

	deck := newDeck()
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	hand := deck[:5]
	fmt.Println("hand:", hand)
	perm := r.Perm(6)
	fmt.Println("perm:", perm)

	counts := make([]int, 6)
	for range 6000 {
		counts[r.IntN(6)]++
	}
	fmt.Println("dice:", counts, "sum", sumOf(counts))

	cc := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cc.Uint32(), cc.IntN(10))

	z := rand.NewZipf(rand.New(rand.NewPCG(1, 2)), 1.5, 2, 20)
	var zs []uint64
	for range 8 {
		zs = append(zs, z.Uint64())
	}
	fmt.Println("zipf:", zs)

	h1 := unique.Make("hello")
	h2 := unique.Make(strings.ToLower("HELLO"))
	h3 := unique.Make("world")
	fmt.Println(h1 == h2, h1 == h3, h1.Value(), h3.Value())
	type loc struct {
		file string
		line int
	}
	l1 := unique.Make(loc{"a.go", 10})
	l2 := unique.Make(loc{"a.go", 10})
	fmt.Println(l1 == l2, l1.Value().line)

	names := []string{"eve", "bob", "ann", "dan", "cat"}
	picked := make([]string, 0, 3)
	pr := rand.New(rand.NewPCG(7, 7))
	for _, i := range pr.Perm(len(names))[:3] {
		picked = append(picked, names[i])
	}
	slices.Sort(picked)
	fmt.Println("picked:", picked)
	fmt.Printf("%T %T %d\n", pr, h1, rand.N(1))
}

func sumOf(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}
