package main

import (
	"fmt"
	"sort"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = MakePair(as[i], bs[i])
	}
	return out
}

func Unzip[A, B any](ps []Pair[A, B]) ([]A, []B) {
	as := make([]A, len(ps))
	bs := make([]B, len(ps))
	for i, p := range ps {
		as[i], bs[i] = p.First, p.Second
	}
	return as, bs
}

func main() {
	names := []string{"ann", "bob", "cy", "dee"}
	ages := []int{31, 25, 40}

	ps := Zip(names, ages)
	fmt.Println(ps)

	sort.Slice(ps, func(i, j int) bool { return ps[i].Second < ps[j].Second })
	fmt.Println(ps[0], ps[0].Swap())

	n, a := Unzip(ps)
	fmt.Println(n, a)

	nested := MakePair(MakePair(1, "x"), []bool{true})
	fmt.Println(nested, nested.First.Second)
	fmt.Printf("%+v\n", MakePair(3.5, struct{ X int }{7}))
}
