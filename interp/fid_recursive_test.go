package interp

import (
	"testing"
)

// Structs whose fields keep funcs over the struct in a map, slice or array
// (an op table, a hook list, a middleware chain): yaegi built those field
// types before the struct was complete and failed to store or call the
// funcs; gopad keeps the fields as interfaces for yaegi
// (rewrite/selffuncfields.go). Each program runs whole and split into
// notebook cells; want is what go run printed.

type recursiveProgram = fidProgram

var recursivePrograms = []recursiveProgram{
	{name: "hooks and an op table: named slice assigned, shared map, struct copy, %T", src: `package main

import "fmt"

type Hooks []func(*Order, string)

type Order struct {
	id     int
	hooks  []func(*Order, string)
	byName map[string]func(o *Order) int
	log    []string
}

func (o *Order) On(h func(*Order, string)) { o.hooks = append(o.hooks, h) }

func (o *Order) Fire(ev string) {
	for i := range o.hooks {
		o.hooks[i](o, ev)
	}
}

func main() {
	var extra Hooks = Hooks{func(o *Order, ev string) { o.log = append(o.log, "extra:"+ev) }}
	o := &Order{id: 7}
	fmt.Println(o.hooks == nil, len(o.byName), o.byName["x"] == nil)
	o.hooks = extra
	o.On(func(o *Order, ev string) { o.log = append(o.log, fmt.Sprint(o.id, ev)) })
	o.Fire("paid")
	o.byName = map[string]func(*Order) int{"id": func(o *Order) int { return o.id }}
	alias := o.byName
	alias["twice"] = func(o *Order) int { return 2 * o.id }
	fmt.Println(o.byName["twice"](o), len(o.byName), o.log)
	c := *o
	c.id = 9
	c.Fire("shipped")
	fmt.Println(len(c.hooks), c.log, o.log)
	fmt.Printf("%T %T\n", o.hooks, o.byName["id"])
}
`,
		want: `true 0 true
14 2 [extra:paid 7paid]
2 [extra:paid 7paid extra:shipped 9shipped] [extra:paid 7paid]
[]func(*main.Order, string) func(*main.Order) int
`},
	{name: "zero fields print as Go prints nil maps and slices", src: `package main

import "fmt"

type M struct {
	id  int
	ops map[string]func(*M)
	hs  []func(*M)
}

func main() {
	m := M{id: 1}
	fmt.Println(m)
	fmt.Printf("%v %+v\n", m, &m)
	m.hs = append(m.hs, nil)
	fmt.Println(len(m.hs))
}
`,
		want: `{1 map[] []}
{1 map[] []} &{id:1 ops:map[] hs:[]}
1
`},
	{name: "an element of an array of funcs assigned and called", src: `package main

import "fmt"

type Door struct {
	state   int
	onEnter [3]func(*Door) string
}

func main() {
	d := &Door{}
	d.onEnter[1] = func(d *Door) string { return fmt.Sprint("enter ", d.state) }
	for d.state = 0; d.state < 3; d.state++ {
		if f := d.onEnter[d.state]; f != nil {
			fmt.Println(f(d))
		} else {
			fmt.Println("none", d.state)
		}
	}
	e := *d
	e.onEnter[2] = d.onEnter[1]
	fmt.Println(d.onEnter[2] == nil, e.onEnter[2] != nil)
}
`,
		want: `none 0
enter 1
none 2
true true
`},
	{name: "a state func type that returns itself: struct field, map, func variable, %T", src: `package main

import "fmt"

type Machine struct {
	state stateFn
	n     int
	log   []string
}

type stateFn func(*Machine, int) stateFn

func even(m *Machine, x int) stateFn {
	m.log = append(m.log, fmt.Sprint("even ", x))
	if x%2 == 1 {
		return odd
	}
	return even
}

func odd(m *Machine, x int) stateFn {
	m.log = append(m.log, fmt.Sprint("odd ", x))
	if x < 0 {
		return nil
	}
	if x%2 == 0 {
		return even
	}
	return odd
}

func (m *Machine) Feed(xs ...int) {
	for _, x := range xs {
		if m.state == nil {
			m.log = append(m.log, "stopped")
			return
		}
		m.state = m.state(m, x)
		m.n++
	}
}

func main() {
	m := &Machine{state: even}
	m.Feed(2, 3, 5, 4, -1, 7)
	fmt.Println(m.n, m.log)
	states := map[string]stateFn{"even": even, "odd": odd}
	next := states["odd"](m, 8)
	fmt.Println(next != nil, len(m.log))
	var f func(*Machine, int) stateFn = odd
	s := stateFn(f)
	fmt.Printf("%T %v\n", s, s(m, -3) == nil)
	fmt.Printf("%T\n", f)
}
`,
		want: `6 [even 2 even 3 odd 5 odd 4 even -1 even 7]
true 7
main.stateFn true
func(*main.Machine, int) main.stateFn
`},
	{name: "a field of a named slice type with methods: methods, a zero value printed", src: `package main

import "fmt"

type Hooks []func(*Order) string

func (h Hooks) RunAll(o *Order) []string {
	var out []string
	for _, f := range h {
		out = append(out, f(o))
	}
	return out
}

func (h *Hooks) Add(f func(*Order) string) { *h = append(*h, f) }

type Order struct {
	ID    int
	Hooks Hooks
	ByKey map[string]Hooks
}

func main() {
	o := &Order{ID: 3}
	o.Hooks = append(o.Hooks, func(o *Order) string { return fmt.Sprint("a", o.ID) })
	fmt.Println(o.Hooks.RunAll(o), len(o.Hooks))
	o.ByKey = map[string]Hooks{"x": o.Hooks}
	fmt.Println(o.ByKey["x"].RunAll(o))
	z := Order{ID: 1}
	fmt.Println(z)
	fmt.Printf("%T %v\n", z.Hooks, z.Hooks == nil)
	h := o.Hooks
	h.Add(func(*Order) string { return "b" })
	o.Hooks = h
	fmt.Println(o.Hooks.RunAll(o))
}
`,
		want: `[a3] 1
[a3]
{1 [] map[]}
main.Hooks true
[a3 b]
`},
	{name: "a function of a self-returning signature made an interface value is refused", src: `package main

import "fmt"

type Thunk func() Thunk

func stop() Thunk { return nil }

func main() {
	fmt.Println(stop() == nil)
	var x any = stop
	_, ok := x.(func() Thunk)
	fmt.Println(ok)
}
`,
		want:    "true\ntrue\n",
		refusal: "gopad cannot make an interface value of a function of type func() Thunk",
	},
	{name: "a map type whose values are itself: literals, comma-ok, range with =, make, %T, json", src: `package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

// Value is a JSON-ish tree of objects.
type Value map[string]Value

func (v Value) Keys() []string {
	var ks []string
	for k := range v {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (v Value) Get(path ...string) (Value, bool) {
	cur := v
	for _, p := range path {
		next, ok := cur[p]
		if !ok {
			return nil, false
		}
		cur = next
	}
	return cur, true
}

func main() {
	v := Value{"a": {"b": {}, "c": nil}, "d": Value{}}
	v["e"] = map[string]Value{"f": {}}
	fmt.Println(v, len(v), v.Keys())
	got, ok := v.Get("a", "b")
	fmt.Println(got, ok, got == nil)
	_, ok = v.Get("a", "x")
	fmt.Println(ok, v["a"]["c"] == nil, v["zz"] == nil)
	var k string
	var sub Value
	n := 0
	for k, sub = range v {
		n += len(sub)
	}
	fmt.Println(n, k != "", sub != nil || sub == nil)
	m := make(map[string]Value)
	m["x"] = v["e"]
	fmt.Printf("%T %T %v\n", m, m["x"], Value(m))
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}
`,
		want: `map[a:map[b:map[] c:map[]] d:map[] e:map[f:map[]]] 3 [a d e]
map[] true false
false true true
3 true true
map[string]main.Value main.Value map[x:map[f:map[]]]
{"a":{"b":{},"c":null},"d":{},"e":{"f":{}}} <nil>
`},
	{name: "a slice type of itself: append, make, copy, nested index, range, %T", src: `package main

import "fmt"

// Nest is a list of lists, like s-expressions without atoms.
type Nest []Nest

func depth(n Nest) int {
	d := 0
	for _, c := range n {
		if x := depth(c); x > d {
			d = x
		}
	}
	return d + 1
}

func main() {
	n := Nest{{}, {{}, nil}}
	n = append(n, Nest{{{}}}, nil)
	fmt.Println(n, len(n), depth(n))
	z := make(Nest, 2, 4)
	z[1] = n[1]
	fmt.Println(z, z[0] == nil, len(z[1]))
	var c Nest
	for i := range n {
		c = n[i]
	}
	fmt.Println(c == nil, n[1][0] != nil, n[2][0][0])
	fmt.Printf("%T %T %d\n", n, n[0], cap(z))
	cp := make(Nest, len(n))
	copy(cp, n)
	fmt.Println(cp)
}
`,
		want: `[[] [[] []] [[[]]] []] 4 4
[[] [[] []]] true 2
true true []
main.Nest main.Nest 4
[[] [[] []] [[[]]] []]
`},
	{name: "the address of such a field is refused", src: `package main

import "fmt"

type Bus struct{ hooks []func(*Bus) }

func main() {
	b := &Bus{}
	fmt.Println("before")
	p := &b.hooks
	*p = append(*p, func(*Bus) {})
	fmt.Println(len(b.hooks))
}
`,
		want:    "before\n1\n",
		refusal: "gopad cannot run this use of the field hooks ([]func(*Bus)): the interpreter keeps a field holding funcs over its own struct as an interface, and here its address is taken",
	},
}

func TestFidRecursivePrograms(t *testing.T) { runFidPrograms(t, recursivePrograms) }

// TestFidRecursiveFuncCells declares a func type that returns itself in
// one cell, the functions of its signature in later ones (one of them a
// method), and runs them from statements.
func TestFidRecursiveFuncCells(t *testing.T) {
	s := newSession(t)
	cells := []struct{ code, want string }{
		{"type Thunk func() Thunk", ""},
		{"func count(n int, out *[]int) Thunk {\n\treturn func() Thunk {\n\t\t*out = append(*out, n)\n\t\tif n == 0 {\n\t\t\treturn nil\n\t\t}\n\t\treturn count(n-1, out)\n\t}\n}", ""},
		{"func (t Thunk) Run() (steps int) {\n\tfor t != nil {\n\t\tt = t()\n\t\tsteps++\n\t}\n\treturn\n}", ""},
		{"var out []int\nfmt.Println(count(3, &out).Run(), out)", "4 [3 2 1 0]\n"},
		{"step := count(1, &out)\nnext := step()\nfmt.Printf(\"%T %v %v\\n\", next, next == nil, next() == nil)", "main.Thunk false true\n"},
		{"func count(n int, out *[]int) Thunk { return nil }", ""},
		{"fmt.Println(count(5, &out).Run(), len(out))", "0 6\n"},
	}
	for i, c := range cells {
		res, rec := run(t, s, c.code)
		if res.Err != nil {
			t.Fatalf("cell %d: %s", i+1, res.Err.Value)
		}
		if got := rec.out(); got != c.want {
			t.Fatalf("cell %d printed %q, want %q", i+1, got, c.want)
		}
	}
}

// TestFidRecursiveCells declares the struct in one cell, its method and
// its uses in later ones, and redeclares a function that fills the field.
func TestFidRecursiveCells(t *testing.T) {
	s := newSession(t)
	cells := []struct{ code, want string }{
		{"type Machine struct {\n\tstack []int\n\tops   map[string]func(*Machine) error\n}", ""},
		{"func (m *Machine) Do(op string) error { return m.ops[op](m) }", ""},
		{"m := &Machine{ops: map[string]func(*Machine) error{}}\nm.ops[\"push1\"] = func(m *Machine) error { m.stack = append(m.stack, 1); return nil }", ""},
		{"m.Do(\"push1\")\nm.Do(\"push1\")\nfmt.Println(m.stack, len(m.ops))", "[1 1] 1\n"},
		{"ops := m.ops\nops[\"sum\"] = func(m *Machine) error { s := 0; for _, v := range m.stack { s += v }; m.stack = []int{s}; return nil }\nfmt.Println(m.Do(\"sum\"), m.stack)", "<nil> [2]\n"},
		{"m.ops = nil\nfmt.Println(m.ops == nil, len(m.ops))", "true 0\n"},
	}
	for i, c := range cells {
		res, rec := run(t, s, c.code)
		if res.Err != nil {
			t.Fatalf("cell %d: %s", i+1, res.Err.Value)
		}
		if got := rec.out(); got != c.want {
			t.Fatalf("cell %d printed %q, want %q", i+1, got, c.want)
		}
	}
}
