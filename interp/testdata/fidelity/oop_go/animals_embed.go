package main

import (
	"fmt"
	"strings"
)

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a Animal) Sound() string { return "..." }

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Bird struct {
	*Animal
	CanFly bool
}

func (b Bird) Sound() string {
	if b.CanFly {
		return "Tweet"
	}
	return "Squawk"
}

type Speaker interface {
	Sound() string
}

type Describer interface {
	Describe() string
}

type Creature interface {
	Speaker
	Describer
}

func introduce(c Creature) string {
	return c.Describe() + " and says " + c.Sound()
}

func main() {
	d := Dog{Animal{"Rex", 4}, "Labrador"}
	b := Bird{&Animal{"Tweety", 2}, true}
	p := Bird{&Animal{"Pingu", 2}, false}

	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	fmt.Println(b.Describe(), b.Sound())

	d.Rename("Max")
	b.Rename("Polly")
	fmt.Println(d.Name, b.Name, d.Animal.Name)

	creatures := []Creature{d, b, p, Animal{"Snake", 0}}
	for i, c := range creatures {
		fmt.Printf("%d: %s\n", i, introduce(c))
	}

	var names []string
	for _, c := range creatures {
		switch v := c.(type) {
		case Dog:
			names = append(names, "dog:"+v.Breed)
		case Bird:
			names = append(names, fmt.Sprintf("bird:%v", v.CanFly))
		default:
			names = append(names, fmt.Sprintf("other:%T", v))
		}
	}
	fmt.Println(strings.Join(names, ", "))

	var s Speaker = &d
	fmt.Println("pointer speaker:", s.Sound())
	if _, ok := s.(Describer); ok {
		fmt.Println("*Dog is also a Describer")
	}
	fmt.Printf("%+v\n", d)
	fmt.Printf("%v\n", p.Animal)
}
