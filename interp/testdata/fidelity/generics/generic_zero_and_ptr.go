package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

type Options struct {
	Name    *string
	Retries *int
}

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)

	o := Options{Name: Ptr("server")}
	fmt.Println(Deref(o.Name, "none"), Deref(o.Retries, 3))

	p := Ptr(10)
	*p++
	fmt.Println(*p)

	type point struct{ X, Y int }
	fmt.Printf("%+v\n", Zero[point]())
}
