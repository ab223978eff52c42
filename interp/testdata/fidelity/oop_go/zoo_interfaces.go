package main

import (
	"fmt"
	"sort"
	"strings"
)

type Eater interface{ Eat() string }
type Mover interface{ Move() string }
type Namer interface{ Name() string }

type Animal interface {
	Namer
	Eater
	Mover
}

type base struct {
	name string
	age  int
}

func (b base) Name() string { return b.name }

type Lion struct{ base }
type Penguin struct {
	base
	swims bool
}
type Parrot struct {
	base
	words []string
}

func (Lion) Eat() string    { return "meat" }
func (Lion) Move() string   { return "prowls" }
func (Penguin) Eat() string { return "fish" }
func (p Penguin) Move() string {
	if p.swims {
		return "swims"
	}
	return "waddles"
}
func (*Parrot) Eat() string  { return "seeds" }
func (*Parrot) Move() string { return "flies" }
func (p *Parrot) Speak() string {
	if len(p.words) == 0 {
		return "..."
	}
	w := p.words[0]
	p.words = append(p.words[1:], w)
	return w
}

type Speaker interface{ Speak() string }

type Zoo struct {
	animals []Animal
}

func (z *Zoo) Add(a ...Animal) { z.animals = append(z.animals, a...) }

func (z *Zoo) ByDiet() map[string][]string {
	out := map[string][]string{}
	for _, a := range z.animals {
		out[a.Eat()] = append(out[a.Eat()], a.Name())
	}
	return out
}

func main() {
	z := &Zoo{}
	polly := &Parrot{base{"Polly", 3}, []string{"hello", "cracker", "bye"}}
	z.Add(Lion{base{"Leo", 8}}, Penguin{base{"Pingu", 2}, true}, polly, Penguin{base: base{name: "Skipper"}})
	for _, a := range z.animals {
		line := fmt.Sprintf("%-8s eats %-6s and %s", a.Name(), a.Eat(), a.Move())
		if s, ok := a.(Speaker); ok {
			line += ", says " + s.Speak()
		}
		fmt.Println(line)
	}
	diet := z.ByDiet()
	keys := make([]string, 0, len(diet))
	for k := range diet {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %s\n", k, strings.Join(diet[k], ", "))
	}
	for i := 0; i < 4; i++ {
		fmt.Print(polly.Speak(), " ")
	}
	fmt.Println()
	var n Namer = polly
	if a, ok := n.(Animal); ok {
		fmt.Println(a.Name(), "is an animal that", a.Move())
	}
	var m Mover = Penguin{base{"Kowalski", 4}, false}
	switch v := m.(type) {
	case Lion:
		fmt.Println("lion", v.age)
	case Penguin:
		fmt.Println("penguin", v.name, v.age, v.Move())
	}
	ages := 0
	for _, a := range z.animals {
		switch v := a.(type) {
		case Lion:
			ages += v.age
		case Penguin:
			ages += v.age
		case *Parrot:
			ages += v.age
		}
	}
	fmt.Println("total age", ages)
}
