package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("stack underflow")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

func rpn(expr string) (int, error) {
	var st Stack[int]
	for _, tok := range strings.Fields(expr) {
		if n, err := strconv.Atoi(tok); err == nil {
			st.Push(n)
			continue
		}
		b, err := st.Pop()
		if err != nil {
			return 0, fmt.Errorf("at %q: %w", tok, err)
		}
		a, err := st.Pop()
		if err != nil {
			return 0, fmt.Errorf("at %q: %w", tok, err)
		}
		switch tok {
		case "+":
			st.Push(a + b)
		case "-":
			st.Push(a - b)
		case "*":
			st.Push(a * b)
		case "/":
			if b == 0 {
				return 0, errors.New("division by zero")
			}
			st.Push(a / b)
		default:
			return 0, fmt.Errorf("unknown operator %q", tok)
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("expected one result, have %d", st.Len())
	}
	return st.Pop()
}

func main() {
	exprs := []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 3 ^", "1 2 3"}
	for _, e := range exprs {
		v, err := rpn(e)
		if err != nil {
			fmt.Printf("%-20s -> error: %v\n", e, err)
		} else {
			fmt.Printf("%-20s -> %d\n", e, v)
		}
	}
}
