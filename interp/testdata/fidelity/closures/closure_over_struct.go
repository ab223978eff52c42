package main

import "fmt"

type Account struct {
	Balance int
}

func main() {
	acc := Account{100}
	deposit := func(n int) { acc.Balance += n }
	snapshot := acc
	deposit(50)
	fmt.Println(acc.Balance, snapshot.Balance)

	p := &acc
	withdraw := func(n int) error {
		if n > p.Balance {
			return fmt.Errorf("insufficient funds: have %d, need %d", p.Balance, n)
		}
		p.Balance -= n
		return nil
	}
	fmt.Println(withdraw(30), acc.Balance)
	fmt.Println(withdraw(500))

	acc = Account{7}
	fmt.Println(p.Balance)
}
