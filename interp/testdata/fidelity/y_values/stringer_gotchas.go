package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Money struct{ Cents int }

func (m *Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Tag string

func (t Tag) String() string { return "#" + strings.ToLower(string(t)) }

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base(%d)", b.ID) }

type Product struct {
	Base
	Name  string
	Price Money
	Tags  []Tag
}

type Audit struct {
	At   time.Time
	Took time.Duration
	Err  error
}

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Wrapped struct {
	NotFound
	Attempts int
}

func main() {
	m := Money{1999}
	fmt.Println(m, &m, []Money{{1}, {2}}, []*Money{{3}})
	fmt.Printf("%v %s %+v %d\n", m, &m, m, m)
	p := Product{Base{7}, "lamp", Money{2500}, []Tag{"Home", "LIGHT"}}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%s\n", p, p, p.Name)
	fmt.Println(p.Tags, p.Price, &p.Price, p.Base)
	fmt.Printf("%v %q %x\n", p.Tags, p.Tags, Tag("A"))
	a := Audit{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), 1500 * time.Millisecond, NotFound{"k1"}}
	fmt.Println(a)
	fmt.Printf("%+v\n", a)
	w := Wrapped{NotFound{"k2"}, 3}
	fmt.Println(w, w.Attempts)
	var err error = w
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key, err)
	fmt.Printf("%v|%+v|%s\n", w, w, err)
	type pair struct {
		A, B fmt.Stringer
	}
	fmt.Println(pair{Tag("x"), &Money{5}}, pair{})
	ms := map[Tag]*Money{"b": {100}, "a": {50}}
	fmt.Println(ms)
	fmt.Printf("%v %d\n", map[string]Tag{"k": "V"}, map[Tag]int{"Z": 1})
}
