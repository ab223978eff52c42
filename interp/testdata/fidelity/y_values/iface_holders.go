package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	tricks []string
}

func (d Dog) Sound() string   { return "woof" }
func (d *Dog) Learn(t string) { d.tricks = append(d.tricks, t) }

type Cat struct {
	Base
	lives int
}

func (c *Cat) Sound() string { c.lives--; return "meow" }

type Loud struct{ Animal }

func (l Loud) Sound() string { return strings.ToUpper(l.Animal.Sound()) + "!" }

type byName []Animal

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].Name() < b[j].Name() }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	d := Dog{Base: Base{"rex"}}
	c := &Cat{Base{"tom"}, 9}
	var a Animal = d // a copy of d
	d.Learn("sit")
	fmt.Println(len(d.tricks), len(a.(Dog).tricks))

	zoo := byName{c, a, Loud{&Cat{Base{"leo"}, 3}}, Loud{Dog{Base: Base{"ace"}}}}
	sort.Sort(zoo)
	for _, an := range zoo {
		fmt.Printf("%-4s %-6s %T\n", an.Name(), an.Sound(), an)
	}
	fmt.Println("tom lives:", c.lives)
	if l, ok := zoo[1].(Loud); ok {
		inner := l.Animal.(*Cat)
		fmt.Println("leo lives:", inner.lives, inner.Name())
	}
	var nilCat *Cat
	var an Animal = nilCat
	fmt.Println(an == nil, an != nil, nilCat == nil)
	counts := map[Animal]int{}
	counts[c]++
	counts[Loud{c}]++
	counts[Loud{c}]++
	counts[Animal(c)]++
	fmt.Println(len(counts), counts[c], counts[Loud{c}], counts[Loud{nilCat}])
	fmt.Println(Animal(c) == Animal(c), Animal(Loud{c}) == Loud{c}, Animal(Loud{c}) == Animal(c))
	defer func() { fmt.Println("recovered:", recover()) }()
	eq := Animal(Dog{Base: Base{"x"}}) == Animal(Dog{Base: Base{"x"}})
	fmt.Println(eq)
}
