package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Speak() string { return "..." }
func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs and says %q", a.Name, a.Legs, a.Speak())
}
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return "Woof" }

type Puppy struct {
	*Dog
	Age int
}

func (p Puppy) Speak() string { return "Yip" }

type Speaker interface{ Speak() string }

func chorus(ss ...Speaker) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Speak())
	}
	return out
}

func main() {
	a := Animal{"Generic", 4}
	d := Dog{Animal{"Rex", 4}, "Lab"}
	p := Puppy{&Dog{Animal{"Bit", 4}, "Pug"}, 1}
	fmt.Println(a.Describe())
	fmt.Println(d.Describe()) // promoted: uses Animal.Speak
	fmt.Println(d.Speak(), d.Animal.Speak(), p.Speak(), p.Dog.Speak())
	fmt.Println(chorus(a, d, p, *p.Dog, &d))
	d.Rename("Max")
	p.Rename("Byte")
	fmt.Println(d.Name, p.Name, p.Dog.Animal.Name)
	fmt.Printf("%v\n%+v\n", d, d)
	fmt.Printf("%v %+v\n", p.Age, *p.Dog)
	dogs := map[string]Dog{"a": d, "b": *p.Dog}
	for _, k := range []string{"a", "b"} {
		v := dogs[k]
		v.Legs = 3
		fmt.Println(k, dogs[k].Legs, v.Legs)
	}
	f := d.Speak
	g := Animal.Describe
	h := (*Animal).Rename
	h(&d.Animal, "Rex2")
	fmt.Println(f(), g(d.Animal), d.Name)
	var s Speaker = p
	if _, ok := s.(Dog); !ok {
		fmt.Printf("%T is not Dog\n", s)
	}
}
