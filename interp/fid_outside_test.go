package interp

import (
	"testing"
)

// Classes found by running programs written outside the project (training
// repositories, book examples) through gopad. Each program here is written
// for the test; it runs whole and split into notebook cells, and want is
// what go run printed.

var outsidePrograms = []fidProgram{
	{name: "type switch over an error: interface cases and the cells' types inside it", src: `package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type ptrErr struct{ code int }

func (a *ptrErr) Error() string   { return "ptr" }
func (a *ptrErr) Temporary() bool { return a.code != 9 }

type valErr struct{ code int }

func (a valErr) Error() string   { return "val" }
func (a valErr) Temporary() bool { return a.code == 1 }

type codeErr int

func (c codeErr) Error() string   { return "code" }
func (c codeErr) Temporary() bool { return c > 3 }
func (c codeErr) Code() int       { return int(c) }

type plainErr struct{ n int }

func (p plainErr) Error() string { return fmt.Sprint("plain ", p.n) }

type temporary interface{ Temporary() bool }
type coder interface{ Code() int }

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case coder:
		return fmt.Sprintf("coder(%d)", e.Code())
	case temporary:
		return fmt.Sprintf("temporary(%v) %v", e.Temporary(), err)
	case interface{ Timeout() bool }:
		return fmt.Sprintf("timeout(%v)", e.Timeout())
	default:
		return "other " + err.Error()
	}
}

func main() {
	errs := []error{nil, &ptrErr{9}, &ptrErr{1}, valErr{1}, valErr{2}, codeErr(5), codeErr(1),
		plainErr{7}, plainErr{1}, errors.New("plain"), &fs.PathError{Op: "open", Path: "x", Err: errors.New("e")}}
	for _, err := range errs {
		fmt.Println(classify(err))
	}
	for _, err := range errs {
		switch err.(type) {
		case interface{ Temporary() bool }:
			fmt.Print("T ")
		default:
			fmt.Print("- ")
		}
	}
	fmt.Println()
}
`,
		want: `nil
temporary(false) ptr
temporary(true) ptr
temporary(true) val
temporary(false) val
coder(5)
coder(1)
other plain 7
other plain 1
other plain
timeout(false)
- T T T T T T - - - - 
`},
	{name: "a struct type literal's values where a cell's struct type with the same fields is wanted", src: `package main

import "fmt"

type point struct {
	x, y int
}

type labeled struct {
	name string
	at   point
}

func show(p point) string { return fmt.Sprint("show", p) }

func origin() point { return struct{ x, y int }{0, 0} }

func main() {
	anon := struct{ x, y int }{3, 4}
	var p point
	p = anon
	fmt.Println(p, anon == p, p != anon, show(anon), origin())

	ps := []point{anon, {1, 2}}
	ps = append(ps, struct{ x, y int }{5, 6})
	ch := make(chan point, 1)
	ch <- anon
	fmt.Println(ps, <-ch)

	var back struct{ x, y int } = p
	back.x++
	fmt.Printf("%v %+v\n", back, p)

	l := struct {
		name string
		at   point
	}{"home", p}
	var lab labeled = l
	fmt.Printf("%+v %T\n", lab, lab)
	m := map[string]point{"a": anon}
	fmt.Println(m["a"] == anon)
}
`,
		want: `{3 4} true false show{3 4} {0 0}
[{3 4} {1 2} {5 6}] {3 4}
{4 4} {x:3 y:4}
{name:home at:{x:3 y:4}} main.labeled
true
`},
	{name: "a func literal called in the header of an if, switch or for", src: `package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"go", "yaegi", "cell"}
	if longest := func() string {
		best := ""
		for _, w := range words {
			if len(w) > len(best) {
				best = w
			}
		}
		return best
	}(); longest != "" {
		fmt.Println("longest:", longest)
	}
	switch n := func(s string) int { return strings.Count(s, "e") }("yaegi cell"); {
	case n > 1:
		fmt.Println("many e:", n)
	default:
		fmt.Println("few e:", n)
	}
	for i, next := 0, func(i int) int { return i * 2 }; i < 10; i = next(i + 1) {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
`,
		want: `longest: yaegi
many e: 2
0 2 6 
`},
	{name: "a call's results assigned to variables of an interface type: a typed nil error", src: `package main

import "fmt"

type customError struct{}

func (c *customError) Error() string { return "custom" }

type codeErr struct{ code int }

func (c *codeErr) Error() string { return fmt.Sprint("code ", c.code) }

func fail() ([]byte, *customError) { return nil, nil }

func failCode(n int) (int, *codeErr) {
	if n > 0 {
		return n, &codeErr{n}
	}
	return 0, nil
}

func main() {
	var err error
	fmt.Printf("%T %v\n", err, err == nil)
	if _, err = fail(); err != nil {
		fmt.Printf("%T %v\n", err, err == nil)
	}
	var n int
	n, err = failCode(2)
	fmt.Println(n, err)
	n, err = failCode(0)
	fmt.Println(n, err == nil)
	redeclared()
	var s fmt.Stringer
	_ = s
}

func lookup(k string) (string, *codeErr) {
	if k == "" {
		return "", &codeErr{404}
	}
	return "v:" + k, nil
}

func redeclared() {
	var err error
	v, err := lookup("a")
	fmt.Println(v, err == nil, err != nil)
	v, err = lookup("")
	fmt.Println(v, err)
}
`,
		want: `<nil> true
*main.customError false
2 code 2
0 false
v:a false true
 code 404
`},
	{name: "a range over a channel the loop body assigns: the range expression is evaluated once", src: `package main

import "fmt"

type box struct{ ch chan int }

func main() {
	a := make(chan int, 3)
	b := make(chan int, 3)
	a <- 1
	a <- 2
	close(a)
	b <- 10
	b <- 20
	close(b)
	ch := a
	for v := range ch {
		fmt.Println("chan", v)
		ch = b
	}
	fmt.Println(<-ch, len(ch))

	s := []int{1, 2, 3}
	for i, v := range s {
		s = []int{7}
		fmt.Println("slice", i, v, len(s))
	}
	str := "abc"
	for _, r := range str {
		str = "z"
		fmt.Print(string(r))
	}
	fmt.Println()

	bx := &box{ch: make(chan int, 2)}
	bx.ch <- 5
	close(bx.ch)
	other := make(chan int, 1)
	other <- 99
	close(other)
	for v := range bx.ch {
		bx.ch = other
		fmt.Println("field chan", v)
	}
}
`,
		want: `chan 1
chan 2
10 1
slice 0 1 1
slice 1 2 1
slice 2 3 1
abc
field chan 5
`},
	{name: "a pointer to a slice or an array of Stringers printed (a heap of a cell's type)", src: `package main

import (
	"container/heap"
	"fmt"
)

type Holiday struct {
	name string
	day  int
}

func (h Holiday) String() string { return fmt.Sprintf("[%s %d]", h.name, h.day) }

type Holidays []Holiday

func (h Holidays) Len() int           { return len(h) }
func (h Holidays) Less(i, j int) bool { return h[i].name < h[j].name }
func (h Holidays) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *Holidays) Push(x any)        { *h = append(*h, x.(Holiday)) }
func (h *Holidays) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	direct := &Holidays{{"a", 1}, {"b", 2}}
	fmt.Println(direct, *direct)
	plain := Holidays{{"c", 3}}
	fmt.Println(plain, &plain)
	pushed := &Holidays{}
	pushed.Push(Holiday{"d", 4})
	fmt.Println(pushed)
	h := &Holidays{}
	heap.Push(h, Holiday{"e", 5})
	heap.Push(h, Holiday{"f", 6})
	fmt.Println(h, *h, (*h)[0])
	fmt.Printf("%v %s\n", h, h)
	var none *Holidays
	fmt.Println(none, len(*h))
	arr := [1]Holiday{{"i", 9}}
	fmt.Println(&arr)
	fmt.Printf("%v|%s\n", &arr, &arr)
}
`,
		want: `&[[a 1] [b 2]] [[a 1] [b 2]]
[[c 3]] &[[c 3]]
&[[d 4]]
&[[e 5] [f 6]] [[e 5] [f 6]] [e 5]
&[[e 5] [f 6]] &[[e 5] [f 6]]
<nil> 2
&[[i 9]]
&[[i 9]]|&[[i 9]]
`},
}

func TestFidOutside(t *testing.T) {
	runFidPrograms(t, outsidePrograms)
}
