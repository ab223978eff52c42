package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfService
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Dispensing:
		return "Dispensing"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Product struct {
	Name  string
	Price int
	Stock int
}

type Machine struct {
	state   State
	credit  int
	slots   map[string]*Product
	sales   map[string]int
	coinsIn int
	log     []string
}

var (
	ErrUnknown  = errors.New("unknown product")
	ErrSoldOut  = errors.New("sold out")
	ErrNoCredit = errors.New("insufficient credit")
)

func NewMachine() *Machine {
	return &Machine{
		slots: map[string]*Product{
			"A1": {"Cola", 150, 2},
			"A2": {"Water", 100, 5},
			"B1": {"Chips", 125, 1},
		},
		sales: map[string]int{},
	}
}

func (m *Machine) logf(format string, args ...any) {
	m.log = append(m.log, fmt.Sprintf("[%-8v] ", m.state)+fmt.Sprintf(format, args...))
}

func (m *Machine) Insert(coin int) {
	m.credit += coin
	m.coinsIn += coin
	m.state = HasMoney
	m.logf("inserted %d, credit %d", coin, m.credit)
}

func (m *Machine) Select(code string) (change int, err error) {
	p, ok := m.slots[code]
	switch {
	case !ok:
		err = fmt.Errorf("select %s: %w", code, ErrUnknown)
	case p.Stock == 0:
		err = fmt.Errorf("select %s (%s): %w", code, p.Name, ErrSoldOut)
	case m.credit < p.Price:
		err = fmt.Errorf("select %s: need %d more: %w", code, p.Price-m.credit, ErrNoCredit)
	}
	if err != nil {
		m.logf("error: %v", err)
		return 0, err
	}
	m.state = Dispensing
	p.Stock--
	m.sales[p.Name]++
	change, m.credit = m.credit-p.Price, 0
	m.logf("dispensed %s, change %d", p.Name, change)
	m.state = Idle
	return change, nil
}

func (m *Machine) Report() string {
	var b strings.Builder
	codes := make([]string, 0, len(m.slots))
	for c := range m.slots {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		p := m.slots[c]
		fmt.Fprintf(&b, "%s %-6s %3d¢ stock=%d sold=%d\n", c, p.Name, p.Price, p.Stock, m.sales[p.Name])
	}
	fmt.Fprintf(&b, "coins in: %d, state: %v", m.coinsIn, m.state)
	return b.String()
}

func main() {
	m := NewMachine()
	m.Insert(100)
	m.Insert(25)
	_, err := m.Select("A1")
	fmt.Println(errors.Is(err, ErrNoCredit))
	m.Insert(100)
	ch, _ := m.Select("A1")
	fmt.Println("change:", ch)
	m.Insert(200)
	m.Select("B1")
	m.Insert(200)
	_, err = m.Select("B1")
	fmt.Println(err, errors.Is(err, ErrSoldOut))
	_, err = m.Select("Z9")
	fmt.Println(err)
	ch, _ = m.Select("A2")
	fmt.Println("change:", ch)
	for _, l := range m.log {
		fmt.Println(l)
	}
	fmt.Println(m.Report())
	fmt.Println(State(3), []State{Idle, Dispensing})
}
