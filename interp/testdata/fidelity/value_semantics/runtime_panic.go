package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type Account struct {
	ID      int
	Balance float64
}

var ErrInsufficient = errors.New("insufficient funds")

func (a *Account) Withdraw(amt float64) error {
	if amt > a.Balance {
		return fmt.Errorf("account %d: withdraw %.2f: %w", a.ID, amt, ErrInsufficient)
	}
	a.Balance -= amt
	return nil
}

func mustParse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Sprintf("mustParse(%q): %v", s, err))
	}
	return n
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %v\n", name, r)
			if e, ok := r.(error); ok {
				fmt.Printf("  (error: %v)\n", e)
			}
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	acct := &Account{ID: 7, Balance: 100}
	if err := acct.Withdraw(30); err != nil {
		fmt.Println(err)
	}
	if err := acct.Withdraw(500); err != nil {
		fmt.Println(err, errors.Is(err, ErrInsufficient))
	}
	fmt.Printf("balance %.2f\n", acct.Balance)

	try("parse", func() { fmt.Println(mustParse("42")) })
	try("parse bad", func() { fmt.Println(mustParse("4x2")) })
	try("index", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	})
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("div", func() {
		a, b := 10, 0
		fmt.Println(a / b)
	})
	try("nil pointer", func() {
		var p *Account
		fmt.Println(p.Balance)
	})
	try("assert", func() {
		var x any = "str"
		fmt.Println(x.(int))
	})
	try("custom error", func() { panic(ErrInsufficient) })
	try("slice", func() {
		s := make([]int, 3, 5)
		j := 6
		fmt.Println(s[1:j])
	})
	try("closed channel", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	fmt.Fprintln(os.Stderr, "about to fail for real")
	var accounts []*Account
	fmt.Println(accounts[0].ID)
}
