package main

import (
	"fmt"
	"strconv"
)

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

type Pair[A, B any] struct {
	First  A
	Second B
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + strconv.Quote(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	case []T:
		return fmt.Sprintf("slice of %d", len(x))
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Unbox[T any](v any) (T, bool) {
	if b, ok := v.(Box[T]); ok {
		return b.V, true
	}
	var zero T
	return zero, false
}

func Swap[A, B any](p Pair[A, B]) Pair[B, A] {
	return Pair[B, A]{p.Second, p.First}
}

type Registry[T any] struct {
	items []T
}

func (r *Registry[T]) Add(v T) *Registry[T] {
	r.items = append(r.items, v)
	return r
}

func (r *Registry[T]) Boxes() []Box[T] {
	out := make([]Box[T], 0, len(r.items))
	for _, it := range r.items {
		out = append(out, Box[T]{it})
	}
	return out
}

func (r *Registry[T]) Pairs() []Pair[int, T] {
	var ps []Pair[int, T]
	for i, it := range r.items {
		ps = append(ps, Pair[int, T]{i, it})
	}
	return ps
}

func main() {
	fmt.Println(Describe(42))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(Box[float64]{2.5}))
	fmt.Println(Describe(3.14))
	fmt.Println(Describe[any](nil))

	var anyBox any = Box[int]{7}
	n, ok := Unbox[int](anyBox)
	fmt.Println(n, ok)
	s, ok := Unbox[string](anyBox)
	fmt.Printf("%q %v\n", s, ok)

	p := Pair[string, int]{"age", 30}
	q := Swap(p)
	fmt.Printf("%+v %+v\n", p, q)

	r := &Registry[string]{}
	r.Add("a").Add("b")
	fmt.Println(r.Boxes(), r.Pairs())
	for _, b := range r.Boxes() {
		fmt.Println(Describe(b))
	}
}
