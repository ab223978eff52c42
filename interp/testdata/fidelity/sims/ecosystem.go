package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Kind int

const (
	Rabbit Kind = iota
	Fox
)

func (k Kind) String() string { return [...]string{"rabbit", "fox"}[k] }

type Animal struct {
	ID     int
	Kind   Kind
	Energy int
	Age    int
}

type World struct {
	rng     *rand.Rand
	animals []*Animal
	nextID  int
	grass   int
	log     []string
}

func (w *World) spawn(k Kind, energy int) {
	w.nextID++
	w.animals = append(w.animals, &Animal{ID: w.nextID, Kind: k, Energy: energy})
}

func (w *World) count() map[Kind]int {
	c := map[Kind]int{}
	for _, a := range w.animals {
		c[a.Kind]++
	}
	return c
}

func (w *World) step(day int) {
	w.grass = min(w.grass+30, 200)
	var born []*Animal
	alive := w.animals[:0]
	rabbits := 0
	for _, a := range w.animals {
		if a.Kind == Rabbit {
			rabbits++
		}
	}
	for _, a := range w.animals {
		a.Age++
		a.Energy -= 2
		switch a.Kind {
		case Rabbit:
			if w.grass >= 3 {
				w.grass -= 3
				a.Energy += 4
			}
		case Fox:
			if rabbits > 0 && w.rng.IntN(100) < 20+rabbits {
				a.Energy += 9
				rabbits--
				w.log = append(w.log, fmt.Sprintf("day %d: fox %d ate", day, a.ID))
			}
		}
		if a.Energy > 12 && w.rng.Float64() < 0.3 {
			a.Energy /= 2
			born = append(born, &Animal{Kind: a.Kind, Energy: a.Energy})
		}
		if a.Energy > 0 && a.Age < 30 {
			alive = append(alive, a)
		}
	}
	w.animals = alive
	for _, b := range born {
		w.spawn(b.Kind, b.Energy)
	}
}

func main() {
	w := &World{rng: rand.New(rand.NewPCG(7, 11)), grass: 100}
	for i := 0; i < 12; i++ {
		w.spawn(Rabbit, 10)
	}
	for i := 0; i < 3; i++ {
		w.spawn(Fox, 15)
	}
	for day := 1; day <= 25; day++ {
		w.step(day)
		if day%5 == 0 {
			c := w.count()
			fmt.Printf("day %2d: %2d rabbits %2d foxes grass %3d |%s%s\n", day, c[Rabbit], c[Fox], w.grass,
				strings.Repeat("r", c[Rabbit]), strings.Repeat("F", c[Fox]))
		}
	}
	fmt.Println(len(w.log), "meals")
	if len(w.log) > 3 {
		fmt.Println(strings.Join(w.log[:3], "; "))
	}
	sort.Slice(w.animals, func(i, j int) bool { return w.animals[i].Energy > w.animals[j].Energy })
	for _, a := range w.animals[:min(3, len(w.animals))] {
		fmt.Printf("%+v\n", *a)
	}
}
