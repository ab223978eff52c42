package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack struct {
	data []float64
}

func (s *Stack) Push(v float64) { s.data = append(s.data, v) }
func (s *Stack) Pop() (float64, error) {
	if len(s.data) == 0 {
		return 0, ErrUnderflow
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}
func (s Stack) Len() int { return len(s.data) }
func (s Stack) String() string {
	parts := make([]string, len(s.data))
	for i, v := range s.data {
		parts[i] = strconv.FormatFloat(v, 'g', -1, 64)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

var ErrUnderflow = errors.New("stack underflow")

type OpError struct {
	Op  string
	Pos int
	Err error
}

func (e *OpError) Error() string { return fmt.Sprintf("op %q at %d: %v", e.Op, e.Pos, e.Err) }
func (e *OpError) Unwrap() error { return e.Err }

type Machine struct {
	Stack
	ops map[string]func(*Machine) error
}

func binary(f func(a, b float64) (float64, error)) func(*Machine) error {
	return func(m *Machine) error {
		b, err := m.Pop()
		if err != nil {
			return err
		}
		a, err := m.Pop()
		if err != nil {
			return err
		}
		r, err := f(a, b)
		if err != nil {
			return err
		}
		m.Push(r)
		return nil
	}
}

func NewMachine() *Machine {
	m := &Machine{ops: map[string]func(*Machine) error{}}
	m.ops["+"] = binary(func(a, b float64) (float64, error) { return a + b, nil })
	m.ops["-"] = binary(func(a, b float64) (float64, error) { return a - b, nil })
	m.ops["*"] = binary(func(a, b float64) (float64, error) { return a * b, nil })
	m.ops["/"] = binary(func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	})
	m.ops["dup"] = func(m *Machine) error {
		v, err := m.Pop()
		if err != nil {
			return err
		}
		m.Push(v)
		m.Push(v)
		return nil
	}
	m.ops["swap"] = func(m *Machine) error {
		b, e1 := m.Pop()
		a, e2 := m.Pop()
		if err := errors.Join(e1, e2); err != nil {
			return err
		}
		m.Push(b)
		m.Push(a)
		return nil
	}
	return m
}

func (m *Machine) Run(prog string) (float64, error) {
	m.data = m.data[:0]
	for i, tok := range strings.Fields(prog) {
		if v, err := strconv.ParseFloat(tok, 64); err == nil {
			m.Push(v)
			continue
		}
		op, ok := m.ops[tok]
		if !ok {
			return 0, &OpError{tok, i, errors.New("unknown op")}
		}
		if err := op(m); err != nil {
			return 0, &OpError{tok, i, err}
		}
	}
	if m.Len() != 1 {
		return 0, fmt.Errorf("stack has %d values at end: %v", m.Len(), m.Stack)
	}
	return m.Pop()
}

func main() {
	m := NewMachine()
	for _, p := range []string{"3 4 +", "2 dup * 1 -", "10 2 swap /", "1 +", "4 0 /", "1 2 3", "5 sqrt", "6 2 / 3 *"} {
		v, err := m.Run(p)
		var oe *OpError
		switch {
		case errors.As(err, &oe):
			fmt.Printf("%-14s error %v (underflow=%v)\n", p, err, errors.Is(err, ErrUnderflow))
		case err != nil:
			fmt.Printf("%-14s error %v\n", p, err)
		default:
			fmt.Printf("%-14s = %g\n", p, v)
		}
	}
	var s Stack
	s.Push(1.5)
	s.Push(2)
	fmt.Println(s, s.Len())
	fmt.Printf("%v %s\n", &s, s)
}
