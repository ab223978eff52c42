package interp

import "testing"

// Classes found by Go's conformance programs (folders ., ken and chan of
// $GOROOT/test), each checked as a small program a user could write.

// TestBigConstantComparisons checks constants beyond 64 bits: Go computes
// with them exactly, and comparisons over them, in one cell or across
// cells, give Go's answers (yaegi alone said false for Big > 5).
func TestBigConstantComparisons(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
const (
	Big   = 1 << 100
	Small = Big >> 99
)
func needFloat(x float64) float64 { return x * 0.1 }`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(Big > 5, Big != 0, -Big < 0, Big-1 == Big-1, Small)`, stdout: "true true true true 2\n"},
		{code: `fmt.Println(needFloat(Big), float32(Big))`, stdout: "1.2676506002282295e+29 1.2676506e+30\n"},
		{code: `const huge = 1e30 * Big
if huge/Big > 1e29 {
	fmt.Println("huge")
}
var f float64 = Big / 3
fmt.Printf("%.4g\n", f)`, stdout: "huge\n4.226e+29\n"},
	})
}

// TestShiftCountConstants checks shifts whose count is a constant that is
// not an integer literal (1., math.MaxUint+0) or an untyped constant
// shifted by a variable: Go takes them as unsigned counts.
func TestShiftCountConstants(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("fmt"; "math")`)
	checkCells(t, s, []cellCase{
		{code: `x, n := 1, 2
fmt.Println(x<<1., x<<(1<<n), x<<(math.MaxUint+0), x<<(1.<<n))`, stdout: "2 16 0 16\n"},
	})
}

// TestArrayLengthsFromTypes checks len and cap of arrays that Go takes
// from the type alone: through an index of an empty slice or map (a
// constant, nothing evaluated), and of a nil pointer to an array that a
// call or a receive gives (evaluated, then the array's length).
func TestArrayLengthsFromTypes(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Grid [][8]byte
var rows Grid
var calls int
func board() *[9]int { calls++; return nil }`)
	checkCells(t, s, []cellCase{
		{code: `const width = len(rows[0])
var byName map[string][3]string
fmt.Println(width, len(byName["x"]), cap(rows[5]))`, stdout: "8 3 8\n"},
		{code: `c := make(chan *[4]int, 1)
c <- nil
n := len(board()) + cap(<-c)
for i := range board() {
	n += i
}
fmt.Println(n, calls)`, stdout: "49 2\n"},
	})
}

// TestAddressOfArrayElementThroughPointer checks &p[i] of a pointer to an
// array (a slice converted to one, a map's value): the address is the
// element's, and a nil pointer panics with Go's run-time error. A slice
// converted to an array of another length panics with Go's text.
func TestAddressOfArrayElementThroughPointer(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}`)
	checkCells(t, s, []cellCase{
		{code: `buf := make([]byte, 8)
p := (*[8]byte)(buf)
q := &p[2]
*q = 7
boards := map[string]*[3]int{"a": &[3]int{}}
r := &boards["a"][1]
*r = 5
fmt.Println(buf[2], &p[0] == &buf[0], *boards["a"])`, stdout: "7 true [0 5 0]\n"},
		{code: `var np *[4]int
try(func() { _ = &np[1] })
try(func() { _ = (*[9]byte)(make([]byte, 8)) })`, stdout: "recovered: runtime error: invalid memory address or nil pointer dereference\n" +
			"recovered: runtime error: cannot convert slice with length 8 to array or pointer to array with length 9\n"},
	})
}

// TestConstDeclarationsOfComparisonsAndStrings checks constants declared
// from comparisons (yaegi made every one false, silently) and from
// integers converted to strings, in iota blocks too, at the top level and
// in a function.
func TestConstDeclarationsOfComparisonsAndStrings(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
const wordBits = 32 << (^uint(0) >> 63)
const is64 = wordBits == 64
const (
	first = iota == 0
	second
)
const (
	letterA = string(iota + 'a')
	letterB
)`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(is64, first, second, letterA+letterB)`, stdout: "true true false ab\n"},
		{code: `func() {
	const small = len("go") < 3
	if small {
		fmt.Println("small")
	}
}()`, stdout: "small\n"},
	})
}

// TestFunctionValuesInInterfaces checks a declared function that becomes
// an interface (returned as any, passed to fmt, put in a []any): it is a
// function there, for %T, type switches and assertions (yaegi gave its
// compiler's node, *interp.node, silently).
func TestFunctionValuesInInterfaces(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
func square(i int) int { return i * i }
func handler(name string) any {
	if name == "sq" {
		return square
	}
	return handler
}
func kind(v any) string {
	switch v.(type) {
	case func(int) int:
		return "int func"
	case func(string) any:
		return "handler"
	}
	return "other"
}`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(kind(handler("sq")), kind(handler("x")), kind(square))
fmt.Printf("%T\n", square)
f := handler("sq").(func(int) int)
fmt.Println(f(7))`, stdout: "int func handler int func\nfunc(int) int\n49\n"},
	})
}

// TestMethodValuesOfNilReceivers checks that a method value panics where
// Go evaluates its receiver: a nil interface, and a method promoted
// through a nil embedded pointer; a pointer method of a nil pointer does
// not.
func TestMethodValuesOfNilReceivers(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Engine struct{ hp int }
func (e Engine) Power() int { return e.hp }
func (e *Engine) Tune() int { return 1 }
type Car struct{ *Engine }
type Powered interface{ Power() int }
func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}`)
	checkCells(t, s, []cellCase{
		{code: `var p Powered
var car Car
var e *Engine
try("interface", func() { _ = p.Power })
try("embedded", func() { _ = car.Power })
try("pointer method", func() { _ = e.Tune })
car.Engine = &Engine{90}
power := car.Power
car.Engine = nil
fmt.Println(power())`, stdout: "interface runtime error: invalid memory address or nil pointer dereference\n" +
			"embedded runtime error: invalid memory address or nil pointer dereference\npointer method <nil>\n90\n"},
	})
}

// TestReceiveIntoElementsAndFields checks receives assigned to slice
// elements, array elements, fields and pointers' targets, in a function
// and at a cell's top level: yaegi dropped the value, silently. A
// variable set by a receive has an address, and a received value sent on
// (left <- <-right) arrives.
func TestReceiveIntoElementsAndFields(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Result struct{ best int }
func collect(workers int) []int {
	ch := make(chan int, workers)
	for w := 0; w < workers; w++ {
		go func(w int) { ch <- w * w }(w)
	}
	out := make([]int, workers)
	for i := range out {
		out[i] = <-ch
	}
	return out
}`)
	checkCells(t, s, []cellCase{
		{code: `sum := 0
for _, v := range collect(4) {
	sum += v
}
fmt.Println(sum)`, stdout: "14\n"},
		{code: `c := make(chan int, 4)
c <- 1; c <- 2; c <- 3; c <- 4
var r Result
var grid [2]int
p := new(int)
r.best = <-c
grid[1] = <-c
*p = <-c
xs := []int{0}
xs[0] = <-c
fmt.Println(r.best, grid, *p, xs)`, stdout: "1 [0 2] 3 [4]\n"},
		{code: `relay := func(left, right chan int) { left <- <-right }
left, right := make(chan int), make(chan int)
go relay(left, right)
go func() { right <- 5 }()
got := func() *int { v := <-left; return &v }()
fmt.Println(*got)`, stdout: "5\n"},
	})
}

// TestGoroutinesShareNoChannelStatement checks a fan-in: four goroutines
// run the same send statement onto one unbuffered channel, each value
// must arrive once (yaegi's select, which gopad used for an interruptible
// send, kept one set of cases per statement for every goroutine: values
// arrived twice); a nil sent on a channel of errors arrives as nil.
func TestGoroutinesShareNoChannelStatement(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
func forward(out chan<- int, in <-chan int, done chan<- bool) {
	for v := range in {
		out <- v
	}
	done <- true
}`)
	checkCells(t, s, []cellCase{
		{code: `ins := []chan int{make(chan int), make(chan int), make(chan int), make(chan int)}
out, done := make(chan int), make(chan bool)
for _, in := range ins {
	go forward(out, in, done)
}
go func() {
	for i := 0; i < 20000; i++ {
		select {
		case ins[0] <- i:
		case ins[1] <- i:
		case ins[2] <- i:
		case ins[3] <- i:
		}
	}
	for _, in := range ins {
		close(in)
	}
}()
go func() {
	for range ins {
		<-done
	}
	close(out)
}()
seen, dups := map[int]bool{}, 0
for v := range out {
	if seen[v] {
		dups++
	}
	seen[v] = true
}
errs := make(chan error, 1)
errs <- nil
fmt.Println(len(seen), dups, <-errs == nil)`, stdout: "20000 0 true\n"},
	})
}

// TestRealImagOfComplexConstants checks real and imag of complex
// constants, alone and in conversions (yaegi's compiler panicked).
func TestRealImagOfComplexConstants(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
const Z = 3 + 4i`)
	checkCells(t, s, []cellCase{
		{code: `re, im := real(Z), imag(Z)
fmt.Println(re, im, float32(real(Z*Z)), real(Z)*real(Z)+imag(Z)*imag(Z))`, stdout: "3 4 -7 25\n"},
	})
}

// TestElidedAddressOfArrayLiterals checks composite literals whose
// elements are pointers to arrays, slices or maps written without &T
// (yaegi failed to build them).
func TestElidedAddressOfArrayLiterals(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Board [3]int`)
	checkCells(t, s, []cellCase{
		{code: `boards := []*Board{{1, 2, 3}, {4, 5, 6}}
rows := map[string]*[]int{"odd": {1, 3}}
boards[1][0] = 9
fmt.Println(*boards[0], *boards[1], *rows["odd"])`, stdout: "[1 2 3] [9 5 6] [1 3]\n"},
	})
}

// TestRangeOverFuncAssigning checks a range over an iterator that assigns
// to existing variables (for k, v = range seq) or to blanks (for _ =
// range seq): the variables keep the last values, as in Go.
func TestRangeOverFuncAssigning(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("fmt"; "iter")
func countTo(n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i, fmt.Sprint("#", i)) {
				return
			}
		}
	}
}`)
	checkCells(t, s, []cellCase{
		{code: `var last int
labels := map[string]string{}
steps := 0
for last, labels["at"] = range countTo(3) {
	steps++
}
for _ = range countTo(2) {
	steps++
}
fmt.Println(last, labels["at"], steps)`, stdout: "3 #3 5\n"},
	})
}

// TestConstNamedIota checks a const block that declares a constant named
// iota: the specs after it that repeat its expression use that constant,
// not Go's iota.
func TestConstNamedIota(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"`)
	checkCells(t, s, []cellCase{
		{code: `func() {
	const (
		A    = iota
		iota = iota
		B
		C
	)
	fmt.Println(A, B, C)
}()`, stdout: "0 1 1\n"},
	})
}

// TestSelectOnArrayOfChannelsThroughPointer checks select cases whose
// channels are elements of an array reached through a pointer (yaegi's
// compiler crashed with a nil pointer dereference).
func TestSelectOnArrayOfChannelsThroughPointer(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"`)
	checkCells(t, s, []cellCase{
		{code: `lanes := new([2]chan int)
lanes[0], lanes[1] = make(chan int, 1), make(chan int, 1)
lanes[1] <- 5
var got int
select {
case got = <-lanes[0]:
case got = <-lanes[1]:
}
select {
case lanes[0] <- got * 2:
}
fmt.Println(got, <-lanes[0])`, stdout: "5 10\n"},
	})
}

// TestSendToChannelsOfInterfaces checks sends of a cell's values on
// channels of a cell's interface type, of any and of compiled interfaces,
// and of nil: the receiver gets the value with its type.
func TestSendToChannelsOfInterfaces(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Item interface{ Price() int }
type Book struct{ cents int }
func (b *Book) Price() int { return b.cents }`)
	checkCells(t, s, []cellCase{
		{code: `items := make(chan Item, 2)
items <- &Book{250}
items <- nil
first := <-items
b, ok := first.(*Book)
anys := make(chan any, 1)
anys <- Book{3}
_, isBook := (<-anys).(Book)
fmt.Println(first.Price(), b.cents, ok, <-items == nil, isBook)`, stdout: "250 250 true true true\n"},
	})
}

// TestConf2Classes checks the classes found by the second conformance
// pass, each in a small program run whole and split: a value of a cell's
// type over a basic type sent on a chan any in a loop (two passes wrapped
// it twice, and reflect refused it), braces of a type or a literal in an
// if/for/switch header (the cell was cut at the header's semicolon),
// local types over basic types and arrays inside interfaces (taken for
// their underlying type), a default clause that is not last (yaegi
// swapped it with the last clause: case order and fallthrough changed),
// %T of a receive of a kept type, defers in the body of a range over a
// function (which yaegi could not compile), generic func types that
// return themselves (refused before; they run as concrete copies) and
// chained calls of a func type that returns itself (a syntax error).
func TestConf2Classes(t *testing.T) { runFidPrograms(t, conf2Programs) }

// conf2Programs are TestConf2Classes' programs, with what go run printed.
var conf2Programs = []fidProgram{
	{name: "kept values sent on a chan any in a loop", src: `package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code uint32

func (Code) Method() {}

func main() {
	c, k := Celsius(21.5), Code(7)
	ch := make(chan any, 1)
	for i := 0; i < 4; i++ {
		if i%2 == 0 {
			select {
			case ch <- c:
			}
		} else {
			ch <- k
		}
		v := <-ch
		switch v.(type) {
		case Celsius:
			fmt.Println("Celsius", v)
		case Code:
			fmt.Println("Code", v == any(k))
		}
	}
	ch <- k
	fmt.Printf("%T\n", <-ch)
}
`, want: "Celsius 21.5°C\nCode true\nCelsius 21.5°C\nCode true\nmain.Code\n"},
	{name: "braces in statement headers", src: `package main

import "fmt"

func main() {
	switch i := interface{}(2); i {
	case 2:
		fmt.Println("two")
	}
	if f := func() int { return 3 }; f() > 2 {
		fmt.Println("three")
	}
	if s := []int{1, 2}; len(s) > 1 {
		fmt.Println("slice", s)
	}
	switch t := struct{ a int }{4}; t.a {
	case 4:
		fmt.Println("four")
	}
	for k, v := range map[string]int{"a": 1} {
		fmt.Println(k, v)
	}
	fmt.Println("end")
}
`, want: "two\nthree\nslice [1 2]\nfour\na 1\nend\n"},
	{name: "local types over basic types inside interfaces", src: `package main

import "fmt"

func main() {
	type Meters int
	type Flag bool
	type Pair [2]int
	type Empty struct{}
	var i any = 1
	var p any = [2]int{1, 2}
	fmt.Println(i == Meters(1), i == 1, p == Pair{1, 2}, p == [2]int{1, 2})
	var m any = Meters(1)
	fmt.Println(m == i, m == Meters(1))
	fmt.Printf("%T %v %T\n", m, m, Empty{})
	switch v := any(Flag(true)); v {
	case true:
		fmt.Println("bool")
	case Flag(true):
		fmt.Println("Flag")
	}
	switch m.(type) {
	case int:
		fmt.Println("int")
	case Meters:
		fmt.Println("Meters")
	}
}
`, want: "false true false true\nfalse true\nmain.Meters 1 main.Empty\nFlag\nMeters\n"},
	{name: "default clauses before cases, with fallthrough", src: `package main

import "fmt"

func classify(x int) string {
	s := ""
	switch {
	case x < 0:
		s += "negative "
	default:
		s += "other "
	case x > 10:
		s += "big "
		fallthrough
	case x > 5:
		s += "medium "
	}
	return s
}

func whatis(x any) string {
	switch v := x.(type) {
	default:
		return fmt.Sprint("default ", v)
	case int, int8:
		return fmt.Sprint("signed ", v)
	case nil:
		return fmt.Sprint("nil ", v)
	}
}

func main() {
	fmt.Println(whatis(1), whatis(1.5), whatis(nil))
	n := 0
	switch {
	default:
		n++
		fallthrough
	case false:
		n++
	}
	fmt.Println(n)
	for _, x := range []int{-1, 3, 7, 12} {
		fmt.Println(x, classify(x))
	}
	x := 5
	switch x {
	case 5:
		n = 10
		fallthrough
	default:
		n++
	case 6:
		n += 100
	}
	fmt.Println(n)
	var v any = 3
	switch v.(type) {
	case string:
		fmt.Println("string")
	default:
		fmt.Println("default")
	case fmt.Stringer:
		fmt.Println("Stringer")
	case int:
		fmt.Println("int")
	}
}
`, want: "signed 1 default 1.5 nil <nil>\n2\n-1 negative \n3 other \n7 medium \n12 big medium \n11\nint\n"},
	{name: "%T of a received value of a kept type", src: `package main

import "fmt"

type Code uint32

func (Code) Method() {}

func main() {
	k := Code(7)
	ch := make(chan any, 1)
	ch <- k
	fmt.Printf("%T\n", <-ch)
	ch <- k
	v := <-ch
	fmt.Printf("%T\n", v)
}
`, want: "main.Code\nmain.Code\n"},
	{name: "defers in ranges over functions", src: `package main

import (
	"fmt"
	"strings"
)

type Log struct{ lines []string }

func (l *Log) Add(parts ...string) { l.lines = append(l.lines, strings.Join(parts, "+")) }

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func half(x float64) { fmt.Println("half", x/2) }

type Counter struct{ n int }

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Show(s string) { fmt.Println(s, c.n) }

func counted() int {
	var c Counter
	func() {
		for range count(3) {
			defer c.Inc()
			defer c.Show("at defer")
			c.n += 10
		}
	}()
	return c.n
}

func nested(l *Log) {
	defer l.Add("first")
	for i := range count(2) {
		for j := range count(2) {
			defer l.Add(fmt.Sprint(i), fmt.Sprint(j))
		}
		defer l.Add(fmt.Sprint(i))
	}
	defer l.Add("last")
}

func early(l *Log) int {
	for i := range count(5) {
		defer l.Add("early", fmt.Sprint(i))
		if i == 2 {
			return i * 10
		}
	}
	return -1
}

func survives() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	for i := range count(3) {
		defer fmt.Println("deferred", i)
		if i == 3 {
			panic("three")
		}
	}
	return nil
}

func main() {
	l := &Log{}
	nested(l)
	fmt.Println(l.lines)
	l = &Log{}
	fmt.Println(early(l), l.lines)
	fmt.Println(survives())
	fmt.Println(counted())
	func() {
		n := 0
		for range count(2) {
			n++
			defer half(1)
			defer fmt.Println("n is", n)
		}
	}()
}
`, want: "[last 2 2+2 2+1 1 1+2 1+1 first]\n20 [early+2 early+1]\ndeferred 3\ndeferred 2\ndeferred 1\nrecovered three\nat defer 20\nat defer 10\nat defer 0\n33\nn is 2\nhalf 0.5\nn is 1\nhalf 0.5\n"},
	{name: "generic func types that return themselves", src: `package main

import "fmt"

type State[T any] func(v T) State[T]

var seen []any

func start[T any](v T) State[T] {
	seen = append(seen, v)
	return second[T]
}

func second[T any](v T) State[T] {
	seen = append(seen, v)
	return nil
}

func run[T any](first State[T], vs ...T) int {
	n := 0
	for s := first; s != nil && n < len(vs); n++ {
		s = s(vs[n])
	}
	return n
}

type Pair[K comparable, V any] func(K, V) Pair[K, V]

func counter[K comparable, V any](m map[K]V) Pair[K, V] {
	var p Pair[K, V]
	p = func(k K, v V) Pair[K, V] {
		m[k] = v
		return p
	}
	return p
}

func main() {
	fmt.Println(run(start[string], "a", "b", "c"), seen)
	fmt.Println(run(State[int](start[int]), 1, 2), seen)
	var s State[int] = start[int]
	fmt.Printf("%T %v\n", s, s == nil)
	got := map[string]int{}
	counter(got)("x", 1)("y", 2)
	fmt.Println(got)
}
`, want: "2 [a b]\n2 [a b 1 2]\nmain.State[int] false\nmap[x:1 y:2]\n"},
	{name: "chained calls of a func type that returns itself", src: `package main

import "fmt"

type F func(int) F

var total int

func add(n int) F {
	total += n
	return add
}

func main() {
	add(1)(2)(3)
	fmt.Println(total)
}
`, want: "6\n"},
}

// TestConf2LocalTypesRerun checks that a cell whose function declares a
// local type over a basic type answers the same when it runs again (the
// type, moved to the package level the first time, moves again).
func TestConf2LocalTypesRerun(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"`)
	cell := `func show() {
	type Meters int
	var i any = 1
	fmt.Println(i == Meters(1), i == 1)
	switch v := any(Meters(2)); v {
	case 2:
		fmt.Println("int")
	case Meters(2):
		fmt.Println("Meters")
	}
}
show()`
	checkCells(t, s, []cellCase{
		{code: cell, stdout: "false true\nMeters\n"},
		{code: cell, stdout: "false true\nMeters\n"},
	})
}
