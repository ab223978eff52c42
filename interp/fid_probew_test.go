package interp

import "testing"

// probewPrograms are probe-w's class programs, each run whole and split
// (runFidPrograms).
var probewPrograms = []fidProgram{
	// A value of a cell's type held in a cell's interface, asserted to an
	// interface only its pointer implements (a pointer method): comma-ok
	// and single-valued, to a cell's interface, an interface literal and
	// fmt.Stringer, from a local and a package-level variable, for a
	// struct, a type over int and a struct embedding a pointer.
	{name: "value_only", src: `package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int        { return s.S * s.S }
func (s *Sq) String() string  { return fmt.Sprint("sq", s.S) }
func (s *Sq) Grow(n int)      { s.S += n }

type Count int

func (c Count) Area() int   { return int(c) }
func (c *Count) Grow(n int) { *c += Count(n) }

type Base struct{ id int }

func (b *Base) Area() int { return b.id }

type Ext struct{ *Base }

func (e *Ext) Grow(n int) { e.id += n }

type Grower interface{ Grow(int) }

var global Shape = Sq{2}

func main() {
	shapes := []Shape{Sq{3}, &Sq{4}, Count(5), new(Count), Ext{&Base{6}}, &Ext{&Base{7}}}
	var sb strings.Builder
	for _, s := range shapes {
		_, g := s.(Grower)
		_, st := s.(fmt.Stringer)
		_, both := s.(interface {
			Grower
			Shape
		})
		fmt.Fprintf(&sb, "%T grower=%v stringer=%v both=%v\n", s, g, st, both)
	}
	fmt.Print(sb.String())
	if g, ok := shapes[1].(Grower); ok {
		g.Grow(1)
	}
	fmt.Println(shapes[1].Area())
	_, ok := global.(Grower)
	fmt.Println("global:", ok)
	for _, i := range []int{0, 2, 4} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			g := shapes[i].(Grower)
			fmt.Println("not reached", g)
		}()
	}
}
`, want: "main.Sq grower=false stringer=false both=false\n*main.Sq grower=true stringer=true both=true\nmain.Count grower=false stringer=false both=false\n*main.Count grower=true stringer=false both=true\nmain.Ext grower=false stringer=false both=false\n*main.Ext grower=true stringer=false both=true\n25\nglobal: false\npanic: interface conversion: main.Sq is not main.Grower: missing method Grow\npanic: interface conversion: main.Count is not main.Grower: missing method Grow\npanic: interface conversion: main.Ext is not main.Grower: missing method Grow\n"},
	// A nil pointer to a cell's type that is no struct (*Code of type Code
	// int, *Tags of type Tags []string) returned or assigned as an error or
	// a fmt.Stringer is a non-nil interface of the pointer's type: ==,
	// %T, %v, errors.As, the assertion back (also beside another type over
	// int); and %T of a non-nil *Code in an error.
	{name: "typed_nil", src: `package main

import (
	"errors"
	"fmt"
)

type Code int

func (c *Code) Error() string {
	if c == nil {
		return "code <none>"
	}
	return fmt.Sprintf("code %d", int(*c))
}

type Tags []string

func (t *Tags) String() string { return fmt.Sprint(len(*t), " tags") }

type Level int

func (l Level) Error() string { return fmt.Sprint("level ", int(l)) }

func find(fail bool) error {
	var c *Code
	if fail {
		v := Code(7)
		c = &v
	}
	return c
}

func lookup() (int, error) {
	var c *Code
	return 0, c
}

func describe() fmt.Stringer {
	var t *Tags
	return t
}

func main() {
	err := find(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err)
	var target *Code
	fmt.Println(errors.As(err, &target), target == nil)
	p, ok := err.(*Code)
	fmt.Println(p == nil, ok)
	fmt.Printf("%T %v\n", find(true), find(true))
	_, e2 := lookup()
	fmt.Printf("%v %T\n", e2 != nil, e2)
	s := describe()
	fmt.Printf("%v %T\n", s != nil, s)
	var e3 error = (*Code)(nil)
	fmt.Println(e3 == nil, e3)
	var e4 error = Level(2)
	v := Code(1)
	var e5 error = &v
	fmt.Printf("%T %v %T %v\n", e4, e4, e5, e5)
}
`, want: "false true\n*main.Code code <none>\ntrue true\ntrue true\n*main.Code code 7\ntrue *main.Code\ntrue *main.Tags\nfalse code <none>\nmain.Level level 2 *main.Code code 1\n"},
	// A method value of a pointer method on a loop's variable (c.Inc in a
	// range, a three-clause loop, a range over a map) binds that
	// iteration's variable, as Go 1.22's per-iteration variables do.
	{name: "loop_method_values", src: `package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Num int

func (n *Num) Double() Num { *n *= 2; return *n }

func main() {
	cs := []Counter{{"x", 0}, {"y", 10}}
	var incs []func() int
	for _, c := range cs {
		incs = append(incs, c.Inc, c.Get)
	}
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		incs = append(incs, c.Inc)
	}
	for _, f := range incs {
		fmt.Print(f(), " ")
	}
	fmt.Println(cs)
	var dbl []func() Num
	for n := Num(1); n < 4; n++ {
		dbl = append(dbl, n.Double)
	}
	for _, f := range dbl {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	byName := map[string]func() int{}
	for k, c := range map[string]Counter{"a": {"a", 5}, "b": {"b", 7}} {
		byName[k] = c.Inc
	}
	fmt.Println(byName["a"](), byName["b"](), byName["a"]())
}
`, want: "1 0 11 10 1 11 [{x 0} {y 10}]\n2 4 6 \n6 8 7\n"},
	// A deferred call that panics replaces the panic in flight, for the
	// deferred calls after it: a top-level handler that recovers and
	// panics again (also through one that wraps the value in a cell's
	// error type) ends the program with the last panic, split into cells
	// as whole; one that recovers a deferred call's panic ends it well.
	{name: "defer_repanic", src: `package main

import (
	"errors"
	"fmt"
)

type StageError struct{ Cause any }

func (e *StageError) Error() string { return fmt.Sprint("stage: ", e.Cause) }

func main() {
	fmt.Println("start")
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
		panic(fmt.Sprintf("final: %v", r))
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(&StageError{r})
		}
	}()
	defer fmt.Println("plain deferred call runs")
	panic(errors.New("no disk"))
}
`, want: "start\nplain deferred call runs\nouter recovered: stage: no disk\n", refusal: "final: stage: no disk"},
	{name: "defer_panic_recovered", src: `package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("main ends normally")
	}()
	fmt.Println("working")
	defer func() {
		panic("deferred call panics")
	}()
	fmt.Println("last statement")
}
`, want: "working\nlast statement\nrecovered: deferred call panics\nmain ends normally\n"},
	// A call of a pointer method on a loop's variable that keeps the
	// receiver (a registry) keeps that iteration's variable, in a range
	// and a three-clause loop; a three-clause loop whose body advances its
	// variable through a pointer method, or through &i, goes on from it.
	{name: "loop_receivers", src: `package main

import "fmt"

type It struct{ i int }

func (it *It) Next()      { it.i++ }
func (it *It) Done() bool { return it.i >= 3 }

type Reg struct{ name string }

var registry []*Reg

func (r *Reg) Register() { registry = append(registry, r) }

func main() {
	for it := (It{}); !it.Done(); {
		fmt.Print(it.i, " ")
		it.Next()
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 6; i++ {
		p := &i
		*p++
		ps = append(ps, p)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	for _, r := range []Reg{{"a"}, {"b"}} {
		r.Register()
	}
	for i, name := 0, "x"; i < 2; i++ {
		r := Reg{name}
		r.Register()
		name += "y"
	}
	for _, r := range registry {
		fmt.Print(r.name, " ")
	}
	fmt.Println()
}
`, want: "0 1 2 \n1 3 5 \na b x xy \n"},
	// A struct type whose fields instantiate the standard library's
	// generic types (atomic.Pointer[Sample], iter.Seq[Item]) with types
	// the cell declares after it, in one cell and split.
	{name: "generic_field_before_arg", src: `package main

import (
	"fmt"
	"iter"
	"sync/atomic"
)

type Metrics struct {
	hits    atomic.Int64
	slowest atomic.Pointer[Sample]
	cfg     atomic.Pointer[Config]
}

type Feed struct {
	items iter.Seq[Item]
}

type Sample struct {
	Path string
	Ms   int
}

type Config struct{ Limit int }

type Item struct{ N int }

func main() {
	var m Metrics
	m.hits.Add(2)
	m.slowest.Store(&Sample{"/api", 120})
	m.cfg.Store(&Config{5})
	fmt.Printf("%d %+v %d\n", m.hits.Load(), *m.slowest.Load(), m.cfg.Load().Limit)
	f := Feed{items: func(yield func(Item) bool) {
		for i := range 3 {
			if !yield(Item{i * i}) {
				return
			}
		}
	}}
	for it := range f.items {
		fmt.Print(it.N, " ")
	}
	fmt.Println()
}
`, want: "2 {Path:/api Ms:120} 5\n0 1 4 \n"},
	// Methods a cell declares for a generic type after an earlier cell
	// made a copy of one of its instances (a function's result, a
	// package-level variable's type, with a cell's struct type as an
	// argument): the copies get them, value and pointer receivers, also a
	// method whose body instantiates another generic type.
	{name: "late_generic_methods", src: `package main

import (
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ items []T }

type User struct{ Name string }

func MakePair(k string, v int) Pair[string, int] { return Pair[string, int]{k, v} }

var users = Box[User]{items: []User{{"ann"}}}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func (p *Pair[K, V]) Set(v V) { p.Val = v }

func (b *Box[T]) Add(v T) { b.items = append(b.items, v) }

func (b Box[T]) Pairs() []Pair[int, T] {
	var out []Pair[int, T]
	for i, v := range b.items {
		out = append(out, Pair[int, T]{i, v})
	}
	return out
}

func main() {
	p := MakePair("a", 1)
	p.Set(2)
	fmt.Println(p, p.String())
	users.Add(User{"bob"})
	var names []string
	for _, q := range users.Pairs() {
		names = append(names, fmt.Sprint(q.Key, ":", q.Val.Name))
	}
	fmt.Println(strings.Join(names, " "), len(users.items))
}
`, want: "a=2 a=2\n0:ann 1:bob 2\n"},
}

func TestFidProbeW(t *testing.T) { runFidPrograms(t, probewPrograms) }
