package main

import (
	"fmt"
	"time"
)

type Address struct {
	Street string
	City   string
	Zip    *string
}

type Person struct {
	Name    string
	Age     int
	Email   string
	Addr    Address
	Home    *Address
	Tags    []string
	Scores  map[string]int
	private bool
	Born    time.Month
	Any     interface{}
}

type Point struct{ X, Y int }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	zip := "12345"
	home := &Address{"1 Main St", "Springfield", &zip}
	p := Person{
		Name:   "Alice",
		Age:    30,
		Addr:   Address{Street: "2 Side Rd", City: "Shelbyville"},
		Home:   home,
		Tags:   []string{"admin", "dev"},
		Scores: map[string]int{"go": 9, "c": 7, "ada": 5},
		Born:   time.March,
		Any:    Point{1, 2},
	}
	fmt.Printf("%v\n", p.Addr)
	fmt.Printf("%+v\n", p.Addr)
	fmt.Printf("%#v\n", p.Addr)
	fmt.Printf("%v\n", p.Tags)
	fmt.Printf("%#v\n", p.Tags)
	fmt.Printf("%v\n", p.Scores)
	fmt.Printf("%#v\n", p.Scores)
	fmt.Printf("%v %+v\n", p.Born, p.Any)
	fmt.Printf("%#v\n", p.Any)
	fmt.Printf("%v\n", *home.Zip)

	pts := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v | %+v | %#v\n", pts, pts, pts)
	pp := &Point{5, 6}
	fmt.Printf("%v | %+v | %#v\n", pp, pp, pp)
	ptrs := []*Point{pp}
	fmt.Println(len(fmt.Sprintf("%v", ptrs)) > 3)
	m := map[Point]string{{1, 2}: "a", {0, 0}: "origin", {-1, 5}: "b"}
	fmt.Printf("%v\n%+v\n", m, m)
	nested := map[string][]Point{"line": {{0, 0}, {1, 1}}, "dot": {{2, 2}}}
	fmt.Printf("%v\n%#v\n", nested, nested)
	arr := [3]Point{}
	fmt.Printf("%v %#v\n", arr, arr)
	var np *Point
	fmt.Printf("%v %+v %#v\n", np, np, np)
	var e error
	fmt.Printf("%v %#v\n", e, e)
	var iface interface{} = 42
	fmt.Printf("%v %#v %T\n", iface, iface, iface)
	anon := struct {
		A int
		B string
		C []byte
	}{1, "x", []byte("hi")}
	fmt.Printf("%v\n%+v\n%#v\n", anon, anon, anon)
	pr := Pair[string, int]{"k", 1}
	fmt.Printf("%v %+v %T\n", pr, pr, pr)
	fmt.Printf("%#v\n", Pair[int, []string]{2, []string{"a"}})
	fmt.Printf("%v %d %s\n", []byte("abc"), []byte("abc"), []byte("abc"))
	fmt.Printf("%x % x %X %q\n", []byte("abc"), []byte("abc"), "hi", []string{"a b", "c"})
	type Empty struct{}
	fmt.Printf("%v %+v %#v\n", Empty{}, struct{}{}, Empty{})
	fmt.Printf("%v\n", [][]int{{1, 2}, nil, {}})
	fmt.Printf("%#v\n", [][]int{{1, 2}, nil, {}})
	fmt.Printf("%v %#v\n", map[string]interface{}{"a": 1, "b": "two", "c": nil}, []interface{}{1, "a", nil, 2.5})
	fmt.Printf("%#v %#v %#v %#v\n", 3.0, float32(2.5), uint8(7), 'x')
	fmt.Printf("%#v %#v\n", "quote\"d", true)
	fmt.Printf("%d %s\n", Point{1, 2}, Point{1, 2})
}
