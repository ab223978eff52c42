package main

import (
	"errors"
	"fmt"
	"strings"
)

type State string

const (
	Ready      State = "ready"
	HasMoney   State = "has-money"
	Dispensing State = "dispensing"
	OutOfStock State = "out-of-stock"
)

type Event struct {
	Kind  string
	Coins int
	Item  string
}

var ErrInvalid = errors.New("invalid transition")

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	sales   []string
	changeC int
}

type transition func(m *Machine, e Event) (State, error)

var table = map[State]map[string]transition{
	Ready: {
		"coin": func(m *Machine, e Event) (State, error) { m.credit += e.Coins; return HasMoney, nil },
	},
	HasMoney: {
		"coin":   func(m *Machine, e Event) (State, error) { m.credit += e.Coins; return HasMoney, nil },
		"select": (*Machine).selectItem,
		"refund": func(m *Machine, e Event) (State, error) {
			m.changeC += m.credit
			m.credit = 0
			return Ready, nil
		},
	},
	Dispensing: {
		"take": func(m *Machine, e Event) (State, error) {
			if m.total() == 0 {
				return OutOfStock, nil
			}
			if m.credit > 0 {
				return HasMoney, nil
			}
			return Ready, nil
		},
	},
}

func (m *Machine) total() int {
	n := 0
	for _, v := range m.stock {
		n += v
	}
	return n
}

func (m *Machine) selectItem(e Event) (State, error) {
	price, ok := m.prices[e.Item]
	if !ok {
		return HasMoney, fmt.Errorf("unknown item %q", e.Item)
	}
	if m.stock[e.Item] == 0 {
		return HasMoney, fmt.Errorf("%s sold out", e.Item)
	}
	if m.credit < price {
		return HasMoney, fmt.Errorf("need %d more for %s", price-m.credit, e.Item)
	}
	m.credit -= price
	m.stock[e.Item]--
	m.sales = append(m.sales, e.Item)
	return Dispensing, nil
}

func (m *Machine) Fire(e Event) error {
	tr, ok := table[m.state][e.Kind]
	if !ok {
		return fmt.Errorf("%w: %s in state %s", ErrInvalid, e.Kind, m.state)
	}
	next, err := tr(m, e)
	m.state = next
	return err
}

func main() {
	m := &Machine{
		state:  Ready,
		stock:  map[string]int{"cola": 2, "chips": 1},
		prices: map[string]int{"cola": 150, "chips": 100},
	}
	events := []Event{
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Coins: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Coins: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Coins: 5},
		{Kind: "take"},
		{Kind: "select", Item: "water"},
		{Kind: "coin", Coins: 200},
		{Kind: "select", Item: "chips"},
		{Kind: "take"},
		{Kind: "select", Item: "chips"},
		{Kind: "select", Item: "cola"},
		{Kind: "take"},
		{Kind: "coin", Coins: 10},
	}
	for i, e := range events {
		before := m.state
		err := m.Fire(e)
		msg := "ok"
		if err != nil {
			msg = err.Error()
			if errors.Is(err, ErrInvalid) {
				msg = "REJECTED " + msg
			}
		}
		fmt.Printf("%2d %-12s %-7s -> %-12s credit=%-3d %s\n", i, before, e.Kind, m.state, m.credit, msg)
	}
	fmt.Println("sales:", strings.Join(m.sales, ","), "change:", m.changeC, "stock:", m.stock)
}
