// Method "overriding" through embedding does not give virtual dispatch:
// the classic surprise, shown with a template-method attempt and the fix
// with an interface field.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Sound() string { return "..." }
func (a Animal) Speak() string { return a.Name + " says " + a.Sound() }

type Dog struct{ Animal }

func (d Dog) Sound() string { return "woof" }

type Sounder interface{ Sound() string }

type Speaker struct {
	Name string
	S    Sounder
}

func (s Speaker) Speak() string { return s.Name + " says " + s.S.Sound() }

type Cat struct{}

func (Cat) Sound() string { return "meow" }

type Counter struct{ hits map[string]int }

func (c *Counter) Hit(k string) int {
	if c.hits == nil {
		c.hits = map[string]int{}
	}
	c.hits[k]++
	return c.hits[k]
}

type Page struct {
	Counter
	Title string
}

func main() {
	d := Dog{Animal{"rex"}}
	fmt.Println(d.Sound())
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Sound())

	sp := []Speaker{{"rex", d}, {"tom", Cat{}}, {"generic", Animal{"x"}}}
	for _, s := range sp {
		fmt.Println(s.Speak())
	}

	var s Sounder = d
	fmt.Printf("%T %s\n", s, s.Sound())
	s = d.Animal
	fmt.Printf("%T %s\n", s, s.Sound())

	p := Page{Title: "home"}
	p.Hit("a")
	p.Hit("a")
	n := p.Hit("b")
	fmt.Println(n, p.hits["a"], len(p.Counter.hits))

	pages := []*Page{{Title: "x"}, {Title: "y"}}
	for _, pg := range pages {
		for i := 0; i < 3; i++ {
			pg.Hit(pg.Title)
		}
	}
	fmt.Println(pages[0].hits, pages[1].hits)

	copyP := p
	copyP.Hit("a")
	fmt.Println(p.hits["a"], copyP.hits["a"])
}
