package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a Animal) Describe() string { return "I am " + a.Name + ": " + a.Speak() }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Puppy struct {
	*Dog
	Age int
}

func (p Puppy) Speak() string { return p.Name + " yips (and " + p.Dog.Speak() + ")" }

type Logger struct{ prefix string }

func (l Logger) Log(m string) string { return l.prefix + m }

type Auditor struct{ prefix string }

func (a Auditor) Log(m string) string { return "[audit]" + a.prefix + m }

type Service struct {
	Logger
	Auditor
	Name string
}

func (s Service) Log(m string) string { return s.Logger.Log(m) + " | " + s.Auditor.Log(m) }

type Speaker interface{ Speak() string }

type Base struct{ ID int }

func (b Base) Kind() string { return "base" }
func (b Base) Who() string  { return fmt.Sprintf("%s#%d", b.Kind(), b.ID) }

type Derived struct {
	Base
}

func (Derived) Kind() string { return "derived" }

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Speak())
	fmt.Println(d.Describe()) // promoted method calls Animal.Speak, not Dog.Speak
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)

	p := Puppy{&d, 1}
	fmt.Println(p.Speak())
	p.Rename("Tiny")
	fmt.Println(d.Name, p.Describe())

	var sp []Speaker = []Speaker{d.Animal, d, p, &d, &p}
	for _, s := range sp {
		fmt.Printf("%T: %s\n", s, s.Speak())
	}

	s := Service{Logger{"L:"}, Auditor{"A:"}, "svc"}
	fmt.Println(s.Log("start"))
	fmt.Println(s.Logger.prefix, s.Auditor.prefix)

	dv := Derived{Base{7}}
	fmt.Println(dv.Kind(), dv.Who())
	fmt.Printf("%+v %v\n", dv, d)
	fmt.Printf("%+v\n", p.Dog.Animal)
}
