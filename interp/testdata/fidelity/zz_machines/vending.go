package main

import (
	"errors"
	"fmt"
	"strings"
)

type State interface {
	Name() string
	Insert(m *Machine, coin int) (State, error)
	Select(m *Machine, slot string) (State, error)
	Cancel(m *Machine) (State, error)
}

type Idle struct{}
type HasMoney struct{}
type Maintenance struct{ Reason string }

var ErrInvalid = errors.New("invalid in this state")

type SoldOutError struct{ Slot string }

func (e SoldOutError) Error() string { return "slot " + e.Slot + " sold out" }

type Item struct {
	Name  string
	Price int
	Stock int
}

type Machine struct {
	state   State
	credit  int
	items   map[string]*Item
	change  []int
	history []string
}

func (Idle) Name() string { return "idle" }
func (Idle) Insert(m *Machine, c int) (State, error) {
	m.credit += c
	return HasMoney{}, nil
}
func (Idle) Select(*Machine, string) (State, error) { return nil, fmt.Errorf("select: %w", ErrInvalid) }
func (Idle) Cancel(*Machine) (State, error)         { return nil, fmt.Errorf("cancel: %w", ErrInvalid) }

func (HasMoney) Name() string { return "has-money" }
func (HasMoney) Insert(m *Machine, c int) (State, error) {
	m.credit += c
	return HasMoney{}, nil
}
func (HasMoney) Select(m *Machine, slot string) (State, error) {
	it, ok := m.items[slot]
	switch {
	case !ok:
		return nil, fmt.Errorf("unknown slot %q", slot)
	case it.Stock == 0:
		return nil, SoldOutError{slot}
	case m.credit < it.Price:
		return nil, fmt.Errorf("%s costs %d, credit %d", it.Name, it.Price, m.credit)
	}
	it.Stock--
	m.credit -= it.Price
	m.giveChange()
	m.history = append(m.history, it.Name)
	return Idle{}, nil
}
func (HasMoney) Cancel(m *Machine) (State, error) {
	m.giveChange()
	return Idle{}, nil
}

func (mt Maintenance) Name() string                           { return "maintenance(" + mt.Reason + ")" }
func (mt Maintenance) Insert(*Machine, int) (State, error)    { return nil, errors.New("out of order") }
func (mt Maintenance) Select(*Machine, string) (State, error) { return nil, errors.New("out of order") }
func (mt Maintenance) Cancel(*Machine) (State, error)         { return Idle{}, nil }

func (m *Machine) giveChange() {
	for _, c := range []int{100, 25, 10, 5} {
		for m.credit >= c {
			m.change = append(m.change, c)
			m.credit -= c
		}
	}
}

func (m *Machine) Do(cmd string) {
	var next State
	var err error
	verb, arg, _ := strings.Cut(cmd, " ")
	switch verb {
	case "coin":
		var c int
		fmt.Sscan(arg, &c)
		next, err = m.state.Insert(m, c)
	case "pick":
		next, err = m.state.Select(m, arg)
	case "cancel":
		next, err = m.state.Cancel(m)
	case "service":
		next = Maintenance{arg}
	}
	from := m.state.Name()
	if err != nil {
		var so SoldOutError
		fmt.Printf("%-10s %-12s ! %v (invalid=%t soldout=%t)\n", cmd, from, err, errors.Is(err, ErrInvalid), errors.As(err, &so))
		return
	}
	m.state = next
	fmt.Printf("%-10s %-12s -> %-12s credit=%-3d change=%v\n", cmd, from, m.state.Name(), m.credit, m.change)
	m.change = nil
}

func main() {
	m := &Machine{state: Idle{}, items: map[string]*Item{
		"A1": {"Cola", 125, 2}, "A2": {"Chips", 90, 0}, "B1": {"Gum", 35, 5},
	}}
	for _, cmd := range []string{
		"pick A1", "coin 100", "pick A1", "coin 25", "coin 25", "pick A1",
		"coin 100", "pick A2", "pick Z9", "pick B1", "cancel", "coin 5", "cancel",
		"service jam", "coin 25", "cancel", "coin 100", "coin 100", "pick A1", "coin 200", "pick A1",
	} {
		m.Do(cmd)
	}
	fmt.Println(m.history, m.items["A1"].Stock, fmt.Sprintf("%T", m.state))
}
