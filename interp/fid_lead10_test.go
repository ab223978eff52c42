package interp

import "testing"

// lead10Programs are the lead's class programs of stop 30, each run whole
// and split.
var lead10Programs = []fidProgram{
	// The calls of an if's or a switch's header, of an init statement,
	// of a var statement and of a variable of the top level come before
	// the operands that are not calls, as gc computes them; a map literal
	// computes its entries in order, where it stands
	// (rewrite/evalorder.go).
	{name: "header_operands_after_calls", src: `package main

import "fmt"

type Queue struct{ items []string }

func (q *Queue) Push(s string) int {
	q.items = append(q.items, s)
	return len(q.items)
}

func (q *Queue) Pop() string {
	s := q.items[0]
	q.items = q.items[1:]
	return s
}

type Ledger struct {
	balance map[string]int
}

func (l *Ledger) Pay(who string, n int) int {
	l.balance[who] -= n
	return n
}

var registry = map[string]int{"ann": 1}

func register(name string) int {
	registry[name] += 10
	return len(registry)
}

var firstID = registry["ann"]*100 + register("ann")

func main() {
	fmt.Println("first id", firstID)
	l := &Ledger{balance: map[string]int{"ann": 100, "bob": 40}}
	if left := l.balance["ann"] - l.Pay("ann", 30); left > 50 {
		fmt.Println("ann can pay more:", left)
	} else {
		fmt.Println("ann is low:", left)
	}
	if l.balance["bob"]+l.Pay("bob", 25) < 30 {
		fmt.Println("bob is low:", l.balance["bob"])
	} else {
		fmt.Println("bob is fine:", l.balance["bob"])
	}
	switch l.balance["ann"] * 2 / l.Pay("ann", 10) {
	case 12:
		fmt.Println("ratio 12")
	default:
		fmt.Println("ratio other")
	}

	q := &Queue{items: []string{"a", "b"}}
	for n := len(q.items) * 10 + q.Push("c"); n > 30; n -= 10 {
		fmt.Println("n", n)
	}
	var first = q.items[0] + q.Pop()
	fmt.Println(first, q.items)

	counts := map[string]int{
		"before": len(q.items),
		"pushed": q.Push("d"),
	}
	fmt.Println(counts)
	snapshot := map[string]string{"head": q.items[0], "popped": q.Pop(), "next": q.items[0]}
	fmt.Println(snapshot)
	fmt.Println(q.items[0], map[string]string{"popped": q.Pop()})
	report := []map[string]int{{"ann": l.balance["ann"]}, {"paid": l.Pay("ann", 5)}}
	fmt.Println(report, l.balance)
}
`,
		want: `first id 1101
ann is low: 40
bob is fine: 15
ratio 12
ba [b c]
map[before:2 pushed:3]
map[head:b next:c popped:b]
d map[popped:c]
[map[ann:60] map[paid:5]] map[ann:55 bob:15]
`},
	// A map literal keyed by an empty interface takes a variable of a
	// cells' array type with methods as a key (two passes wrapped it:
	// the copy into an interface inside a literal taking the array, and
	// the call panicked with reflect: Call using interface {} as type
	// [3]int).
	{name: "any_keyed_literal_of_cell_arrays", src: `package main

import "fmt"

type Trio [3]int

func (t Trio) Sum() int { return t[0] + t[1] + t[2] }

type Point struct{ X, Y int }

type Grid [2][2]int

func main() {
	a, b := Trio{1, 2, 3}, Trio{4, 5, 6}
	seen := map[any]string{a: "a", b: "b", [3]int{1, 2, 3}: "plain"}
	fmt.Println(len(seen), seen[a], seen[[3]int{1, 2, 3}], seen[Trio{4, 5, 6}])
	set := map[any]struct{}{a: {}}
	_, hasA := set[a]
	_, hasPlain := set[[3]int{1, 2, 3}]
	fmt.Println(hasA, hasPlain, a.Sum())
	g := Grid{{1, 2}, {3, 4}}
	byKey := map[any]int{g: 1, Point{1, 2}: 2, a: 3}
	fmt.Println(len(byKey), byKey[g], byKey[Point{1, 2}], byKey[a], byKey[[2][2]int{{1, 2}, {3, 4}}])
	for _, k := range []any{g, a, Point{1, 2}} {
		fmt.Printf("%T %v\n", k, byKey[k])
	}
}
`,
		want: `3 a plain b
true false 6
3 1 2 3 0
main.Grid 1
main.Trio 3
main.Point 2
`},
	// A return of a function with named results that reads another of
	// its results (return hi, lo; return cur + prev, cur) gives the values
	// it computed before any result changed (rewrite/resultorder.go:
	// yaegi assigned them in turn, return hi, lo gave hi twice).
	{name: "returns_reading_named_results", src: `package main

import (
	"errors"
	"fmt"
	"strings"
)

func minmax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[len(xs)-1]
	if lo > hi {
		return hi, lo
	}
	return
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		return 0, 0, errors.New("division by zero")
	}
	q, r = a/b, a%b
	if r < 0 {
		return q - 1, r + b, nil
	}
	return q, r, nil
}

func fib(n int) (cur, prev int) {
	cur, prev = 1, 0
	for i := 1; i < n; i++ {
		cur, prev = cur+prev, cur
	}
	return cur + prev, cur
}

type Span struct{ Start, End int }

func order(a, b Span) (first, second Span) {
	first, second = a, b
	if first.Start > second.Start {
		return second, first
	}
	return first, second
}

func split(s string) (head, tail string) {
	head, tail = s, ""
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return head[:i], head[i+1:]
	}
	return
}

func main() {
	fmt.Println(minmax([]int{9, 4, 1}))
	fmt.Println(minmax([]int{1, 4, 9}))
	fmt.Println(divmod(-7, 3))
	fmt.Println(divmod(7, 0))
	fmt.Println(fib(10))
	fmt.Println(order(Span{5, 9}, Span{1, 3}))
	fmt.Println(split("hello big world"))
	swap := func(a, b string) (x, y string) {
		x, y = a, b
		return y, x
	}
	fmt.Println(swap("left", "right"))
}
`,
		want: `1 9
1 9
-3 2 <nil>
0 0 division by zero
89 55
{1 3} {5 9}
hello big world
right left
`},
}

func TestFidLead10(t *testing.T) { runFidPrograms(t, lead10Programs) }
