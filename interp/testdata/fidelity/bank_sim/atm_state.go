package main

import "fmt"

type ATM struct {
	cash     map[int]int // note value -> count
	notes    []int
	dispense []string
}

func NewATM() *ATM {
	return &ATM{
		cash:  map[int]int{100: 2, 50: 3, 20: 10, 10: 5},
		notes: []int{100, 50, 20, 10},
	}
}

// Withdraw uses a greedy split and rolls back if the amount cannot be paid.
func (a *ATM) Withdraw(amount int) (map[int]int, bool) {
	taken := map[int]int{}
	left := amount
	for _, n := range a.notes {
		for left >= n && a.cash[n]-taken[n] > 0 {
			taken[n]++
			left -= n
		}
	}
	if left != 0 {
		return nil, false
	}
	for n, c := range taken {
		a.cash[n] -= c
	}
	return taken, true
}

func (a *ATM) Total() int {
	t := 0
	for n, c := range a.cash {
		t += n * c
	}
	return t
}

func main() {
	atm := NewATM()
	fmt.Println("total:", atm.Total())

	for _, amt := range []int{380, 15, 260, 90, 500} {
		notes, ok := atm.Withdraw(amt)
		if !ok {
			fmt.Printf("%d: cannot dispense\n", amt)
			continue
		}
		fmt.Printf("%d: %v\n", amt, notes)
	}

	fmt.Println("left:", atm.cash, "total:", atm.Total())
}
