package interp

import "testing"

// silent7Programs are the class programs of the helper silent7 (the
// silent classes of issue #19: fmt of cell values seen through compiled
// interfaces, `_ = *f()`), each run whole and split (runFidPrograms).
var silent7Programs = []fidProgram{
	// Class 1 around it: a compiled struct holding a cell's value in an
	// interface field (sort.Reverse of a slice type and of a struct type)
	// printed with Println, %v and %+v (was &{{[q] 0x540f00 ...}},
	// gopadrt/unkept.go), == of struct values in io.Reader, %d of a struct
	// with an any field, a generic struct in io.Reader.
	{name: "compiled_struct_holding", src: `package main

import (
	"fmt"
	"io"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type rows struct {
	items []int
}

func (r rows) Len() int           { return len(r.items) }
func (r rows) Less(i, j int) bool { return r.items[i] < r.items[j] }
func (r rows) Swap(i, j int)      { r.items[i], r.items[j] = r.items[j], r.items[i] }

type Pt struct{ X, Y int }

func (p Pt) Read(b []byte) (int, error) { return 0, io.EOF }

type Cell struct {
	V any
	N int
}

type Box[T any] struct{ v T }

func (b Box[T]) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	fmt.Println(sort.Reverse(byLen{"q"}))
	fmt.Println(sort.Reverse(rows{[]int{1}}))
	fmt.Printf("%v %+v\n", sort.Reverse(byLen{"a", "bb"}), sort.Reverse(byLen{"c"}))
	rs := []sort.Interface{sort.Reverse(byLen{"z"})}
	fmt.Println(len(rs))
	var r io.Reader = Pt{1, 2}
	fmt.Println(r == io.Reader(Pt{1, 2}), r == io.Reader(Pt{1, 3}))
	fmt.Printf("%d\n", Cell{Pt{1, 2}, 3})
	var g io.Reader = Box[int]{5}
	fmt.Println(g)
	if b, ok := g.(Box[int]); ok {
		fmt.Println("box", b.v)
	}
}
`, want: "&{[q]}\n&{{[1]}}\n&{[a bb]} &{Interface:[c]}\n1\ntrue false\n{{1 2} 3}\n{5}\nbox 5\n"},
	// Class 1: struct values of the cells' types in io.Reader, io.Writer and
	// sort.Interface printed with Println, %v and %+v, alone, in a slice and
	// in a map (yaegi's wrapper kept one field: `2` for Pt{1, 2}); fixed by
	// the wrappers with GopadSelf (interp/stdlib/selfwrap_gen.go, iowrap.go).
	{name: "iface_struct_print", src: `package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Pt struct{ X, Y int }

func (p Pt) Read(b []byte) (int, error) { return 0, io.EOF }

type holder struct {
	P Pt
	N int
}

func (h holder) Write(b []byte) (int, error) { return len(b), nil }

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type rev struct {
	items []int
	name  string
}

func (r rev) Len() int           { return len(r.items) }
func (r rev) Less(i, j int) bool { return r.items[i] > r.items[j] }
func (r rev) Swap(i, j int)      { r.items[i], r.items[j] = r.items[j], r.items[i] }

func main() {
	var r io.Reader = Pt{1, 2}
	fmt.Println(r)
	fmt.Printf("%v %+v\n", r, r)
	var w io.Writer = holder{Pt{1, 2}, 3}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	var s sort.Interface = rev{[]int{3, 1, 2}, "r"}
	sort.Sort(s)
	fmt.Println(s)
	fmt.Printf("%+v\n", s)
	rs := []io.Reader{Pt{3, 4}, strings.NewReader("x")}
	fmt.Println(len(rs), rs[0])
	m := map[string]io.Writer{"h": holder{Pt{5, 6}, 7}}
	fmt.Println(m)
}
`, want: "{1 2}\n{1 2} {X:1 Y:2}\n{{1 2} 3}\n{P:{X:1 Y:2} N:3}\n{[3 2 1] r}\n{items:[3 2 1] name:r}\n2 {3 4}\nmap[h:{{5 6} 7}]\n"},
	// Class 1 around it: type switches and comma-ok assertions on io.Writer
	// and sort.Interface holding struct values and slice types of the cells
	// (refused before, `case sink`), %T, a heap.Interface of a pointer, %d of
	// a sort.Interface.
	{name: "iface_switch_and_print", src: `package main

import (
	"bytes"
	"container/heap"
	"fmt"
	"io"
	"sort"
)

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] < n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

type Ages []int

func (n Ages) Len() int           { return len(n) }
func (n Ages) Less(i, j int) bool { return n[i] < n[j] }
func (n Ages) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

type sink struct{ n int }

func (s sink) Write(p []byte) (int, error) { return len(p), nil }

type counter struct {
	label string
	hits  int
}

func (c counter) Write(p []byte) (int, error) { return len(p), nil }

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func kind(s sort.Interface) string {
	switch v := s.(type) {
	case Names:
		return fmt.Sprint("names ", len(v))
	case Ages:
		return fmt.Sprint("ages ", len(v))
	}
	return "other"
}

func main() {
	fmt.Println(kind(Names{"b", "a"}), kind(Ages{3}), kind(nil))
	ws := []io.Writer{sink{1}, counter{"c", 2}, &bytes.Buffer{}}
	for _, w := range ws {
		switch x := w.(type) {
		case sink:
			fmt.Println("sink", x.n)
		case counter:
			fmt.Println("counter", x.label, x.hits)
		default:
			fmt.Printf("%T\n", x)
		}
	}
	fmt.Println(ws[:2])
	fmt.Printf("%v %+v %T\n", ws[1], ws[1], ws[1])
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	var hi heap.Interface = h
	fmt.Println(hi, *h, heap.Pop(h))
	var s sort.Interface = Ages{9, 1}
	sort.Sort(s)
	fmt.Println(s)
	fmt.Printf("%v %d\n", s, s)
	c, ok := ws[1].(counter)
	fmt.Println(c, ok)
	_, ok = ws[0].(counter)
	fmt.Println(ok)
}
`, want: "names 2 ages 1 other\nsink 1\ncounter c 2\n*bytes.Buffer\n[{1} {c 2}]\n{c 2} {label:c hits:2} main.counter\n&[2 5 8] [2 5 8] 1\n[1 9]\n[1 9] [1 9]\n{c 2} true\nfalse\n"},
	// Class 1 around it: struct values whose methods all come from an embedded
	// field (*strings.Reader, io.Reader, sort.IntSlice) in io.Reader and
	// sort.Interface, printed and asserted (printed the wrapper's fields and
	// refused the assertion before: rewrite/selfmethods.go promotesWrapped
	// gives them GopadSelf).
	{name: "promoted_methods_only", src: `package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type rd struct {
	*strings.Reader
	n int
}

type counted struct {
	io.Reader
	n int
}

type ints struct {
	sort.IntSlice
	tag string
}

func main() {
	var c io.Reader = counted{strings.NewReader("q"), 3}
	s := fmt.Sprint(c)
	fmt.Println(strings.HasSuffix(s, " 3}"), strings.HasPrefix(s, "{0x"))
	var r io.Reader = rd{strings.NewReader("abc"), 7}
	s = fmt.Sprint(r)
	fmt.Println(strings.HasSuffix(s, " 7}"), strings.HasPrefix(s, "{0x"))
	x, ok := r.(rd)
	fmt.Println(ok, x.n)
	switch v := c.(type) {
	case counted:
		fmt.Println("counted", v.n)
	}
	var si sort.Interface = ints{sort.IntSlice{3, 1}, "t"}
	sort.Sort(si)
	fmt.Println(si)
	fmt.Printf("%+v\n", si)
}
`, want: "true true\ntrue true\ntrue 7\ncounted 3\n{[1 3] t}\n{IntSlice:[1 3] tag:t}\n"},
	// Class 2: types declared in main and in another function that have String
	// or Error from an embedded field (time.Duration, a cell's Color,
	// fmt.Stringer, error, *strings.Builder), printed through any, []any,
	// map[string]any, with %v, %s, %+v, %d, and asserted to fmt.Stringer (a
	// crash, {1 2} and a PANIC text before): moved to the package level
	// (rewrite/localtypeargs.go).
	{name: "local_embedded_stringer", src: `package main

import (
	"fmt"
	"strings"
	"time"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Shape interface{ Area() float64 }

func report(items []any) {
	type wrapped struct{ fmt.Stringer }
	type failure struct{ error }
	type buf struct{ *strings.Builder }
	b := buf{&strings.Builder{}}
	b.WriteString("hello")
	vals := []any{wrapped{Color(0)}, failure{fmt.Errorf("bad %d", 3)}, b}
	fmt.Println(append(items, vals...)...)
	m := map[string]any{"w": wrapped{Color(2)}, "f": failure{fmt.Errorf("boom")}}
	fmt.Println(m)
	fmt.Printf("%v|%s|%+v\n", vals[0], vals[1], vals[0])
}

func main() {
	type Timeout struct{ time.Duration }
	type Paint struct {
		Color
		Coats int
	}
	var t any = Timeout{2 * time.Second}
	fmt.Println(t)
	var p any = Paint{Color(1), 2}
	fmt.Println(p)
	fmt.Printf("%v %s %d\n", p, t, p)
	row := []any{Timeout{time.Minute}, Paint{2, 1}, 7}
	fmt.Println(row...)
	fmt.Println(row)
	report(row[:1])
	if s, ok := p.(fmt.Stringer); ok {
		fmt.Println("stringer", s.String())
	}
}
`, want: "2s\ngreen\ngreen 2s {1 2}\n1m0s blue 7\n[1m0s blue 7]\n1m0s red bad 3 hello\nmap[f:boom w:blue]\nred|bad 3|red\nstringer green\n"},
	// Class 2, refused: such a type declared in a function literal, which no
	// pass moves (rewrite/localmethodtypes.go).
	{name: "local_method_type_refused", src: `package main

import (
	"fmt"
	"time"
)

type Other int

func run() {
	type Timeout struct{ time.Duration }
	var t any = Timeout{2 * time.Second}
	fmt.Println(t)
}

func main() {
	fmt.Println("start")
	func() {
		type Lap struct{ time.Duration }
		var l any = Lap{time.Minute}
		fmt.Println(l)
	}()
	run()
}
`, want: "start\n1m0s\n2s\n", refusal: "gopad cannot declare the type Lap inside a function"},
	// Class 3: %5.1f, %.0f, %d, %03d, %x, %t and %.2f of slices, arrays and
	// maps of fmt.Stringer and error holding the cells' values over float64,
	// int and bool and struct values, through Printf, Sprintf and Fprintf, and
	// a bad verb on such an element (rewrite/fmtheld.go heldCompiledFunc,
	// gopadBuiltin.HeldElem).
	{name: "stringer_slice_verbs", src: `package main

import (
	"fmt"
	"os"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Flag bool

func (f Flag) String() string {
	if f {
		return "on"
	}
	return "off"
}

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	temps := []fmt.Stringer{Celsius(21.5), Celsius(-3)}
	fmt.Printf("%5.1f|%v|%s\n", temps, temps, temps)
	fmt.Printf("%6.2f\n", temps[:1])
	s := fmt.Sprintf("%.0f", temps)
	fmt.Println(s, strings.Count(s, " "))
	errs := [2]error{Code(4), Code(10)}
	fmt.Printf("%d %x %03d\n", errs, errs, errs)
	byName := map[string]fmt.Stringer{"b": Celsius(1.25), "a": Celsius(2)}
	fmt.Printf("%.2f\n", byName)
	flags := []fmt.Stringer{Flag(true), Flag(false)}
	fmt.Printf("%t %v\n", flags, flags)
	pts := []fmt.Stringer{Pt{1, 2}, Pt{3, 4}}
	fmt.Fprintf(os.Stdout, "%d %v\n", pts, pts)
	mixed := []fmt.Stringer{Celsius(7), Pt{5, 6}}
	fmt.Printf("%v %d\n", mixed, mixed)
}
`, want: "[ 21.5  -3.0]|[21.5°C -3.0°C]|[21.5°C -3.0°C]\n[ 21.50]\n[22 -3] 1\n[4 10] [636f64652034 636f6465203130] [004 010]\nmap[%!f(string=a):2.00 %!f(string=b):1.25]\n[true false] [on off]\n[{1 2} {3 4}] [(1,2) (3,4)]\n[7.0°C (5,6)] [%!d(main.Celsius=7) {5 6}]\n"},
	// Class 3 around it: %d, %03d, %.1f and %v of structs (alone, in a slice,
	// in a map) whose fields of error, fmt.Stringer, io.Reader and any hold
	// the cells' values, an unexported fmt.Stringer field fmt prints without
	// String, a nil error field under %.1f (rewrite/fmtheld.go heldStructFunc,
	// fmtstruct.go interfaceFieldAs, gopadrt printNested).
	{name: "struct_iface_fields", src: `package main

import (
	"fmt"
	"io"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Level float64

func (l Level) String() string { return fmt.Sprintf("L%.1f", float64(l)) }

type Cell struct {
	V any
	N int
}

type Row struct {
	E   error
	N   int
	lvl fmt.Stringer
}

type Src struct {
	R io.Reader
	n int
}

type Pt struct{ X, Y int }

func (p Pt) Read(b []byte) (int, error) { return 0, io.EOF }

func main() {
	fmt.Printf("%d\n", Cell{Code(4), 3})
	fmt.Printf("%d %v\n", Row{Code(5), 1, Level(2)}, Row{Code(5), 1, Level(2)})
	fmt.Printf("%d\n", []Row{{Code(6), 2, Level(1.5)}})
	fmt.Printf("%03d\n", map[string]Cell{"a": {Code(7), 8}})
	fmt.Printf("%.1f\n", Row{nil, 0, Level(3.25)})
	fmt.Printf("%d|%v\n", Src{Pt{1, 2}, 9}, Src{Pt{3, 4}, 0})
}
`, want: "{4 3}\n{5 1 %!d(main.Level=2)} {code 5 1 2}\n[{6 2 %!d(main.Level=1.5)}]\nmap[%!d(string=00a):{007 008}]\n{<nil> %!f(int=0) 3.2}\n{{1 2} 9}|{{3 4} 0}\n"},
	// Class 4: pointers to the cells' structs (one with an unexported
	// time.Duration field, one with a slice, one whose pointer has String)
	// inside []any, [1]any, map[string]any, an any field and a nested []any,
	// printed with %v, %+v and Sprint: Go prints an address there and &{...}
	// only at the top level (gopadBuiltin.Nested, PrintAddr's pointer;
	// printNested in gopadrt).
	{name: "pointers_in_any_rows", src: `package main

import (
	"fmt"
	"strings"
	"time"
)

type Node struct {
	Val  int
	Next *Node
}

type job struct {
	name    string
	timeout time.Duration
}

type Item struct {
	Name string
	Tags []string
}

type Named struct{ N string }

func (n *Named) String() string { return "named:" + n.N }

type Box struct {
	Label string
	Data  any
}

func addr(s string) string {
	if strings.Contains(s, "&") {
		return "amp"
	}
	if strings.Contains(s, "0x") {
		return "addr"
	}
	return "plain:" + s
}

func main() {
	n := &Node{Val: 1}
	j := &job{"b", time.Minute}
	it := &Item{"x", []string{"a"}}
	x := 5
	fmt.Println(addr(fmt.Sprintf("%v", []any{n, 2})), addr(fmt.Sprint([]any{n})), addr(fmt.Sprintf("%+v", []any{n})))
	fmt.Println(addr(fmt.Sprintf("%v", []any{j})), addr(fmt.Sprintf("%+v", []any{j})), addr(fmt.Sprint([]any{it})))
	fmt.Println(addr(fmt.Sprintf("%v", map[string]any{"n": n})), addr(fmt.Sprintf("%+v", map[string]any{"j": j})))
	fmt.Println(addr(fmt.Sprintf("%v", []any{&x})), addr(fmt.Sprint(Box{"b", n})), addr(fmt.Sprintf("%+v", Box{"b", it})))
	fmt.Println(addr(fmt.Sprint([]any{[]any{n}})), addr(fmt.Sprintf("%v", [1]any{j})))
	fmt.Println(fmt.Sprint([]any{&Named{"z"}}), fmt.Sprintf("%v", map[string]any{"k": &Named{"q"}}))
	fmt.Println(addr(fmt.Sprint(n)), addr(fmt.Sprintf("%+v", j)), addr(fmt.Sprint(it)))
	var a any = n
	fmt.Println(addr(fmt.Sprint(a)), addr(fmt.Sprint([]any{a})))
}
`, want: "addr addr addr\naddr addr addr\naddr addr\naddr addr addr\naddr addr\n[named:z] map[k:named:q]\namp amp amp\namp addr\n"},
	// Class 5: `_ = *f()` of a nil pointer a call returns, in a function
	// literal, of a func variable, two of them in one assignment, and of a
	// parenthesized variable (rewrite/nilderefs.go, gopadBuiltin.NilChecked).
	{name: "deref_blank_calls", src: `package main

import "fmt"

type T struct{ n int }

func find(m map[string]*T, k string) *T { return m[k] }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func main() {
	m := map[string]*T{"a": {1}}
	try(func() { _ = *find(m, "a"); fmt.Println("a ok") })
	try(func() { _ = *find(m, "b"); fmt.Println("b ok") })
	var get = func() *int { return nil }
	try(func() { _ = *get(); fmt.Println("int ok") })
	try(func() { _, _ = *find(m, "a"), *find(m, "z"); fmt.Println("pair ok") })
	var p *T
	try(func() { _ = *(p); fmt.Println("paren ok") })
}
`, want: "a ok\npanic: runtime error: invalid memory address or nil pointer dereference\npanic: runtime error: invalid memory address or nil pointer dereference\npanic: runtime error: invalid memory address or nil pointer dereference\npanic: runtime error: invalid memory address or nil pointer dereference\n"},
	// Class 5: `_ = *x` where x is a method's result, a call with two results
	// passed on, an element of a slice, a map's value, a called function
	// literal.
	{name: "deref_blank_methods", src: `package main

import (
	"errors"
	"fmt"
)

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Tail() *Node {
	if n.Next == nil {
		return nil
	}
	return n.Next.Tail2()
}

func (n *Node) Tail2() *Node { return n.Next }

type Store struct{ items map[string]*Node }

func (s Store) Get(k string) (*Node, error) {
	if n, ok := s.items[k]; ok {
		return n, nil
	}
	return nil, errors.New("missing " + k)
}

func must(n *Node, err error) *Node { return n }

func check(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	s := Store{map[string]*Node{"a": {1, &Node{2, nil}}}}
	check("get a", func() { _ = *must(s.Get("a")) })
	check("get b", func() { _ = *must(s.Get("b")) })
	head := s.items["a"]
	check("tail", func() { _ = *head.Tail() })
	check("index", func() { ns := []*Node{head, nil}; _ = *ns[1] })
	check("map", func() { _ = *s.items["zz"] })
	check("closure", func() { _ = *func() *int { return nil }() })
}
`, want: "get a ok\nget b: runtime error: invalid memory address or nil pointer dereference\ntail: runtime error: invalid memory address or nil pointer dereference\nindex: runtime error: invalid memory address or nil pointer dereference\nmap: runtime error: invalid memory address or nil pointer dereference\nclosure: runtime error: invalid memory address or nil pointer dereference\n"},
	// Class 6: slices, maps and arrays of the cells' structs with unexported
	// fields of time.Duration, net.IP and os.FileMode held in an any, printed
	// with Println, %v and %+v, spread from an []any and nested in an exported
	// field (interp/rawfields.go, gopadBuiltin.RawHidden).
	{name: "unexported_stringer_fields", src: `package main

import (
	"fmt"
	"net"
	"os"
	"time"
)

type job struct {
	name    string
	timeout time.Duration
	Retries int
}

type host struct {
	Name string
	addr net.IP
	mode os.FileMode
}

type Report struct {
	Title string
	Jobs  []job
}

func show(label string, v any) { fmt.Printf("%s: %v | %+v\n", label, v, v) }

func main() {
	jobs := []job{{"a", 2 * time.Second, 1}, {"b", time.Minute, 0}}
	var x any = jobs
	fmt.Println(x)
	show("slice", jobs)
	show("map", map[string]job{"z": {"c", time.Millisecond, 2}})
	show("array", [1]host{{"db", net.IPv4(10, 0, 0, 1), 0o644}})
	show("nested", Report{"nightly", jobs[:1]})
	fmt.Println([]any{jobs, "end"}...)
	fmt.Println([]any{jobs[0], 3})
	var y any = map[string][]job{"q": jobs[1:]}
	fmt.Printf("%v\n", y)
	fmt.Println(jobs, jobs[0].timeout)
}
`, want: "[{a 2000000000 1} {b 60000000000 0}]\nslice: [{a 2000000000 1} {b 60000000000 0}] | [{name:a timeout:2000000000 Retries:1} {name:b timeout:60000000000 Retries:0}]\nmap: map[z:{c 1000000 2}] | map[z:{name:c timeout:1000000 Retries:2}]\narray: [{db [0 0 0 0 0 0 0 0 0 0 255 255 10 0 0 1] 420}] | [{Name:db addr:[0 0 0 0 0 0 0 0 0 0 255 255 10 0 0 1] mode:420}]\nnested: {nightly [{a 2000000000 1}]} | {Title:nightly Jobs:[{name:a timeout:2000000000 Retries:1}]}\n[{a 2000000000 1} {b 60000000000 0}] end\n[{a 2000000000 1} 3]\nmap[q:[{b 60000000000 0}]]\n[{a 2000000000 1} {b 60000000000 0}] 2s\n"},
	// Class 6, refused: an unexported time.Time field, whose inner fields Go
	// prints, inside a slice held in an any.
	{name: "unexported_time_refused", src: `package main

import (
	"fmt"
	"time"
)

type event struct {
	Name string
	at   time.Time
}

func main() {
	evs := []event{{"boot", time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}}
	fmt.Println(evs[0].Name, evs[0].at.Year())
	var x any = evs
	fmt.Println(len(fmt.Sprint(x)) > 0)
}
`, want: "boot 2024\ntrue\n", refusal: "gopad cannot print the unexported field at time.Time"},
	// Class 7 (found here): a struct with a field of io.Reader holding a
	// cell's struct value printed (was {p 2}); type switches and assertions on
	// sort.Interface between a cell's type over []int and sort.IntSlice, which
	// yaegi took for each other (gopadBuiltin.SelfIs and CellWrapped,
	// rewrite/typeswitch.go and lostidentity.go).
	{name: "compiled_iface_twins", src: `package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Pt struct{ X, Y int }

func (p Pt) Read(b []byte) (int, error) { return 0, io.EOF }

type Pipe struct {
	Name string
	Src  io.Reader
}

type Ages []int

func (n Ages) Len() int           { return len(n) }
func (n Ages) Less(i, j int) bool { return n[i] < n[j] }
func (n Ages) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func kind(s sort.Interface) string {
	switch s.(type) {
	case Ages:
		return "ages"
	case sort.IntSlice:
		return "intslice"
	}
	return "other"
}

func main() {
	p := Pipe{"p", Pt{1, 2}}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	ps := []Pipe{p, {"q", strings.NewReader("x")}}
	fmt.Println(len(ps), ps[0])
	var e error = NotFound{"k"}
	fmt.Printf("%v|%+v|%s|%q\n", e, e, e, e)
	wrapped := fmt.Errorf("wrap: %w", e)
	var nf NotFound
	fmt.Println(errors.As(wrapped, &nf), nf.Key)
	fmt.Println(kind(Ages{1}), kind(sort.IntSlice{2}), kind(sort.StringSlice{"a"}))
	var si sort.Interface = sort.IntSlice{1}
	_, isAges := si.(Ages)
	var sa sort.Interface = Ages{4}
	_, isInts := sa.(sort.IntSlice)
	fmt.Println(isAges, isInts)
	var r io.Reader = Pt{3, 4}
	var anyR any = r
	fmt.Println(anyR, []any{r})
	fmt.Printf("%T %T\n", anyR, r)
}
`, want: "{p {1 2}}\n{p {1 2}} {Name:p Src:{X:1 Y:2}}\n2 {p {1 2}}\nnot found: k|not found: k|not found: k|\"not found: k\"\ntrue k\nages intslice other\nfalse false\n{3 4} [{3 4}]\nmain.Pt main.Pt\n"},
	// Class 7: the same with the compiled case first, in a type switch that
	// binds its name, and comma-ok assertions both ways.
	{name: "compiled_switch_order", src: `package main

import (
	"fmt"
	"sort"
)

type Ages []int

func (n Ages) Len() int           { return len(n) }
func (n Ages) Less(i, j int) bool { return n[i] < n[j] }
func (n Ages) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

func kind(s sort.Interface) string {
	switch v := s.(type) {
	case sort.IntSlice:
		return fmt.Sprint("intslice ", len(v))
	case Ages:
		return fmt.Sprint("ages ", len(v))
	case sort.StringSlice:
		return "strings"
	}
	return "other"
}

func main() {
	var si sort.Interface = sort.IntSlice{1}
	a, isAges := si.(Ages)
	fmt.Println(a, isAges)
	var sa sort.Interface = Ages{4}
	b, ok := sa.(Ages)
	fmt.Println(b, ok)
	_, ok = sa.(sort.IntSlice)
	fmt.Println(ok)
	c, ok := si.(sort.IntSlice)
	fmt.Println(c, ok)
	fmt.Println(kind(Ages{1, 2}), kind(sort.IntSlice{3}), kind(sort.StringSlice{"a"}), kind(sort.Float64Slice{1}))
}
`, want: "[] false\n[4] true\nfalse\n[1] true\nages 2 intslice 1 strings other\n"},
}

func TestFidSilent7(t *testing.T) { runFidPrograms(t, silent7Programs) }
