package main

import (
	"fmt"
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

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return fmt.Errorf("%s: insufficient funds (%d < %d)", a.Owner, a.Balance, n)
	}
	a.Balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s=%d [%s]", a.Owner, a.Balance, strings.Join(a.history, " "))
}

type Op struct {
	name string
	fn   func(int) error
}

type Temp float64

func (t Temp) F() float64 { return float64(t)*9/5 + 32 }

type Button struct {
	Label   string
	OnClick func() string
}

type Form struct {
	title   string
	clicks  int
	buttons []Button
}

func (f *Form) submit() string { f.clicks++; return f.title + " submitted" }
func (f *Form) reset() string  { f.clicks++; return f.title + " reset" }

func main() {
	acc := &Account{Owner: "ann"}
	dep := acc.Deposit
	ops := []Op{
		{"dep100", func(n int) error { dep(n); return nil }},
		{"wd30", acc.Withdraw},
		{"wd500", acc.Withdraw},
	}
	args := []int{100, 30, 500}
	for i, op := range ops {
		if err := op.fn(args[i]); err != nil {
			fmt.Println(op.name, "error:", err)
		}
	}
	fmt.Println(acc.Summary())

	val := *acc
	sum := val.Summary
	acc.Deposit(1)
	fmt.Println(sum())
	fmt.Println(acc.Summary())

	temps := []Temp{0, 37, 100}
	var conv []func() float64
	for _, t := range temps {
		conv = append(conv, t.F)
	}
	for _, c := range conv {
		fmt.Print(c(), " ")
	}
	fmt.Println()

	f := &Form{title: "signup"}
	f.buttons = []Button{{"OK", f.submit}, {"Clear", f.reset}}
	for _, b := range f.buttons {
		fmt.Println(b.Label, "->", b.OnClick())
	}
	fmt.Println("clicks:", f.clicks)

	accounts := []Account{{Owner: "x"}, {Owner: "y"}}
	var deps []func(int)
	for i := range accounts {
		deps = append(deps, accounts[i].Deposit)
	}
	deps[0](5)
	deps[1](7)
	deps[1](1)
	for _, a := range accounts {
		fmt.Println(a.Summary())
	}
	m := map[string]func() string{"s": acc.Summary}
	acc.Withdraw(50)
	fmt.Println(m["s"]())
	fmt.Printf("%T\n", acc.Withdraw)
}
