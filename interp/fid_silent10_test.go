package interp

import "testing"

// silent10Programs are the class programs of silent10 (erased composites,
// struct type literals over the cells' types, Format through every verb),
// each run whole and split (runFidPrograms).
var silent10Programs = []fidProgram{
	// A struct type literal over the cells' types inside an interface: %T,
	// %#v, its type switch case apart from its twin over the underlying
	// types and from a named type with its fields, ==, map[any] keys, a
	// pointer to it, a slice of such a type in a map value, an assertion,
	// an assignment to the named type.
	{name: "anon_struct_types", src: `package main

import "fmt"

type Count int
type Name string

type AB struct {
	A Count
	B Name
}

func show(v any) string { return fmt.Sprintf("%T %v", v, v) }

func kind(v any) string {
	switch v.(type) {
	case struct {
		A Count
		B Name
	}:
		return "anon"
	case struct {
		A int
		B string
	}:
		return "twin"
	case AB:
		return "AB"
	}
	return "other"
}

func main() {
	x := struct {
		A Count
		B Name
	}{1, "x"}
	y := struct{ A, B Count }{2, 3}
	fmt.Println(show(x), show(y))
	fmt.Println(show(&x))
	fmt.Printf("%#v\n", []any{x, y})

	list := []any{x, struct {
		A int
		B string
	}{1, "x"}, AB(x)}
	for _, v := range list {
		fmt.Println(kind(v), v == any(x))
	}

	m := map[any]string{}
	m[x] = "anon"
	m[struct {
		A int
		B string
	}{1, "x"}] = "twin"
	m[AB{1, "x"}] = "AB"
	fmt.Println(len(m), m[x])

	vals := map[string]any{"k": []struct{ N Name }{{"n"}}}
	fmt.Printf("%T\n", vals["k"])
	_, ok := list[1].(struct {
		A Count
		B Name
	})
	var ab AB = x
	fmt.Println(ok, ab)
}
`, want: "struct { A main.Count; B main.Name } {1 x} struct { A main.Count; B main.Count } {2 3}\n*struct { A main.Count; B main.Name } &{1 x}\n[]interface {}{struct { A main.Count; B main.Name }{A:1, B:\"x\"}, struct { A main.Count; B main.Count }{A:2, B:3}}\nanon true\ntwin false\nAB false\n3 anon\n[]struct { N main.Name }\nfalse {1 x}\n"},
	// Slices and maps over the cells' types inside an interface (yaegi
	// makes a []Name a []string): %T and %#v through a parameter, a
	// generic function's result, a channel of any, elements of an []any
	// with their assertions and a genuine []string beside them, a closure's
	// result read after an append; nested composites and a named type over
	// an array of arrays in %#v.
	{name: "erased_composites", src: `package main

import "fmt"

type Count int
type Name string
type Grid [2][2]Count

func show(v any) string { return fmt.Sprintf("%T %#v", v, v) }

func wrap[T any](v T) any { return v }

func main() {
	ns := []Name{"b", "a"}
	fmt.Println(show(ns))
	fmt.Println(show(map[Name]Count{"x": 1}))
	fmt.Println(show(map[string][]Count{"y": {2}}))
	fmt.Println(show(wrap([]Name{"c"})))

	ch := make(chan any, 1)
	ch <- map[Name][]Name{"k": {"v"}}
	fmt.Println(show(<-ch))

	items := []any{ns, []string{"s"}}
	for _, it := range items {
		_, isNames := it.([]Name)
		_, isStrings := it.([]string)
		fmt.Println(show(it), isNames, isStrings)
	}

	get := func() any { return ns }
	ns = append(ns, "z")
	fmt.Println(show(get()))
	fmt.Printf("%#v\n", Grid{{1, 2}, {3, 4}})
	var g any = Grid{{5, 6}}
	fmt.Printf("%#v %T\n", g, g)
}
`, want: "[]main.Name []main.Name{\"b\", \"a\"}\nmap[main.Name]main.Count map[main.Name]main.Count{\"x\":1}\nmap[string][]main.Count map[string][]main.Count{\"y\":[]main.Count{2}}\n[]main.Name []main.Name{\"c\"}\nmap[main.Name][]main.Name map[main.Name][]main.Name{\"k\":[]main.Name{\"v\"}}\n[]main.Name []main.Name{\"b\", \"a\"} true false\n[]string []string{\"s\"} false true\n[]main.Name []main.Name{\"b\", \"a\", \"z\"}\nmain.Grid{[2]main.Count{1, 2}, [2]main.Count{3, 4}}\nmain.Grid{[2]main.Count{5, 6}, [2]main.Count{0, 0}} main.Grid\n"},
	// An array over a cell's type inside an interface, when no array of
	// its run-time type ([2]int) went into an interface: == and %T answer
	// for [2]Count.
	{name: "erased_arrays_alone", src: `package main

import "fmt"

type Count int

func show(v any) { fmt.Printf("%v %T\n", v, v) }

func same(a, b any) bool { return a == b }

func main() {
	a := [2]Count{1, 2}
	fmt.Printf("%T %v\n", a, a)
	fmt.Println(same(a, [2]Count{1, 2}))
	show(a)
}
`, want: "[2]main.Count [1 2]\ntrue\n[1 2] [2]main.Count\n"},
	// Arrays over a cell's type and over its underlying type, both in
	// interfaces, compared: nothing tells them apart at run time, and the
	// cell stops where Go's answer is false.
	{name: "erased_arrays_compared", src: `package main

import "fmt"

type Count int

func same(a, b any) bool { return a == b }

func main() {
	a := [2]Count{1, 2}
	fmt.Println(same(a, [2]Count{3, 4}))
	fmt.Println(same(a, [2]int{1, 2}))
}
`, want: "false\nfalse\n",
		refusal: "gopad cannot tell a [2]int from a [2]main.Count inside an interface (==)"},
	// Values of the cells' types with a Format method, or none, printed
	// with verbs other than %v inside an []any, a map, a struct and a
	// slice of structs, and a pointer to a struct with an any field: fmt
	// calls Format for every verb, and names the type where a verb is bad
	// for it.
	{name: "format_every_verb", src: `package main

import "fmt"

type Count int
type Name string

type Level int

func (l Level) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "L%c%d", verb, int(l)) }

type Code int

type Row struct {
	L Level
	N Count
}

func main() {
	items := []any{Level(1), Count(3), Name("n")}
	fmt.Printf("%d\n", items)
	fmt.Printf("%s\n", items)
	fmt.Printf("%x\n", items)
	fmt.Printf("%d %v\n", map[Code]Level{2: 1, 1: 4}, map[Code]Level{3: 3})
	fmt.Printf("%d %s\n", Row{3, 4}, []Row{{5, 6}})
	h := struct{ A any }{Count(8)}
	fmt.Printf("%s\n", &h)
}
`, want: "[Ld1 3 %!d(main.Name=n)]\n[Ls1 %!s(main.Count=3) n]\n[Lx1 3 6e]\nmap[1:Ld4 2:Ld1] map[3:Lv3]\n{Ld3 4} [{Ls5 %!s(main.Count=6)}]\n&{%!s(main.Count=8)}\n"},
	// %#v of an []any holding a value with a Format method: fmt calls it,
	// gopad's %#v of a value kept inside an interface cannot.
	{name: "format_sharp_refused", src: `package main

import "fmt"

type Level int

func (l Level) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "L%c%d", verb, int(l)) }

func main() {
	fmt.Printf("%v\n", []any{Level(1), 2})
	fmt.Printf("%#v\n", []any{Level(1), 2})
}
`, want: "[Lv1 2]\n[]interface {}{Lv1, 2}\n",
		refusal: "gopad cannot print %#v of a value of main.Level inside an interface"},
	// Method sets of the cells' types over basic, map, array and func types
	// in an assertion of a conversion (value and pointer receivers), and a
	// value of a func type with a method in a cell interface, an any, a
	// slice, a function's parameter and a channel, the variable assigned
	// another func after.
	{name: "method_sets_and_func_copies", src: `package main

import "fmt"

type CountM int

func (c CountM) Get() int { return int(c) }
func (c *CountM) Inc()    { *c++ }

type MapM map[string]int

func (m MapM) Get() int { return m["n"] }
func (m MapM) Inc()     { m["n"]++ }

type ArrM [2]int

func (a ArrM) Get() int { return a[0] }
func (a *ArrM) Inc()    { a[0]++ }

type FuncM func() int

func (f FuncM) Get() int { return f() }

type Getter interface{ Get() int }
type Incer interface{ Inc() }

func use(g Getter) func() int { return g.Get }

func main() {
	c, m, a := CountM(1), MapM{"n": 1}, ArrM{1, 2}
	_, cg := any(c).(Getter)
	_, ci := any(c).(Incer)
	_, pci := any(&c).(Incer)
	_, mi := any(m).(Incer)
	_, ai := any(a).(Incer)
	_, pai := any(&a).(Incer)
	fmt.Println(cg, ci, pci, mi, ai, pai)
	g := any(m).(Getter)
	fmt.Println(g.Get())

	f := FuncM(func() int { return 1 })
	var fg Getter = f
	var fa any = f
	fs := []Getter{f, &f}
	get := use(f)
	ch := make(chan Getter, 1)
	ch <- f
	f = func() int { return 7 }
	fmt.Println(fg.Get(), fa.(FuncM)(), fs[0].Get(), fs[1].Get(), get(), (<-ch).Get())
}
`, want: "true false true true false true\n1\n1 1 1 7 1 1\n"},
	// A variable of a cell's type over an array, a slice or a map returned
	// as an any by a closure, a loop's variable appended through one, and
	// such values through a generic function's any result: the copy of the
	// variable and the conversion to the interface nest (the call panicked
	// "reflect: Call using interface {} as type [3]int").
	{name: "kept_values_returned_as_any", src: `package main

import "fmt"

type Trio [3]int
type IntList []int
type Bag map[string]int

func AsAny[T any](v T) any { return v }

func main() {
	t, l, b := Trio{1, 2, 3}, IntList{4}, Bag{"a": 5}
	g := func() any { return t }
	h := func() any { return l }
	k := func() any { return b }
	t[0] = 9
	fmt.Printf("%T %v | %T %v | %T %v\n", g(), g(), h(), h(), k(), k())
	var list []any
	for _, v := range []Trio{{1, 1, 1}, {2, 2, 2}} {
		list = append(list, func() any { return v }())
	}
	fmt.Println(list, AsAny(t), AsAny(&t) == any(&t))
	_, ok := AsAny(t).(Trio)
	fmt.Println(ok)
}
`, want: "main.Trio [9 2 3] | main.IntList [4] | main.Bag map[a:5]\n[[1 1 1] [2 2 2]] [9 2 3] true\ntrue\n"},
}

func TestFidSilent10(t *testing.T) { runFidPrograms(t, silent10Programs) }
