package interp

import (
	"context"
	"testing"
)

// Programs whose cell types are defined over maps, slices, arrays,
// channels and funcs, or are structs without fields, and reach
// interfaces, run whole and split into notebook cells; want is what go
// run printed. Such a value keeps its type inside an interface (the
// hidden GopadSelf method of rewrite's keptTypes): type switches with a
// case of the type and one of its underlying type, assertions, %T, %v and
// ==. The refusals that remain are the last programs.

var compositePrograms = []autokeptProgram{
	{name: "type switch over a slice, a map, an array and their underlying types", src: `package main

import "fmt"

type List []any
type Obj map[string]int
type Vec [2]int
type Fn func() int

func kind(v any) string {
	switch x := v.(type) {
	case List:
		return fmt.Sprint("List ", len(x))
	case []any:
		return "[]any"
	case Obj:
		return fmt.Sprint("Obj ", x["a"])
	case map[string]int:
		return "map"
	case Vec:
		return fmt.Sprint("Vec ", x[1])
	case [2]int:
		return "array"
	case Fn:
		return fmt.Sprint("Fn ", x())
	}
	return "other"
}

func mk() List { return List{1, 2, 3} }

func main() {
	vals := []any{List{1}, []any{2}, Obj{"a": 3}, map[string]int{}, Vec{4, 5}, [2]int{}, Fn(func() int { return 6 })}
	for _, v := range vals {
		fmt.Println(kind(v))
	}
	fmt.Println(kind(mk()))
	var a any = mk()
	_, isList := a.(List)
	_, isSlice := a.([]any)
	fmt.Println(isList, isSlice)
}
`,
		want: `List 1
[]any
Obj 3
map
Vec 5
array
Fn 6
List 3
true false
`},
	{name: "%T, %v and == of kept values, nested too", src: `package main

import "fmt"

type Value interface{}
type List []Value
type Symbol string
type Checksum [4]byte

type Node struct {
	Name string
	Kids []any
}

func main() {
	expr := List{Symbol("+"), List{Symbol("x"), 1.5}, 2}
	var v Value = expr
	fmt.Printf("%T %v\n", v, v)
	fmt.Println(expr, []any{expr[1]})
	n := Node{"root", []any{List{1}, Checksum{1, 2, 3, 4}}}
	fmt.Printf("%v %+v\n", n, n)
	var c any = Checksum{1, 1, 1, 1}
	fmt.Println(c == Checksum{1, 1, 1, 1}, c == [4]byte{1, 1, 1, 1}, c)
	fmt.Printf("%T %T\n", expr[1], n.Kids[1])
}
`,
		want: `main.List [+ [x 1.5] 2]
[+ [x 1.5] 2] [[x 1.5]]
{root [[1] [1 2 3 4]]} {Name:root Kids:[[1] [1 2 3 4]]}
true false [1 1 1 1]
main.List main.Checksum
`},
	{name: "struct types without fields as events in a chan any", src: `package main

import "fmt"

type Ping struct{}
type Stop struct{}

func handle(ev any) string {
	switch ev.(type) {
	case Ping:
		return "ping"
	case Stop:
		return "stop"
	case struct{}:
		return "anonymous"
	}
	return "other"
}

func main() {
	events := make(chan any, 4)
	events <- Ping{}
	events <- Stop{}
	close(events)
	for ev := range events {
		fmt.Printf("%s %T %v\n", handle(ev), ev, ev)
	}
	fmt.Println(handle(struct{}{}))
	var last any = Stop{}
	_, isPing := last.(Ping)
	fmt.Println(isPing, last == any(Stop{}), last == any(Ping{}))
	defer func() { fmt.Println(recover()) }()
	_ = last.(Ping)
}
`,
		want: `ping main.Ping {}
stop main.Stop {}
anonymous
false true false
interface conversion: interface {} is main.Stop, not main.Ping
`},
	{name: "a func type and a handler map in interfaces", src: `package main

import "fmt"

type Request struct{ Path string }
type HandlerFunc func(r Request) string
type Mux map[string]HandlerFunc

func kind(v any) string {
	switch v.(type) {
	case HandlerFunc:
		return "handler"
	case Mux:
		return "mux"
	case func(Request) string:
		return "plain func"
	}
	return "other"
}

func main() {
	h := HandlerFunc(func(r Request) string { return "hi " + r.Path })
	for _, v := range []any{h, Mux{"/": h}, func(r Request) string { return "" }} {
		fmt.Printf("%-10s %T\n", kind(v), v)
	}
	var x any = Mux{"/": h}
	if m, ok := x.(Mux); ok {
		fmt.Println(m["/"](Request{"/"}))
	}
}
`,
		want: `handler    main.HandlerFunc
mux        main.Mux
plain func func(main.Request) string
hi /
`},
	{name: "an array variable given to an empty interface parameter", src: `package main

import "fmt"

type Array [3]byte
type Slice []byte

func isArray(x any) bool { _, ok := x.(Array); return ok }
func isSlice(x any) bool { _, ok := x.(Slice); return ok }

func main() {
	var a Array
	s := make(Slice, 2)
	fmt.Println(isArray(a), isArray(*&a), isArray(Array{}), isArray([3]byte{}))
	fmt.Println(isSlice(s), isSlice(s[:1]), isSlice(Slice(nil)), isSlice([]byte{}))
}
`,
		want: `true true true false
true true true false
`},
	{name: "a value that went to compiled code and came back bare", src: `package main

import (
	"container/list"
	"fmt"
)

type Path []string

func main() {
	l := list.New()
	l.PushBack(Path{"a", "b"})
	l.PushBack([]string{"c"})
	for e := l.Front(); e != nil; e = e.Next() {
		switch p := e.Value.(type) {
		case Path:
			fmt.Println("path", p)
		case []string:
			fmt.Println("strings", p)
		}
	}
}
`,
		want: "path [a b]\nstrings [c]\n"},
}

func TestFidCompositePrograms(t *testing.T) { runFidPrograms(t, compositePrograms) }

// BenchmarkCompositeCells measures cells of a session that declared types
// over a slice and a map and a struct type without fields (which get a
// hidden method): a trivial cell, and prints of interfaces holding them.
func BenchmarkCompositeCells(b *testing.B) {
	s := newSession(b)
	setup := "import \"fmt\"\ntype List []any\ntype Obj map[string]int\ntype Ping struct{}\nvar x any = List{1, Obj{\"a\": 1}}\nvar p any = Ping{}\nn := 3"
	if res := s.Execute(context.Background(), engineRequest(setup), recOutput{&recorder{}}); res.Err != nil {
		b.Fatal(res.Err.Value)
	}
	for _, code := range []string{"1+1", "fmt.Println(n)", "fmt.Println(x)", "fmt.Printf(\"%T %v\\n\", p, p)"} {
		b.Run(code, func(b *testing.B) {
			for b.Loop() {
				if res := s.Execute(context.Background(), engineRequest(code), recOutput{&recorder{}}); res.Err != nil {
					b.Fatal(res.Err.Value)
				}
			}
		})
	}
}
