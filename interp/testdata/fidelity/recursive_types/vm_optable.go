package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Machine is a small stack VM whose instructions live in an op table of funcs over the machine.
type Machine struct {
	stack []int
	ops   map[string]func(*Machine) error
	trace []string
}

var errUnderflow = errors.New("stack underflow")

func (m *Machine) push(v int) { m.stack = append(m.stack, v) }

func (m *Machine) pop() (int, error) {
	if len(m.stack) == 0 {
		return 0, errUnderflow
	}
	v := m.stack[len(m.stack)-1]
	m.stack = m.stack[:len(m.stack)-1]
	return v, nil
}

func binary(f func(a, b int) (int, error)) func(*Machine) error {
	return func(m *Machine) error {
		b, err := m.pop()
		if err != nil {
			return err
		}
		a, err := m.pop()
		if err != nil {
			return err
		}
		r, err := f(a, b)
		if err != nil {
			return err
		}
		m.push(r)
		return nil
	}
}

func NewMachine() *Machine {
	m := &Machine{ops: map[string]func(*Machine) error{}}
	m.ops["+"] = binary(func(a, b int) (int, error) { return a + b, nil })
	m.ops["-"] = binary(func(a, b int) (int, error) { return a - b, nil })
	m.ops["*"] = binary(func(a, b int) (int, error) { return a * b, nil })
	m.ops["/"] = binary(func(a, b int) (int, error) {
		if b == 0 {
			return 0, fmt.Errorf("divide %d by zero", a)
		}
		return a / b, nil
	})
	m.ops["dup"] = func(m *Machine) error {
		v, err := m.pop()
		if err != nil {
			return err
		}
		m.push(v)
		m.push(v)
		return nil
	}
	m.ops["swap"] = func(m *Machine) error {
		if len(m.stack) < 2 {
			return errUnderflow
		}
		n := len(m.stack)
		m.stack[n-1], m.stack[n-2] = m.stack[n-2], m.stack[n-1]
		return nil
	}
	return m
}

func (m *Machine) Run(prog string) (int, error) {
	m.stack = m.stack[:0]
	for _, tok := range strings.Fields(prog) {
		if op, ok := m.ops[tok]; ok {
			if err := op(m); err != nil {
				return 0, fmt.Errorf("%q: %w", tok, err)
			}
			m.trace = append(m.trace, fmt.Sprintf("%s%v", tok, m.stack))
			continue
		}
		n, err := strconv.Atoi(tok)
		if err != nil {
			return 0, fmt.Errorf("unknown word %q", tok)
		}
		m.push(n)
	}
	return m.pop()
}

func main() {
	m := NewMachine()
	m.ops["sq"] = func(m *Machine) error { return m.ops["*"](m) }
	fmt.Println(len(m.ops), "ops")

	for _, p := range []string{"2 3 + 4 *", "5 dup sq", "1 2 swap -", "7 0 /", "+", "3 x"} {
		v, err := m.Run(p)
		if err != nil {
			fmt.Printf("%-12s error: %v (underflow=%v)\n", p, err, errors.Is(err, errUnderflow))
			continue
		}
		fmt.Printf("%-12s = %d\n", p, v)
	}
	fmt.Println(strings.Join(m.trace, " "))
	fmt.Printf("%T\n", m.ops["dup"])
}
