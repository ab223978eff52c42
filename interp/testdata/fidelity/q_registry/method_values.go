package main

import (
	"fmt"
	"strings"
)

type Account struct {
	Owner   string
	Balance int
}

func (a Account) Describe() string { return fmt.Sprintf("%s has %d", a.Owner, a.Balance) }
func (a *Account) Deposit(n int)   { a.Balance += n }

type Actions struct {
	describe func() string
	deposit  func(int)
}

type Op struct {
	Name string
	Fn   func(a, b int) int
}

type Calc struct{ scale int }

func (c Calc) Add(a, b int) int  { return (a + b) * c.scale }
func (c *Calc) Mul(a, b int) int { return a * b * c.scale }

func apply(ops []Op, a, b int) {
	for _, op := range ops {
		fmt.Printf("%s(%d,%d)=%d\n", op.Name, a, b, op.Fn(a, b))
	}
}

func main() {
	acct := Account{"ann", 10}
	acts := Actions{describe: acct.Describe, deposit: acct.Deposit}
	acts.deposit(5)
	acct.Deposit(1)
	fmt.Println(acts.describe())
	fmt.Println(acct.Describe())

	describeFn := Account.Describe
	depositFn := (*Account).Deposit
	depositFn(&acct, 100)
	fmt.Println(describeFn(acct))

	c := Calc{scale: 2}
	ops := []Op{{"add", c.Add}, {"mul", c.Mul}}
	c.scale = 10
	apply(ops, 3, 4)

	pc := &Calc{scale: 3}
	addP := pc.Add
	pc.scale = 5
	fmt.Println(addP(1, 1), pc.Add(1, 1))

	handlers := map[string]func(string) string{
		"upper": strings.ToUpper,
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"rev": func(s string) string {
			r := []rune(s)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r)
		},
	}
	for _, k := range []string{"rev", "title", "upper", "missing"} {
		if h, ok := handlers[k]; ok {
			fmt.Println(k, h("gopher"))
		} else {
			fmt.Println(k, "not found", h == nil)
		}
	}

	accounts := []Account{{"a", 1}, {"b", 2}, {"c", 3}}
	var fns []func() string
	for _, a := range accounts {
		fns = append(fns, a.Describe)
	}
	for i := range accounts {
		accounts[i].Deposit(50)
	}
	for _, f := range fns {
		fmt.Print(f(), "; ")
	}
	fmt.Println()
	var deps []func(int)
	for i := range accounts {
		deps = append(deps, accounts[i].Deposit)
	}
	for i, d := range deps {
		d(i * 1000)
	}
	fmt.Println(accounts)
}
