package main

import (
	"errors"
	"fmt"
)

type Wallet struct {
	name  string
	coins int
}

func (w *Wallet) Spend(n int) {
	if n > w.coins {
		panic(fmt.Sprintf("%s: overdraft by %d", w.name, n-w.coins))
	}
	w.coins -= n
}

func safeSpend(w *Wallet, n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	w.Spend(n)
	return nil
}

var errFrozen = errors.New("account frozen")

func spendAll(ws []*Wallet, n int) []error {
	var errs []error
	for _, w := range ws {
		if w.name == "frozen" {
			errs = append(errs, fmt.Errorf("%s: %w", w.name, errFrozen))
			continue
		}
		if err := safeSpend(w, n); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

func main() {
	wallets := []*Wallet{{"a", 10}, {"b", 3}, {"frozen", 100}, {"c", 7}}

	errs := spendAll(wallets, 5)
	for _, e := range errs {
		fmt.Println(e)
	}

	joined := errors.Join(errs...)
	fmt.Println(errors.Is(joined, errFrozen))
	fmt.Printf("%q\n", joined.Error())

	for _, w := range wallets {
		fmt.Printf("%s=%d ", w.name, w.coins)
	}
	fmt.Println()
}
