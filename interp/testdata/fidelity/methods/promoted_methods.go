package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	sync.Mutex
	counts map[string]int
}

func (s *Stats) Add(k string) {
	s.Lock()
	defer s.Unlock()
	s.counts[k]++
}

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Derived struct {
	Base
	Extra string
}

func main() {
	s := &Stats{counts: map[string]int{}}
	s.Add("x")
	s.Add("x")
	fmt.Println(s.counts["x"])

	d := Derived{Base{1}, "more"}
	d.SetID(42)
	fmt.Println(d.Describe(), d.ID, d.Base.ID)

	f := d.Describe
	d.SetID(7)
	fmt.Println(f(), d.Describe())
}
