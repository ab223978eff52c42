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
}

func TestFidLead10(t *testing.T) { runFidPrograms(t, lead10Programs) }
