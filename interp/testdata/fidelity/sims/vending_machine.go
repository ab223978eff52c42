package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Coin int

const (
	Nickel  Coin = 5
	Dime    Coin = 10
	Quarter Coin = 25
	Dollar  Coin = 100
)

func (c Coin) String() string {
	switch c {
	case Nickel:
		return "nickel"
	case Dime:
		return "dime"
	case Quarter:
		return "quarter"
	case Dollar:
		return "dollar"
	}
	return fmt.Sprintf("coin(%d)", int(c))
}

type Product struct {
	Name  string
	Price int
	Stock int
}

type VendError struct {
	Code string
	Slot string
}

func (e *VendError) Error() string { return fmt.Sprintf("vend %s: %s", e.Slot, e.Code) }

var ErrNoChange = errors.New("exact change only")

type Machine struct {
	slots   map[string]*Product
	credit  int
	coins   map[Coin]int
	history []string
}

func (m *Machine) Insert(c Coin) {
	m.credit += int(c)
	m.coins[c]++
	m.history = append(m.history, "+"+c.String())
}

func (m *Machine) change(amount int) ([]Coin, error) {
	var out []Coin
	for _, c := range []Coin{Dollar, Quarter, Dime, Nickel} {
		for amount >= int(c) && m.coins[c] > 0 {
			amount -= int(c)
			m.coins[c]--
			out = append(out, c)
		}
	}
	if amount != 0 {
		for _, c := range out {
			m.coins[c]++
		}
		return nil, ErrNoChange
	}
	return out, nil
}

func (m *Machine) Vend(slot string) (string, []Coin, error) {
	p, ok := m.slots[slot]
	switch {
	case !ok:
		return "", nil, &VendError{"no such slot", slot}
	case p.Stock == 0:
		return "", nil, &VendError{"sold out", slot}
	case m.credit < p.Price:
		return "", nil, &VendError{fmt.Sprintf("need %d more cents", p.Price-m.credit), slot}
	}
	ch, err := m.change(m.credit - p.Price)
	if err != nil {
		return "", nil, fmt.Errorf("vend %s: %w", slot, err)
	}
	p.Stock--
	m.credit = 0
	m.history = append(m.history, "vend "+p.Name)
	return p.Name, ch, nil
}

func main() {
	m := &Machine{slots: map[string]*Product{
		"A1": {"chips", 65, 2},
		"B2": {"candy", 80, 1},
		"C3": {"water", 100, 0},
	}, coins: map[Coin]int{Nickel: 1, Dime: 2, Quarter: 1}}
	script := []struct {
		coins []Coin
		slot  string
	}{
		{[]Coin{Quarter, Quarter, Quarter}, "A1"},
		{[]Coin{Dollar}, "B2"},
		{[]Coin{Quarter}, "A1"},
		{[]Coin{Dollar}, "C3"},
		{nil, "Z9"},
		{[]Coin{Quarter, Quarter, Dime, Nickel}, "A1"},
		{[]Coin{Dollar}, "B2"},
	}
	for i, step := range script {
		for _, c := range step.coins {
			m.Insert(c)
		}
		name, change, err := m.Vend(step.slot)
		var ve *VendError
		switch {
		case errors.As(err, &ve):
			fmt.Printf("%d: %v (code %q)\n", i, err, ve.Code)
		case errors.Is(err, ErrNoChange):
			fmt.Printf("%d: %v; credit stays %d\n", i, err, m.credit)
		case err == nil:
			fmt.Printf("%d: got %s, change %v\n", i, name, change)
		}
	}
	var coins []string
	for c, n := range m.coins {
		coins = append(coins, fmt.Sprintf("%v=%d", c, n))
	}
	sort.Strings(coins)
	fmt.Println(strings.Join(coins, " "), "credit", m.credit)
	fmt.Println(len(m.history), m.history[len(m.history)-3:])
}
