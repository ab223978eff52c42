package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Scale(f float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }
func (r Rect) String() string   { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64   { return 3 * c.R * c.R }
func (c *Circle) Scale(f float64) { c.R *= f }
func (c *Circle) String() string  { return fmt.Sprintf("Circle(%g)", c.R) }

type Counter struct {
	name string
	n    int
}

func (c Counter) IncValue() { c.n++ }
func (c *Counter) IncPtr()  { c.n++ }
func (c Counter) Get() int  { return c.n }

type Getter interface{ Get() int }

func main() {
	r := Rect{2, 3}
	c := Circle{1}
	shapes := []Shape{&r, &c}
	for _, s := range shapes {
		s.Scale(2)
	}
	fmt.Println(r, c.String(), r.Area(), c.Area())

	var s Shape = &r
	rp := s.(*Rect)
	rp.W = 1
	fmt.Println(r.W, s.Area())

	cnt := Counter{name: "c"}
	cnt.IncValue()
	cnt.IncPtr()
	(&cnt).IncValue()
	fmt.Println(cnt.n)

	var g Getter = cnt // copies cnt
	cnt.IncPtr()
	fmt.Println(g.Get(), cnt.Get())
	var gp Getter = &cnt
	cnt.IncPtr()
	fmt.Println(gp.Get(), cnt.Get())

	counters := []Counter{{"a", 0}, {"b", 10}}
	for _, c := range counters {
		c.IncPtr()
	}
	fmt.Println(counters)
	for i := range counters {
		counters[i].IncPtr()
	}
	fmt.Println(counters)
	m := map[string]*Counter{"x": {"x", 1}}
	m["x"].IncPtr()
	fmt.Println(*m["x"])

	ptrs := []*Rect{{1, 1}, {2, 2}}
	copyPtrs := append([]*Rect(nil), ptrs...)
	copyPtrs[0].W = 100
	copyPtrs[1] = &Rect{5, 5}
	fmt.Println(*ptrs[0], *ptrs[1], *copyPtrs[1])

	var parts []string
	for _, s := range []fmt.Stringer{r, &r, &c} {
		parts = append(parts, fmt.Sprintf("%T=%v", s, s))
	}
	fmt.Println(strings.Join(parts, "; "))
	fmt.Printf("%v %+v\n", []*Rect{&r}[0], &c)

	var sh Shape
	fmt.Println(sh == nil)
	var nilCircle *Circle
	sh = nilCircle
	fmt.Println(sh == nil, sh != nil)
	fmt.Printf("%T %v\n", sh, sh == (*Circle)(nil))
}
