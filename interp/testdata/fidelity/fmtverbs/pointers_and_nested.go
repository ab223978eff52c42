package main

import "fmt"

type Inner struct{ A, B int }
type Outer struct {
	Name  string
	In    Inner
	PIn   *Inner
	List  []Inner
	Map   map[string]Inner
	Iface any
}

func main() {
	o := Outer{"x", Inner{1, 2}, &Inner{3, 4}, []Inner{{5, 6}}, map[string]Inner{"k": {7, 8}}, Inner{9, 10}}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.List)
	fmt.Printf("%v\n", o.Map)
	fmt.Printf("%+v\n", o.Iface)
	fmt.Printf("%v %+v\n", &o.In, &Inner{})
	fmt.Println(&[]int{1, 2}, &map[string]int{"a": 1}, &[2]bool{})

	var np *Inner
	fmt.Println(np)
	fmt.Printf("%v %+v %d\n", np, np, []*int{nil})

	var e error
	var s fmt.Stringer
	fmt.Printf("%v %v %T %T\n", e, s, e, s)
	fmt.Printf("%v %v\n", [3]int{1, 2, 3}, [0]int{})
	fmt.Printf("%v|%d|%s\n", []any{1, "a", nil}, []any{1, 2}, []any{"x", 2})
}
