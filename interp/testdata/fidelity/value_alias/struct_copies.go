// Struct values vs pointers: copies in range loops, maps of structs,
// methods with value and pointer receivers, and slices of pointers.
package main

import (
	"fmt"
	"sort"
)

type Account struct {
	Owner   string
	Balance int
	History []int
}

func (a Account) Total() int { return a.Balance }

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, n)
}

func (a Account) WithBonus(n int) Account {
	a.Balance += n
	a.History = append(a.History, n)
	return a
}

func main() {
	accts := []Account{{"ann", 10, nil}, {"bob", 20, nil}}
	for _, a := range accts {
		a.Deposit(5)
	}
	fmt.Println(accts[0].Balance, accts[1].Balance)
	for i := range accts {
		accts[i].Deposit(5)
	}
	fmt.Println(accts[0].Balance, accts[1].Balance, accts[0].History)

	byName := map[string]Account{"cy": {"cy", 1, nil}}
	a := byName["cy"]
	a.Deposit(100)
	fmt.Println(byName["cy"].Balance, a.Balance)
	byName["cy"] = a
	fmt.Println(byName["cy"].Balance)

	ptrs := map[string]*Account{"dee": {Owner: "dee"}}
	ptrs["dee"].Deposit(3)
	ptrs["dee"].Deposit(4)
	fmt.Println(*ptrs["dee"])

	bonus := accts[1].WithBonus(1000)
	fmt.Println(accts[1].Balance, bonus.Balance, len(accts[1].History), len(bonus.History))

	shared := Account{"eve", 0, make([]int, 0, 10)}
	copyA := shared
	shared.Deposit(1)
	copyA.Deposit(2)
	fmt.Println(shared.History, copyA.History, shared.History[:1], copyA.History[:1])

	list := []*Account{{Owner: "z", Balance: 3}, {Owner: "y", Balance: 9}, {Owner: "x", Balance: 3}}
	sort.SliceStable(list, func(i, j int) bool { return list[i].Balance < list[j].Balance })
	first := list[0]
	first.Deposit(50)
	for _, p := range list {
		fmt.Print(p.Owner, "=", p.Total(), " ")
	}
	fmt.Println()

	type pair struct {
		a, b *Account
	}
	x := &Account{Owner: "p"}
	pr := pair{x, x}
	pr.a.Deposit(1)
	fmt.Println(pr.b.Balance, pr.a == pr.b)
	v1, v2 := *x, *x
	fmt.Println(v1.Owner == v2.Owner, v1.Balance)
}
