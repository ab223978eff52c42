package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a Animal) Info() string     { return fmt.Sprintf("%s has %d legs; %s", a.Name, a.Legs, a.Speak()) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Puppy struct {
	Dog
	Name string // shadows Animal.Name at shallower depth
}

type Speaker interface{ Speak() string }

type Walker interface {
	Speaker
	Info() string
}

func describe(s Speaker) string {
	switch v := s.(type) {
	case Puppy:
		return "puppy " + v.Name + "/" + v.Dog.Name
	case Dog:
		return "dog " + v.Breed
	case *Dog:
		return "dog ptr " + v.Breed
	case Animal:
		return "animal " + v.Name
	}
	return "unknown"
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Speak())
	fmt.Println(d.Info()) // Info calls Animal.Speak, not Dog.Speak
	fmt.Println(d.Animal.Speak())

	p := Puppy{Dog: Dog{Animal{"Max", 4}, "pug"}, Name: "Tiny"}
	fmt.Println(p.Name, p.Dog.Name, p.Animal.Name, p.Speak())
	p.Rename("Maximus")
	fmt.Println(p.Name, p.Dog.Name, p.Speak())

	var ws []Walker = []Walker{d, p, Animal{"Cat", 4}, &d}
	for _, w := range ws {
		fmt.Println(describe(w), "|", w.Speak(), "|", w.Info())
	}

	// Value vs pointer method sets.
	var s Speaker = &p
	_, isWalker := s.(Walker)
	fmt.Println(isWalker)
	type renamer interface{ Rename(string) }
	_, okVal := any(p).(renamer)
	_, okPtr := any(&p).(renamer)
	fmt.Println(okVal, okPtr)

	fmt.Printf("%v\n%+v\n", p, d)
}
