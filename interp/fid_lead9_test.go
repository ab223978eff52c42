package interp

import "testing"

// lead9Programs are the lead's class programs of stop 29, each run whole
// and split.
var lead9Programs = []fidProgram{
	// A statement's calls come before the operands that are not calls,
	// as gc computes them (rewrite/evalorder.go): a map element, an index,
	// arithmetic, a negation and a conversion that stand before a call
	// changing what they read give the values after the call, in a call's
	// arguments, a slice literal, a sum and a multiple assignment.
	{name: "operands_after_calls", src: `package main

import (
	"fmt"
	"strings"
)

type Inventory struct {
	stock map[string]int
	log   []string
}

func (inv *Inventory) Take(item string, n int) int {
	inv.stock[item] -= n
	inv.log = append(inv.log, fmt.Sprintf("take %s %d", item, n))
	return inv.stock[item]
}

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

var total int

func add(n int) int {
	total += n
	return total
}

func main() {
	inv := &Inventory{stock: map[string]int{"apple": 10, "pear": 4}}
	fmt.Println("apples:", inv.stock["apple"], "after:", inv.Take("apple", 3), "now:", inv.stock["apple"])
	fmt.Printf("%d pears, %d left, %d%%\n", inv.stock["pear"], inv.Take("pear", 1), inv.stock["pear"]*100/4)

	st := &Stack{items: []int{1, 2, 3, 4}}
	fmt.Println(st.items[2], st.Pop(), len(st.items), st.items[len(st.items)-2])
	pair := []int{st.items[0] * 10, st.Pop(), st.items[len(st.items)-1]}
	fmt.Println(pair)

	fmt.Println(total*2, add(5), total-1, -total)
	sum := total + add(10) + total
	fmt.Println(sum)

	var sb strings.Builder
	sb.WriteString("ab")
	grow := func() int { sb.WriteString("cd"); return sb.Len() }
	fmt.Println(strings.ToUpper(sb.String()), sb.String()[:1], grow(), sb.String()[1:])

	b := []byte("xy")
	appendZ := func() int { b = append(b, 'z'); b[0] = 'X'; return len(b) }
	s, n := string(b), appendZ()
	fmt.Println(s, n, string(b[:2]))

	report := func() string {
		return fmt.Sprint(inv.stock["apple"]+1, inv.Take("apple", 1))
	}
	fmt.Println(report(), inv.log)
}
`,
		want: `apples: 7 after: 7 now: 7
3 pears, 3 left, 75%
3 4 3 2
[10 3 2]
10 5 4 -5
45
AB a 4 bcd
Xyz 3 Xy
7 6 [take apple 3 take pear 1 take apple 1]
`},
	// A struct type literal whose fields of interface types hold values
	// of the cells' types, printed with a verb other than %v (%d, %x, %5d):
	// fmt met yaegi's pair in the field and printed its pointers
	// (fmtheld.go's heldStructFunc now takes struct type literals too).
	{name: "struct_literal_held_fields", src: `package main

import "fmt"

type Count int

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Celsius float64

type Fault struct{ Code int }

func (f Fault) Error() string { return fmt.Sprintf("fault %d", f.Code) }

func main() {
	row := struct {
		Name string
		N    any
		Err  error
	}{"first", Count(8), Fault{7}}
	fmt.Printf("%v|%+v|%d|%x|%5d|%s\n", row, row, row, row, row, row)

	pair := struct{ A, B any }{Level(2), Celsius(21.5)}
	fmt.Printf("%v %d %.1f %s\n", pair, pair, pair, pair)

	rows := []struct {
		K string
		V any
	}{{"a", Count(1)}, {"b", Level(3)}, {"c", nil}}
	for _, r := range rows {
		fmt.Printf("%s=%d %v\n", r.K, r, r)
	}
	fmt.Printf("%d\n", struct{ X any }{Count(42)})
}
`,
		want: `{first 8 fault 7}|{Name:first N:8 Err:fault 7}|{%!d(string=first) 8 {7}}|{6669727374 8 6661756c742037}|{%!d(string=first)     8 {    7}}|{first %!s(main.Count=8) fault 7}
{L2 21.5} {2 %!d(main.Celsius=21.5)} {%!f(main.Level=2) 21.5} {L2 %!s(main.Celsius=21.5)}
a={%!d(string=a) 1} {a 1}
b={%!d(string=b) 3} {b L3}
c={%!d(string=c) <nil>} {c <nil>}
{42}
`},
	// A type switch on a value of one of the cells' interfaces with a case
	// of another interface (fmt.Stringer), where a Stringer of the cells'
	// (a generic Box[Shape]) is no Shape: gopad's tries of that case
	// asserted the Shape to Box[Shape], which does not compile (typeswitch.go
	// leaves out the types the operand's interface cannot hold).
	{name: "switch_case_other_interface", src: `package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64  { return s.S * s.S }
func (s Sq) String() string { return fmt.Sprintf("Sq(%g)", s.S) }

type Tri struct{ B, H float64 }

func (t Tri) Area() float64 { return t.B * t.H / 2 }

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprint("box of ", b.V) }

func describe(s Shape) string {
	switch v := s.(type) {
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("plain %T %.1f", v, v.Area())
	}
}

func main() {
	for _, s := range []Shape{Sq{2}, Tri{3, 4}} {
		fmt.Println(describe(s))
	}
	fmt.Println(Color(1), Box[Shape]{Sq{1}}, Box[int]{3})
}
`,
		want: `stringer Sq(2)
plain main.Tri 6.0
green box of Sq(1) box of 3
`},
	// A range over slices.Backward, All, Values or Chunk of what a
	// standard generic function returns over the cells' types
	// (slices.Sorted(maps.Keys(m)) of a map keyed by a Level): the loop's
	// rewrite copied the argument while another pass edited it, and the
	// cell stopped with gopad's "both change bytes" error.
	{name: "range_std_iters_of_results", src: `package main

import (
	"fmt"
	"maps"
	"slices"
)

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Item struct {
	Name string
	Lvl  Level
}

func main() {
	byLevel := map[Level][]string{3: {"c"}, 1: {"a", "b"}, 2: {"d"}}
	for _, l := range slices.Backward(slices.Sorted(maps.Keys(byLevel))) {
		fmt.Print(l, byLevel[l], " ")
	}
	fmt.Println()
	for i, l := range slices.All(slices.Sorted(maps.Keys(byLevel))) {
		fmt.Print(i, ":", l, " ")
	}
	fmt.Println()
	for l := range slices.Values(slices.Sorted(maps.Keys(byLevel))) {
		fmt.Print(l, " ")
	}
	fmt.Println()
	items := []Item{{"x", 2}, {"y", 1}, {"z", 3}, {"w", 1}}
	for c := range slices.Chunk(slices.SortedFunc(slices.Values(items), func(a, b Item) int { return int(a.Lvl - b.Lvl) }), 3) {
		fmt.Println(len(c), c)
	}
}
`,
		want: `L3 [c] L2 [d] L1 [a b] 
0:L1 1:L2 2:L3 
L1 L2 L3 
3 [{y L1} {w L1} {x L2}]
1 [{z L3}]
`},
}

func TestFidLead9(t *testing.T) { runFidPrograms(t, lead9Programs) }
