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
}

func TestFidLead9(t *testing.T) { runFidPrograms(t, lead9Programs) }
