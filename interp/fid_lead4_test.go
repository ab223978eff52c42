package interp

import "testing"

// lead4Programs are the lead's class programs of stop 24, each run whole
// and split (runFidPrograms).
var lead4Programs = []fidProgram{
	// A switch whose default clause is not last, where a clause that falls
	// into the default declares a name the default uses: the interpreter
	// runs the clauses in another order, and inlining the default into the
	// falling clause would read the clause's x. Refused where the switch
	// starts, after what the program printed before it.
	{name: "switch_fallthrough_shadow", src: `package main

import "fmt"

func classify(n int) {
	x := "outer"
	switch {
	case n > 10:
		x := "inner"
		fmt.Println("big", x)
		fallthrough
	default:
		fmt.Println("default sees", x)
	case n < 0:
		fmt.Println("negative")
	}
}

func main() {
	fmt.Println("start")
	classify(20)
	classify(-1)
}
`, want: "start\nbig inner\ndefault sees outer\nnegative\n",
		refusal: "gopad cannot run this switch: its default clause is not the last, and a clause that falls through declares x"},
	// The same under a label a clause breaks to: the refusal goes before
	// the label, which keeps naming the switch.
	{name: "switch_fallthrough_shadow_label", src: `package main

import "fmt"

func main() {
	fmt.Println("start")
	v := 0
loop:
	switch v {
	case 0:
		v := 5
		if v > 3 {
			break loop
		}
		fallthrough
	default:
		fmt.Println("v is", v)
	case 1:
	}
}
`, want: "start\n", refusal: "gopad cannot run this switch"},
	// log's file and line flags computed at run time (a config, a verbose
	// switch): gopad cannot print the program's file and line, and refuses
	// the flags when they are set, after what was logged before.
	{name: "log_flags_at_run_time", src: `package main

import (
	"log"
	"os"
)

type config struct{ verbose bool }

func flagsFor(c config) int {
	f := 0
	if c.verbose {
		f |= log.Lshortfile
	}
	return f
}

func main() {
	quiet := log.New(os.Stdout, "[q] ", flagsFor(config{}))
	quiet.Println("quiet logger")
	loud := log.New(os.Stdout, "[v] ", flagsFor(config{verbose: true}))
	loud.Println("verbose logger")
}
`, want: "[q] quiet logger\n[v] main.go:22: verbose logger\n",
		refusal: "gopad cannot print a cell's file and line in log output"},
	// slog's source attribute: the record's file and line would be gopad's
	// own (reflect/value.go), so handlers that add it are refused.
	{name: "slog_add_source", src: `package main

import (
	"log/slog"
	"os"
	"path/filepath"
)

func main() {
	trim := func(groups []string, a slog.Attr) slog.Attr {
		switch a.Key {
		case slog.TimeKey:
			return slog.Attr{}
		case slog.SourceKey:
			src := a.Value.Any().(*slog.Source)
			src.File = filepath.Base(src.File)
		}
		return a
	}
	plain := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: trim}))
	plain.Info("plain", "n", 1)
	opts := &slog.HandlerOptions{ReplaceAttr: trim}
	opts.AddSource = true
	withSource := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	withSource.Info("sourced", "n", 2)
}
`, want: "level=INFO msg=plain n=1\n{\"level\":\"INFO\",\"source\":{\"function\":\"main.main\",\"file\":\"main.go\",\"line\":25},\"msg\":\"sourced\",\"n\":2}\n",
		refusal: "gopad cannot add the source of a log record"},
	// Pointers to maps of Stringers printed as operands (& and the map, the
	// values through String), and %+v of pointers to slices and arrays of
	// them, which printed the structs' fields.
	{name: "pointers_to_stringer_containers", src: `package main

import "fmt"

type Day struct {
	Name string
	N    int
}

func (d Day) String() string { return fmt.Sprintf("%s#%d", d.Name, d.N) }

type Week map[int]Day

func main() {
	byDay := map[int]Day{1: {"mon", 7}, 2: {"tue", 3}}
	fmt.Println(&byDay)
	fmt.Printf("%v|%+v|%s\n", &byDay, &byDay, &byDay)
	w := Week{3: {"wed", 1}}
	pw := &w
	fmt.Println(pw, len(*pw))
	fmt.Printf("%v %d\n", pw, len(w))
	days := []Day{{"a", 1}, {"b", 2}}
	fmt.Printf("%v|%+v|%s\n", &days, &days, &days)
	arr := [2]Day{{"c", 3}, {"d", 4}}
	fmt.Printf("%v|%+v\n", &arr, &arr)
	var nilw *Week
	fmt.Println(nilw)
	fmt.Printf("%v\n", nilw)
}
`, want: `&map[1:mon#7 2:tue#3]
&map[1:mon#7 2:tue#3]|&map[1:mon#7 2:tue#3]|&map[%!s(int=1):mon#7 %!s(int=2):tue#3]
&map[3:wed#1] 1
&map[3:wed#1] 1
&[a#1 b#2]|&[a#1 b#2]|&[a#1 b#2]
&[c#3 d#4]|&[c#3 d#4]
<nil>
<nil>
`},
	// %#v of values of the cells' types inside interfaces (an any, a
	// []any, a map[string]any, a []Node, a struct's field of type any or
	// Node): yaegi keeps them as pairs of value and type, and fmt printed
	// the pairs' fields (interp.valueInterface{node:...}).
	{name: "gosyntax_through_interfaces", src: `package main

import "fmt"

type Set map[string]bool
type Color int
type Names []string
type P struct{ X int }

func (c Color) String() string { return "c" }

func main() {
	var a any = Set{"x": true}
	fmt.Printf("%#v\n", a)
	xs := []any{Color(2), Names{"a"}, P{1}, Set{}}
	fmt.Printf("%#v\n", xs)
	fmt.Printf("%#v %#v\n", xs[0], xs[1])
	m := map[string]any{"n": Names{"q"}}
	fmt.Printf("%#v\n", m)
	var e any = Color(3)
	fmt.Printf("%#v %v %d\n", e, e, e)
}
`, want: `main.Set{"x":true}
[]interface {}{2, main.Names{"a"}, main.P{X:1}, main.Set{}}
2 main.Names{"a"}
map[string]interface {}{"n":main.Names{"q"}}
3 c 3
`},
	{name: "gosyntax_interface_tree", src: `package main

import "fmt"

type Node interface{ Val() int }
type Leaf int
type Pair struct{ L, R Node }

func (l Leaf) Val() int { return int(l) }
func (p Pair) Val() int { return p.L.Val() + p.R.Val() }

type Box struct {
	Name string
	Data any
}

func main() {
	ns := []Node{Leaf(1), Pair{Leaf(2), Leaf(3)}}
	fmt.Printf("%#v\n", ns)
	fmt.Printf("%#v\n", ns[1])
	b := Box{"b", Leaf(4)}
	fmt.Printf("%#v\n", b)
	b2 := Box{"c", []int{1}}
	fmt.Printf("%#v\n", b2)
	var x any = 3
	fmt.Printf("%#v %#v\n", x, []any{"s", 1.5, nil, true, uint8(3)})
}
`, want: `[]main.Node{1, main.Pair{L:2, R:3}}
main.Pair{L:2, R:3}
main.Box{Name:"b", Data:4}
main.Box{Name:"c", Data:[]int{1}}
3 []interface {}{"s", 1.5, interface {}(nil), true, 0x3}
`},
	// %#v of a map or slice type of itself, or of a struct with fields of
	// funcs over it: gopad hands yaegi these types erased, and %#v named
	// the erased types. Refused, statically and inside interfaces.
	{name: "gosyntax_self_types", src: `package main

import "fmt"

type Value map[string]Value
type List []List

type M struct {
	name string
	ops  map[string]func(*M)
}

func main() {
	v := Value{"a": Value{"b": nil}}
	fmt.Printf("%#v\n", v)
	l := List{List{}, nil}
	fmt.Printf("%#v\n", l)
	m := M{name: "x"}
	fmt.Printf("%#v\n", m)
	var a any = v
	fmt.Printf("%#v\n", a)
	fmt.Printf("%v %+v\n", v, l)
}
`, want: `main.Value{"a":main.Value{"b":main.Value(nil)}}
main.List{main.List{}, main.List(nil)}
main.M{name:"x", ops:map[string]func(*main.M)(nil)}
main.Value{"a":main.Value{"b":main.Value(nil)}}
map[a:map[b:map[]]] [[] []]
`,
		refusal: "gopad cannot print %#v of a value of type main.Value: it holds a type that holds itself"},
	{name: "gosyntax_self_types_in_any", src: `package main

import "fmt"

type Value map[string]Value
type List []List

type Tree map[string]Tree

func main() {
	v := Value{"a": Value{"b": nil}}
	var a any = v
	fmt.Printf("%v|%+v|%T\n", a, a, a)
	fmt.Printf("%#v\n", a)
	xs := []any{List{nil}, Tree{"x": {}}}
	fmt.Println(xs...)
	fmt.Printf("%#v\n", xs)
	m := map[string]any{"t": Tree{"y": nil}}
	fmt.Printf("%#v\n", m)
}
`, want: `map[a:map[b:map[]]]|map[a:map[b:map[]]]|main.Value
main.Value{"a":main.Value{"b":main.Value(nil)}}
[[]] map[x:map[]]
[]interface {}{main.List{main.List(nil)}, main.Tree{"x":main.Tree{}}}
map[string]interface {}{"t":main.Tree{"y":main.Tree(nil)}}
`,
		refusal: "gopad cannot print %#v of a value of main.Value inside an interface"},
	// Compiled values, pointers, nils and unexported fields beside them;
	// a nil of a cell's interface type in a map (its name is lost at run
	// time) and a GoString method inside an interface are refused.
	{name: "gosyntax_mixed_values", src: `package main

import (
	"errors"
	"fmt"
	"time"
)

type P struct{ X, y int }
type G struct{ N int }

func (g G) GoString() string { return fmt.Sprintf("G(%d)", g.N) }

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	xs := []any{P{1, 2}, &P{3, 4}, errors.New("e"), time.Duration(5), nil, [2]any{1, "a"}, map[int]any{2: Sq{1}, 1: P{}}}
	fmt.Printf("%#v\n", xs[0])
	fmt.Printf("%#v\n", xs[1])
	fmt.Printf("%#v %#v %#v\n", xs[3], xs[4], xs[5])
	fmt.Printf("%#v\n", xs[6])
	var s Shape = Sq{2}
	fmt.Printf("%#v %v %+v\n", s, s, s)
	shapes := map[string]Shape{"a": Sq{1}, "b": nil}
	fmt.Printf("%#v\n", shapes)
	fmt.Printf("%#v\n", []any{G{1}})
}
`, want: `main.P{X:1, y:2}
&main.P{X:3, y:4}
5 <nil> [2]interface {}{1, "a"}
map[int]interface {}{1:main.P{X:0, y:0}, 2:main.Sq{S:1}}
main.Sq{S:2} {2} {S:2}
map[string]main.Shape{"a":main.Sq{S:1}, "b":main.Shape(nil)}
[]interface {}{G(1)}
`,
		refusal: "gopad cannot print %#v of this value: it holds a nil value of one of your interface types"},
	// reflect's types of values of the cells' types over slices, maps and
	// basic types held in interfaces: an element of a []any, a map's value,
	// a struct's field, a Value defined from one. yaegi's reflect sees the
	// underlying type; a type switch in interpreted code names it.
	{name: "reflect_held_named_types", src: `package main

import (
	"fmt"
	"reflect"
)

type Names []string
type Set map[string]bool
type Celsius float64

type Item struct {
	Name  string
	Value any
}

func main() {
	vals := []any{Names{"a"}, Celsius(2), Set{}}
	for i := range vals {
		fmt.Println(reflect.TypeOf(vals[i]))
	}
	m := map[string]any{"n": Names{}}
	fmt.Println(reflect.TypeOf(m["n"]).Name())
	it := Item{"x", Celsius(3)}
	fmt.Println(reflect.TypeOf(it.Value), reflect.ValueOf(it.Value).Type())
	for _, v := range vals {
		rv := reflect.ValueOf(v)
		fmt.Println(rv.Type(), rv.Kind())
	}
}
`, want: `main.Names
main.Celsius
main.Set
Names
main.Celsius main.Celsius
main.Names slice
main.Celsius float64
main.Set map
`},
	{name: "reflect_value_type_of_any", src: `package main

import (
	"fmt"
	"reflect"
)

type Names []string
type Set map[string]bool
type Celsius float64
type P struct {
	T Celsius
	N Names
}

func describe(v any) {
	t := reflect.TypeOf(v)
	fmt.Println(t, t.Kind(), t.Name())
}

func main() {
	describe(Names{"x"})
	describe(Set{})
	describe(Celsius(1))
	describe(P{})
	pt := reflect.TypeOf(P{})
	for i := 0; i < pt.NumField(); i++ {
		f := pt.Field(i)
		fmt.Println(f.Name, f.Type, f.Type.Kind())
	}
	vals := []any{Names{"a"}, Celsius(2)}
	for _, v := range vals {
		fmt.Println(reflect.ValueOf(v).Type())
	}
}
`, want: `main.Names slice Names
main.Set map Set
main.Celsius float64 Celsius
main.P struct P
T main.Celsius float64
N main.Names slice
main.Names
main.Celsius
`},
	// Errors of the cells' types over basic types (type Code int) that went
	// through an error and then an any (panic(err), a func(v any), an
	// []any): yaegi's wrapper for error held the bare value, and a case Code
	// or an assertion to Code missed it (case error took it).
	{name: "basic_errors_through_any", src: `package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type Reason string

func (r Reason) Error() string { return string(r) }

func fail(n int) error {
	if n > 0 {
		return Code(n)
	}
	return Reason("bad")
}

func run(n int) (err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case Code:
			err = fmt.Errorf("recovered code %d", int(v))
		case Reason:
			err = fmt.Errorf("recovered reason %s", string(v))
		case error:
			err = v
		}
	}()
	panic(fail(n))
}

func classify(v any) string {
	switch x := v.(type) {
	case Code:
		return "code:" + x.Error()
	case Reason:
		return "reason:" + string(x)
	case error:
		return "error:" + x.Error()
	}
	return "?"
}

func main() {
	fmt.Println(run(3))
	fmt.Println(run(0))
	fmt.Println(classify(fail(2)), classify(fail(0)), classify(errors.New("x")))
	var items []any
	for i := 0; i < 2; i++ {
		items = append(items, fail(i))
	}
	for _, it := range items {
		c, ok := it.(Code)
		fmt.Println(c, ok)
	}
}
`, want: `recovered code 3
recovered reason bad
code:code 2 reason:bad error:x
code 0 false
code 1 true
`},
	{name: "stringer_and_error_in_any", src: `package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return "c" }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func main() {
	var s fmt.Stringer = Color(1)
	var a any = s
	_, ok1 := a.(Color)
	c, ok2 := s.(Color)
	var err error = Code(3)
	var e any = err
	_, ok3 := e.(Code)
	var target Code
	ok4 := errors.As(err, &target)
	switch x := e.(type) {
	case Code:
		fmt.Println("code", int(x))
	default:
		fmt.Println("default")
	}
	fmt.Println(ok1, c, ok2, ok3, ok4, target)
}
`, want: `code 3
true c true true true code 3
`},
	// == between such an any and a value of the type (a sentinel error
	// constant): the wrapper never equalled it.
	{name: "basic_errors_compared_in_any", src: `package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type Level string

func (l Level) String() string { return "level:" + string(l) }

const ErrMissing = Code(404)

func lookup(k string) error {
	if k == "" {
		return ErrMissing
	}
	return nil
}

func main() {
	var seen []any
	for _, k := range []string{"a", "", "b", ""} {
		if err := lookup(k); err != nil {
			seen = append(seen, err)
		}
	}
	for i, v := range seen {
		fmt.Println(i, v == ErrMissing, v == any(Code(500)), v)
	}
	var s fmt.Stringer = Level("debug")
	var x any = s
	fmt.Println(x == Level("debug"), x != Level("info"))
	fmt.Println(errors.Is(lookup(""), ErrMissing))
}
`, want: `0 true false code 404
1 true false code 404
true true
true
`},
	// == of interface values holding two cells' types over one basic type
	// (Grams, Liters over float64) with equal values: yaegi compared the
	// numbers; Q(Grams(5)) held a bare float64, which a type switch took
	// for a Liters. A map with such interface keys keeps them apart
	// (gopadBuiltin.CanonMapKey).
	{name: "twins_compared_in_interfaces", src: `package main

import "fmt"

type Q interface{ SI() float64 }
type Grams float64
type Liters float64

func (g Grams) SI() float64  { return float64(g) }
func (l Liters) SI() float64 { return float64(l) }

func mk(liq bool) Q {
	if liq {
		return Liters(5)
	}
	return Grams(5)
}

func main() {
	a := Q(Grams(5))
	var b Q = Liters(5)
	fmt.Println(a == b, a == mk(false), mk(true) == mk(false), mk(true) == b)
	qs := []Q{Grams(5), Liters(5)}
	fmt.Println(qs[0] == qs[1], qs[1] == Liters(5), qs[0] != Q(Liters(5)))
	var x, y any = Grams(5), Liters(5)
	fmt.Println(x == y, x == Grams(5))
	m := map[Q]int{Grams(5): 1}
	m[Liters(5)] = 2
	fmt.Println(len(m))
}
`, want: `false true false true
false true true
false true
2
`},
	// Floats out of an integer type's range converted to the narrow
	// integer types: the result is the implementation's, and gopad's
	// compiled helpers give go run's on this machine (yaegi truncated an
	// int64, int32(1e10) = 1410065408).
	{name: "float_to_narrow_ints", src: `package main

import (
	"fmt"
	"math"
)

func toByte(f float64) uint8 { return uint8(f) }

func main() {
	vals := []float64{3.7, -1.5, 255.9, 300, 1e10, -1e10, math.Inf(1)}
	for _, v := range vals {
		fmt.Println(v, int32(v), int16(v), int8(v), uint16(v), toByte(v), uint32(v))
	}
	var f32 float32 = 70000.5
	fmt.Println(int16(f32), int32(f32), uint16(f32))
}
`, want: `3.7 3 3 3 3 3 3
-1.5 -1 -1 -1 65535 255 4294967295
255.9 255 255 -1 255 255 255
300 300 300 44 300 44 300
1e+10 -2147483648 0 0 0 0 1410065408
-1e+10 -2147483648 0 0 0 0 2884901888
+Inf -2147483648 0 0 0 0 0
4464 70000 4464
`},
	// Optional methods compiled code asks a writer for (io.WriteString,
	// io.Copy): yaegi's io.Writer wrapper had Write only, so a counting
	// Write beside an embedded *bytes.Buffer's ReadFrom and WriteString
	// counted what Go does not. A WriteString of another signature is not
	// io.StringWriter's, and Go calls Write.
	{name: "writer_optional_methods", src: `package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type W struct {
	b strings.Builder
	n int
}

func (w *W) Write(p []byte) (int, error) { w.n += len(p); return w.b.Write(p) }
func (w *W) WriteString(s string)         { w.b.WriteString("[" + s + "]") }

type B struct {
	*bytes.Buffer
	n int
}

func (b *B) Write(p []byte) (int, error) { b.n += len(p); return b.Buffer.Write(p) }

func main() {
	w := &W{}
	fmt.Fprint(w, "abc")
	io.WriteString(w, "x")
	fmt.Println(w.b.String(), w.n)
	bb := &B{Buffer: &bytes.Buffer{}}
	io.Copy(bb, strings.NewReader("hello"))
	io.WriteString(bb, "!")
	fmt.Println(bb.String(), bb.n)
}
`, want: `abcx 4
hello! 0
`},
}

func TestFidLead4Programs(t *testing.T) { runFidPrograms(t, lead4Programs) }
