package main

import (
	"errors"
	"fmt"
	"sort"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type notFound struct{ key string }

func (e notFound) Error() string { return "not found: " + e.key }

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, notFound{k}
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Rect{1, 1}, &Circle{2}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%T %v %.1f\n", s, s, s.Area())
	}

	var s Shape = Rect{2, 2}
	r, ok := s.(Rect)
	fmt.Println(r, ok)
	_, ok = s.(*Circle)
	fmt.Println(ok)
	r.W = 100
	fmt.Println(s.Area(), r.Area())

	c := &Circle{1}
	s = c
	c.R = 10
	fmt.Println(s.Area())

	m := map[string]int{"a": 1}
	_, err := find(m, "zz")
	var nf notFound
	fmt.Println(err, errors.As(err, &nf), nf.key)
	if e, ok := err.(notFound); ok {
		fmt.Println("key was", e.key)
	}
	switch e := err.(type) {
	case nil:
		fmt.Println("no error")
	case notFound:
		fmt.Println("switch: notFound", e.key)
	default:
		fmt.Println("other")
	}

	var i1, i2 interface{}
	fmt.Println(i1 == i2, i1 == nil)
	i1 = Rect{1, 2}
	i2 = Rect{1, 2}
	fmt.Println(i1 == i2)
	i2 = &Circle{1}
	i1 = &Circle{1}
	fmt.Println(i1 == i2)
	var counts = map[interface{}]int{}
	counts[1]++
	counts[int64(1)]++
	counts["1"]++
	counts[Rect{1, 1}]++
	counts[Rect{1, 1}]++
	fmt.Println(len(counts), counts[Rect{1, 1}], counts[1])
	fmt.Printf("%v %+v %#v\n", shapes[0], Rect{1, 2}, Rect{1, 2})
}
