package main

import "fmt"

type State interface {
	InsertCoin(m *VendingMachine) string
	Select(m *VendingMachine, item string) string
	Dispense(m *VendingMachine) string
	fmt.Stringer
}

type VendingMachine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	pending string
	history []string
}

type idle struct{}
type hasCoin struct{}
type dispensing struct{}
type soldOut struct{}

func (idle) String() string       { return "Idle" }
func (hasCoin) String() string    { return "HasCoin" }
func (dispensing) String() string { return "Dispensing" }
func (soldOut) String() string    { return "SoldOut" }

func (idle) InsertCoin(m *VendingMachine) string {
	m.credit += 25
	m.setState(hasCoin{})
	return fmt.Sprintf("credit now %d", m.credit)
}
func (idle) Select(*VendingMachine, string) string { return "insert coin first" }
func (idle) Dispense(*VendingMachine) string       { return "nothing to dispense" }

func (hasCoin) InsertCoin(m *VendingMachine) string {
	m.credit += 25
	return fmt.Sprintf("credit now %d", m.credit)
}
func (hasCoin) Select(m *VendingMachine, item string) string {
	price, ok := m.prices[item]
	if !ok {
		return "unknown item " + item
	}
	if m.stock[item] == 0 {
		return item + " sold out"
	}
	if m.credit < price {
		return fmt.Sprintf("need %d more", price-m.credit)
	}
	m.credit -= price
	m.pending = item
	m.setState(dispensing{})
	return "selected " + item
}
func (hasCoin) Dispense(*VendingMachine) string { return "select first" }

func (dispensing) InsertCoin(*VendingMachine) string     { return "wait" }
func (dispensing) Select(*VendingMachine, string) string { return "wait" }
func (dispensing) Dispense(m *VendingMachine) string {
	m.stock[m.pending]--
	out := "here is your " + m.pending
	if m.credit > 0 {
		out += fmt.Sprintf(" and change %d", m.credit)
		m.credit = 0
	}
	m.pending = ""
	total := 0
	for _, n := range m.stock {
		total += n
	}
	if total == 0 {
		m.setState(soldOut{})
	} else {
		m.setState(idle{})
	}
	return out
}

func (soldOut) InsertCoin(*VendingMachine) string     { return "sold out, coin returned" }
func (soldOut) Select(*VendingMachine, string) string { return "sold out" }
func (soldOut) Dispense(*VendingMachine) string       { return "sold out" }

func (m *VendingMachine) setState(s State) {
	m.history = append(m.history, fmt.Sprintf("%v->%v", m.state, s))
	m.state = s
}

func main() {
	m := &VendingMachine{
		state:  idle{},
		stock:  map[string]int{"cola": 1, "chips": 1},
		prices: map[string]int{"cola": 50, "chips": 75},
	}
	steps := []struct {
		op, arg string
	}{
		{"select", "cola"}, {"coin", ""}, {"select", "cola"}, {"coin", ""},
		{"select", "tea"}, {"select", "cola"}, {"coin", ""}, {"dispense", ""},
		{"coin", ""}, {"coin", ""}, {"coin", ""}, {"coin", ""}, {"select", "cola"},
		{"select", "chips"}, {"dispense", ""}, {"coin", ""}, {"dispense", ""},
	}
	for i, s := range steps {
		var r string
		switch s.op {
		case "coin":
			r = m.state.InsertCoin(m)
		case "select":
			r = m.state.Select(m, s.arg)
		case "dispense":
			r = m.state.Dispense(m)
		}
		fmt.Printf("%2d %-8s %-5s [%-10s] %s\n", i, s.op, s.arg, m.state, r)
	}
	for _, h := range m.history {
		fmt.Println(h)
	}
}
