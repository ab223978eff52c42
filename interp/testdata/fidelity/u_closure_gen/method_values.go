package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	Owner   string
	Balance int
	history []string
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int) bool {
	if n > a.Balance {
		a.history = append(a.history, fmt.Sprintf("!%d", n))
		return false
	}
	a.Balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return true
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s: %d [%s]", a.Owner, a.Balance, strings.Join(a.history, " "))
}

type Temp float64

func (t Temp) F() float64      { return float64(t)*9/5 + 32 }
func (t Temp) Add(d Temp) Temp { return t + d }

type Op struct {
	name string
	fn   func(int, int) int
}

func main() {
	acc := &Account{Owner: "ann"}
	dep := acc.Deposit
	wd := acc.Withdraw
	dep(100)
	dep(50)
	fmt.Println(wd(30), wd(500))
	fmt.Println(acc.Summary())

	// A method value bound to a value copies the receiver at evaluation time.
	snapshot := acc.Summary
	acc.Deposit(1)
	fmt.Println(snapshot())
	fmt.Println(acc.Summary())

	// Method expressions.
	deposit := (*Account).Deposit
	summary := Account.Summary
	bob := Account{Owner: "bob"}
	deposit(&bob, 7)
	fmt.Println(summary(bob))

	temps := []Temp{-40, 0, 37, 100}
	conv := Temp.F
	for _, t := range temps {
		fmt.Printf("%v->%.1f ", t, conv(t))
	}
	fmt.Println()
	add10 := Temp(10).Add
	fmt.Println(add10(5), add10(-10))

	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"mul", func(a, b int) int { return a * b }},
		{"pow", func(a, b int) int {
			r := 1
			for range b {
				r *= a
			}
			return r
		}},
	}
	table := map[string]func(int, int) int{}
	for _, op := range ops {
		table[op.name] = op.fn
	}
	names := make([]string, 0, len(table))
	for n := range table {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s(3,4)=%d\n", n, table[n](3, 4))
	}

	var actions []func()
	accounts := []*Account{{Owner: "x"}, {Owner: "y"}, {Owner: "z"}}
	for i, a := range accounts {
		actions = append(actions, func() { a.Deposit((i + 1) * 10) })
	}
	for _, act := range actions {
		act()
		act()
	}
	for _, a := range accounts {
		fmt.Println(a.Summary())
	}
	var fns []func() string
	vals := []Account{{Owner: "p", Balance: 1}, {Owner: "q", Balance: 2}}
	for _, v := range vals {
		fns = append(fns, v.Summary)
	}
	vals[0].Balance = 99
	for _, f := range fns {
		fmt.Println(f())
	}
	fmt.Printf("%T %T\n", deposit, conv)
}
