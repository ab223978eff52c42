package main

import (
	"errors"
	"fmt"
	"sort"
)

type State interface {
	InsertCoin(m *Machine, cents int) error
	Select(m *Machine, code string) error
	Name() string
}

type Product struct {
	Name  string
	Price int
	Stock int
}

type Machine struct {
	state    State
	balance  int
	products map[string]*Product
	sales    []string
	log      []string
}

var (
	ErrSoldOut  = errors.New("sold out")
	ErrNoCredit = errors.New("insert coins first")
	ErrUnknown  = errors.New("unknown product")
)

type idle struct{}
type hasCredit struct{}

func (idle) Name() string      { return "idle" }
func (hasCredit) Name() string { return "credit" }

func (idle) InsertCoin(m *Machine, c int) error {
	m.balance += c
	m.setState(hasCredit{})
	return nil
}

func (idle) Select(*Machine, string) error { return ErrNoCredit }

func (hasCredit) InsertCoin(m *Machine, c int) error {
	m.balance += c
	return nil
}

func (hasCredit) Select(m *Machine, code string) error {
	p, ok := m.products[code]
	if !ok {
		return fmt.Errorf("select %q: %w", code, ErrUnknown)
	}
	if p.Stock == 0 {
		return fmt.Errorf("select %s: %w", p.Name, ErrSoldOut)
	}
	if m.balance < p.Price {
		return fmt.Errorf("%s costs %d, balance %d", p.Name, p.Price, m.balance)
	}
	p.Stock--
	m.balance -= p.Price
	m.sales = append(m.sales, p.Name)
	if m.balance > 0 {
		m.log = append(m.log, fmt.Sprintf("change %d", m.balance))
		m.balance = 0
	}
	m.setState(idle{})
	return nil
}

func (m *Machine) setState(s State) {
	m.log = append(m.log, m.state.Name()+"->"+s.Name())
	m.state = s
}

func main() {
	m := &Machine{state: idle{}, products: map[string]*Product{
		"A1": {"cola", 150, 2},
		"A2": {"chips", 100, 0},
		"B1": {"candy", 65, 5},
	}}
	actions := []struct {
		kind string
		arg  any
	}{
		{"select", "A1"}, {"coin", 100}, {"select", "A1"}, {"coin", 100}, {"select", "A1"},
		{"coin", 25}, {"select", "A2"}, {"select", "Z9"}, {"coin", 50}, {"select", "B1"},
		{"coin", 200}, {"select", "A1"}, {"coin", 200}, {"select", "A1"},
	}
	for _, a := range actions {
		var err error
		switch a.kind {
		case "coin":
			err = m.state.InsertCoin(m, a.arg.(int))
		case "select":
			err = m.state.Select(m, a.arg.(string))
		}
		status := "ok"
		if err != nil {
			status = err.Error()
			if errors.Is(err, ErrSoldOut) {
				status += " (try another)"
			}
		}
		fmt.Printf("%-6s %-4v state=%-6s balance=%3d %s\n", a.kind, a.arg, m.state.Name(), m.balance, status)
	}
	fmt.Println("sales:", m.sales)
	fmt.Println("log:", m.log)
	codes := make([]string, 0, len(m.products))
	for c := range m.products {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		p := m.products[c]
		fmt.Printf("%s %-6s stock=%d\n", c, p.Name, p.Stock)
	}
	_, isIdle := m.state.(idle)
	fmt.Println("idle at end:", isIdle)
}
