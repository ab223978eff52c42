package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R }

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64 { return r.W * r.H }

type Named struct {
	Name   string
	Shapes []Shape
}

type Reg struct {
	byName map[string]Shape
	list   []Shape
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string  { return "woof" }
func (d Dog) String() string { return "Dog(" + d.name + ")" }

func main() {
	fmt.Println([][]Shape{{Circle{1}}, {Circle{2}, Circle{3}}})
	fmt.Println(map[string][]Shape{"a": {Circle{1}}})
	n := Named{"set", []Shape{Circle{1}, Circle{2}}}
	fmt.Println(n)
	fmt.Printf("%v %+v\n", n, n)
	fmt.Println(&n)
	r := Reg{byName: map[string]Shape{"c": Circle{5}}, list: []Shape{Circle{6}}}
	fmt.Printf("%v\n", r)
	errs := []error{MyErr{1}, errors.New("plain"), fmt.Errorf("wrap: %w", MyErr{2})}
	fmt.Println(errs)
	animals := []Animal{Dog{"rex"}, Dog{"fido"}}
	fmt.Println(animals)
	fmt.Printf("%v %s\n", animals, animals)
	var shapes []Shape
	for i := 1; i <= 3; i++ {
		shapes = append(shapes, Circle{float64(i)})
	}
	s := fmt.Sprintf("%v", shapes)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(shapes[0], shapes[1]), fmt.Sprintln(shapes))
	type pair struct {
		K string
		V Shape
	}
	ps := []pair{{"a", Circle{1}}}
	fmt.Println(ps)
	fmt.Printf("%+v\n", ps)
	arr := [...]Animal{Dog{"a"}}
	fmt.Println(arr, len(arr))
	ch := make(chan Shape, 1)
	ch <- Circle{9}
	fmt.Println(<-ch)
	var e error = MyErr{3}
	fmt.Println([]any{e, Circle{1}, Rect{1, 2}})
}
