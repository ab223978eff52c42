package interp

import "testing"

// Values of the cells' types over basic and slice types with methods
// (type Color int with String) that compiled containers keep and give
// back: they keep their type (print through String, assert, type switch
// cases, %T), as in Go, whole and split into notebook cells. Where gopad
// cannot keep it, it says so.

var keptPrograms = []fidProgram{
	{name: "a sync.Map keeps a Color: Load, Range, LoadOrStore", src: `package main

import (
	"fmt"
	"sync"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	var m sync.Map
	m.Store("a", Green)
	m.Store("b", Blue)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	c, isColor := v.(Color)
	fmt.Println(c, isColor)
	switch x := v.(type) {
	case Color:
		fmt.Println("Color", x)
	case int:
		fmt.Println("int", x)
	}
	fmt.Printf("%v %T\n", v, v)
	m.Range(func(k, v any) bool {
		if k == "b" {
			fmt.Println(k, v)
		}
		return true
	})
	w, _ := m.LoadOrStore("c", Red)
	fmt.Println(w)
}
`,
		want: `green true
green true
Color green
green main.Color
b blue
red
`},
	{name: "a container/list keeps a Color", src: `package main

import (
	"container/list"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	l := list.New()
	l.PushBack(Color(1))
	c := Color(2)
	l.PushBack(c)
	l.PushFront(Color(0))
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Println(e.Value)
		if col, ok := e.Value.(Color); ok {
			fmt.Println("color", col, int(col))
		}
	}
	fmt.Println(l.Back().Value.(Color).String())
}
`,
		want: `red
color red 0
green
color green 1
blue
color blue 2
blue
`},
	{name: "an atomic.Value keeps a Level", src: `package main

import (
	"fmt"
	"sync/atomic"
)

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

func main() {
	var v atomic.Value
	v.Store(Level(3))
	got := v.Load()
	fmt.Println(got)
	fmt.Println(got.(Level) + 1)
	fmt.Printf("%T\n", got)
	old := v.Swap(Level(5))
	fmt.Println(old, v.Load())
}
`,
		want: `L3
L4
main.Level
L3 L5
`},
	{name: "a context value keeps a Role", src: `package main

import (
	"context"
	"fmt"
)

type Role string

func (r Role) String() string { return "role:" + string(r) }

type key struct{}

func main() {
	ctx := context.WithValue(context.Background(), key{}, Role("admin"))
	v := ctx.Value(key{})
	fmt.Println(v)
	if r, ok := v.(Role); ok {
		fmt.Println("ok", r)
	} else {
		fmt.Println("not a Role")
	}
}
`,
		want: `role:admin
ok role:admin
`},
	{name: "heap.Push hands a Prio to the cells Push and Pop gives it back", src: `package main

import (
	"container/heap"
	"fmt"
)

type Prio int

func (p Prio) String() string { return fmt.Sprintf("P%d", int(p)) }

type PQ []Prio

func (q PQ) Len() int           { return len(q) }
func (q PQ) Less(i, j int) bool { return q[i] < q[j] }
func (q PQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)        { *q = append(*q, x.(Prio)) }
func (q *PQ) Pop() any {
	old := *q
	n := len(old)
	x := old[n-1]
	*q = old[:n-1]
	return x
}

func main() {
	q := &PQ{}
	heap.Push(q, Prio(3))
	heap.Push(q, Prio(1))
	heap.Push(q, Prio(2))
	for q.Len() > 0 {
		x := heap.Pop(q)
		fmt.Println(x, x.(Prio))
	}
}
`,
		want: `P1 P1
P2 P2
P3 P3
`},
	{name: "a chan any keeps a Color", src: `package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	ch := make(chan any, 3)
	ch <- Color(1)
	c := Color(2)
	ch <- c
	close(ch)
	for v := range ch {
		fmt.Println(v)
		_, ok := v.(Color)
		fmt.Println(ok)
	}
}
`,
		want: `green
true
blue
true
`},
	{name: "a []any handed to slices.Clone and sort.Slice keeps its Colors", src: `package main

import (
	"fmt"
	"slices"
	"sort"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	xs := []any{Color(2), Color(0), Color(1)}
	ys := slices.Clone(xs)
	fmt.Println(ys...)
	sort.Slice(ys, func(i, j int) bool { return ys[i].(Color) < ys[j].(Color) })
	fmt.Println(ys[0], ys[2])
	for _, y := range ys {
		switch c := y.(type) {
		case Color:
			fmt.Println("color", c)
		default:
			fmt.Println("other", c)
		}
	}
}
`,
		want: `blue red green
red blue
color red
color green
color blue
`},
	{name: "reflect.ValueOf(d).Interface() is a Weekday", src: `package main

import (
	"fmt"
	"reflect"
)

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	v := reflect.ValueOf(Weekday(1)).Interface()
	fmt.Println(v)
	fmt.Printf("%T\n", v)
	d, ok := v.(Weekday)
	fmt.Println(d, ok)
}
`,
		want: `Mon
main.Weekday
Mon true
`},
	{name: "values of cell types and of their basic types in one list and one sync.Map", src: `package main

import (
	"container/list"
	"fmt"
	"sync"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Path []string

func (p Path) String() string { return fmt.Sprint(len(p), " steps") }

func main() {
	l := list.New()
	items := []any{Color(2), 2, Path{"a", "b"}, []string{"c"}, "s"}
	for _, it := range items {
		l.PushBack(it)
	}
	for e := l.Front(); e != nil; e = e.Next() {
		switch x := e.Value.(type) {
		case Color:
			fmt.Println("Color", x)
		case int:
			fmt.Println("int", x)
		case Path:
			fmt.Println("Path", x)
		case []string:
			fmt.Println("strings", x)
		default:
			fmt.Printf("%T %v\n", x, x)
		}
	}
	var m sync.Map
	m.Store(1, Color(0))
	m.Store(2, 7)
	for _, k := range []int{1, 2} {
		v, _ := m.Load(k)
		fmt.Printf("%v %T\n", v, v)
	}
	got, loaded := m.LoadOrStore(1, Color(2))
	fmt.Println(got, loaded)
	old, _ := m.Swap(1, Color(2))
	fmt.Println(old)
	m.CompareAndSwap(2, 7, 8)
	v2, _ := m.Load(2)
	fmt.Println(v2)
}
`,
		want: `Color blue
int 2
Path 2 steps
strings [c]
string s
red main.Color
7 int
red true
red
8
`},
	{name: "values of the cells types with methods in a ring, a list element, sync.Map keys, a sync.Pool", src: `package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"sync"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Slot struct{ V any }

func main() {
	r := ring.New(3)
	for i := 0; i < 3; i++ {
		r.Value = Color(i)
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	l := list.New()
	e := l.PushBack(0)
	e.Value = Color(2)
	fmt.Println(l.Front().Value)
	var m sync.Map
	m.Store(Color(1), "one")
	m.Range(func(k, v any) bool { fmt.Println(k, v); return true })
	ch := make(chan any, 1)
	ch <- Color(1)
	fmt.Println(<-ch)
	p := &sync.Pool{New: func() any { return Color(0) }}
	fmt.Println(p.Get())
	s := Slot{Color(2)}
	fmt.Println(s.V)
}
`,
		want: `red green blue 
blue
green one
green
red
blue
`},
	{name: "struct, pointer, slice and map types with methods in a list, a sync.Map, an atomic.Value, a context", src: `package main

import (
	"container/list"
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Node struct{ Name string }

func (n *Node) String() string { return "node " + n.Name }

type Tags []string

func (t Tags) String() string { return fmt.Sprint(len(t), " tags") }

type Attrs map[string]int

func (a Attrs) String() string { return fmt.Sprint(len(a), " attrs") }

type key string

func main() {
	l := list.New()
	l.PushBack(Point{1, 2})
	l.PushBack(&Node{"a"})
	l.PushBack(Tags{"x", "y"})
	l.PushBack(Attrs{"k": 1})
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Println(e.Value)
		switch v := e.Value.(type) {
		case Point:
			fmt.Println("Point", v.X)
		case *Node:
			fmt.Println("*Node", v.Name)
		case Tags:
			fmt.Println("Tags", len(v))
		case Attrs:
			fmt.Println("Attrs", v["k"])
		}
	}
	var m sync.Map
	m.Store("p", Point{3, 4})
	m.Store("t", Tags{"z"})
	v, _ := m.Load("p")
	fmt.Printf("%v %T\n", v, v)
	w, _ := m.Load("t")
	fmt.Printf("%v %T\n", w, w)
	var av atomic.Value
	av.Store(&Node{"b"})
	fmt.Println(av.Load().(*Node).Name, av.Load())
	ctx := context.WithValue(context.Background(), key("p"), Point{5, 6})
	fmt.Println(ctx.Value(key("p")).(Point).Y, ctx.Value(key("p")))
}
`,
		want: `(1,2)
Point 1
node a
*Node a
2 tags
Tags 2
1 attrs
Attrs 1
(3,4) main.Point
1 tags main.Tags
b node b
6 (5,6)
`},
	{name: "reflect.ValueOf of a Weekday held in a variable, an ID, an any", src: `package main

import (
	"fmt"
	"reflect"
)

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type ID int

func main() {
	d := Weekday(2)
	v := reflect.ValueOf(d)
	fmt.Println(v.Interface(), v.Kind(), v.Int())
	x := v.Interface()
	if w, ok := x.(Weekday); ok {
		fmt.Println("weekday", w)
	}
	fmt.Printf("%T\n", reflect.ValueOf(ID(4)).Interface())
	var a any = d
	fmt.Println(reflect.ValueOf(a).Interface())
}
`,
		want: `Tue int 2
weekday Tue
main.ID
Tue
`},
	{name: "a Weekday that reflect gives back bare is refused, not taken for an int", src: `package main

import (
	"fmt"
	"reflect"
)

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func show(v any) {
	x := reflect.ValueOf(v).Interface()
	switch y := x.(type) {
	case Weekday:
		fmt.Println("weekday", y)
	case int:
		fmt.Println("int", y)
	}
}

func main() {
	show(3)
	show(Weekday(2))
}
`,
		want: `int 3
weekday Tue
`,
		refusal: "gopad cannot tell whether this int inside an interface is itself of type int or a value of a cell's type over it with methods: such a value went to reflect.ValueOf"},
	{name: "reflect's Interface of struct fields of a Weekday and an ID", src: `package main

import (
	"fmt"
	"reflect"
)

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type ID int

type Event struct {
	Name string
	When Weekday
	Who  ID
	note string
}

func dump(x any) {
	v := reflect.ValueOf(x)
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		if !t.Field(i).IsExported() {
			continue
		}
		f := v.Field(i).Interface()
		fmt.Printf("%s: %v (%T)\n", t.Field(i).Name, f, f)
	}
}

func main() {
	e := Event{"launch", 2, 7, "x"}
	dump(e)
	w := reflect.ValueOf(e).FieldByName("When").Interface()
	if d, ok := w.(Weekday); ok {
		fmt.Println("weekday", d)
	}
	fmt.Println(reflect.ValueOf(3).Interface())
}
`,
		want: `Name: launch (string)
When: Tue (main.Weekday)
Who: 7 (main.ID)
weekday Tue
3
`},
	{name: "values of a cell interface type in a list and a sync.Map", src: `package main

import (
	"container/list"
	"fmt"
	"sync"
)

type Namer interface{ Name() string }

type Color int

func (c Color) Name() string   { return "color" + fmt.Sprint(int(c)) }
func (c Color) String() string { return "C" + fmt.Sprint(int(c)) }

type Tag string

func (t Tag) Name() string { return "tag " + string(t) }

func main() {
	var ns []Namer = []Namer{Color(1), Tag("x")}
	l := list.New()
	for _, n := range ns {
		l.PushBack(n)
	}
	for e := l.Front(); e != nil; e = e.Next() {
		n := e.Value.(Namer)
		fmt.Println(n.Name(), e.Value)
		if c, ok := e.Value.(Color); ok {
			fmt.Println("color", int(c))
		}
	}
	var m sync.Map
	var n Namer = Tag("y")
	m.Store("k", n)
	v, _ := m.Load("k")
	fmt.Printf("%v %T\n", v, v)
}
`,
		want: `color1 C1
color 1
tag x x
y main.Tag
`},
	{name: "CompareAndSwap of a sync.Map with a Color is refused", src: `package main

import (
	"fmt"
	"sync"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	var m sync.Map
	m.Store("a", Color(1))
	fmt.Println(m.CompareAndSwap("a", Color(1), Color(2)))
	v, _ := m.Load("a")
	fmt.Println(v)
}
`,
		want: `true
blue
`,
		refusal: "gopad cannot compare a value of a cell's type over a basic type (with methods, or kept beside its type) in sync.Map.CompareAndSwap"},
}

func TestFidKeptPrograms(t *testing.T) { runFidPrograms(t, keptPrograms) }
