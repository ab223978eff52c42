// Lists the method sets of a value type and its pointer type, as a
// documentation tool would.
package main

import (
	"fmt"
	"reflect"
)

type Account struct {
	Owner   string
	balance int
}

func (a Account) Balance() int   { return a.balance }
func (a Account) String() string { return fmt.Sprintf("%s: %d", a.Owner, a.balance) }
func (a *Account) Deposit(n int) { a.balance += n }
func (a *Account) Withdraw(n int) bool {
	if n > a.balance {
		return false
	}
	a.balance -= n
	return true
}
func (a Account) audit() string { return "secret" }

func describe(t reflect.Type) {
	fmt.Printf("%v has %d methods\n", t, t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Printf("  %d %s %v\n", m.Index, m.Name, m.Type)
	}
}

func main() {
	a := Account{Owner: "ann", balance: 10}
	describe(reflect.TypeOf(a))
	describe(reflect.TypeOf(&a))
	_ = a.audit()
	_, ok := reflect.TypeOf(a).MethodByName("Deposit")
	fmt.Println("value has Deposit:", ok)
	_, ok = reflect.TypeOf(&a).MethodByName("Deposit")
	fmt.Println("pointer has Deposit:", ok)
	_, ok = reflect.TypeOf(a).MethodByName("audit")
	fmt.Println("audit visible:", ok)
}
