package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a Animal) Describe() string { return "I am " + a.Name }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	name string
}

type Speaker interface{ Speak() string }

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Speak())
	fmt.Println(d.Describe())
	fmt.Println(d.Name, d.Breed)

	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started " + s.name)

	for _, sp := range []Speaker{d, d.Animal} {
		fmt.Println(sp.Speak())
	}
}
