package main

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type MinStack[T cmp.Ordered] struct {
	vals, mins Stack[T]
}

func (m *MinStack[T]) Push(v T) {
	m.vals.Push(v)
	if cur, ok := m.mins.Pop(); ok {
		m.mins.Push(cur)
		v = min(v, cur)
	}
	m.mins.Push(v)
}

func (m *MinStack[T]) Pop() {
	m.vals.Pop()
	m.mins.Pop()
}

func (m *MinStack[T]) Min() T {
	v, _ := m.mins.Pop()
	m.mins.Push(v)
	return v
}

var ErrBadToken = errors.New("bad token")

func evalRPN(tokens []string) (result int, err error) {
	var st Stack[int]
	for _, tok := range tokens {
		switch tok {
		case "+", "-", "*", "/":
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, fmt.Errorf("operator %q: %w", tok, ErrBadToken)
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			}
		default:
			var n int
			if _, err := fmt.Sscanf(tok, "%d", &n); err != nil {
				return 0, fmt.Errorf("%q: %w", tok, ErrBadToken)
			}
			st.Push(n)
		}
	}
	result, _ = st.Pop()
	return
}

func dailyTemperatures(t []int) []int {
	res := make([]int, len(t))
	var st Stack[int]
	for i, v := range t {
		for st.Len() > 0 {
			j, _ := st.Pop()
			if t[j] >= v {
				st.Push(j)
				break
			}
			res[j] = i - j
		}
		st.Push(i)
	}
	return res
}

func main() {
	var ms MinStack[int]
	for _, v := range []int{5, 3, 7, 3, 1, 8} {
		ms.Push(v)
		fmt.Printf("push %d min %d\n", v, ms.Min())
	}
	for range 3 {
		ms.Pop()
		fmt.Println("pop, min", ms.Min())
	}
	var ws MinStack[string]
	for _, w := range strings.Fields("pear apple fig") {
		ws.Push(w)
	}
	fmt.Println("min word:", ws.Min())
	for _, expr := range []string{"2 1 + 3 *", "4 13 5 / +", "10 6 9 3 + -11 * / * 17 + 5 +", "1 +", "3 x *"} {
		v, err := evalRPN(strings.Fields(expr))
		if errors.Is(err, ErrBadToken) {
			fmt.Printf("%-32s error: %v\n", expr, err)
			continue
		}
		fmt.Printf("%-32s = %d\n", expr, v)
	}
	fmt.Println(dailyTemperatures([]int{73, 74, 75, 71, 69, 72, 76, 73}))
}
