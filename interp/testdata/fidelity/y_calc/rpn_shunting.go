package main

import (
	"errors"
	"fmt"
	"strconv"
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
func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}
func (s Stack[T]) Len() int { return len(s.items) }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}

var ErrMismatch = errors.New("mismatched parentheses")

func toRPN(expr string) ([]string, error) {
	var out []string
	var ops Stack[string]
	for _, tok := range strings.Fields(expr) {
		switch {
		case tok == "(":
			ops.Push(tok)
		case tok == ")":
			for {
				top, ok := ops.Pop()
				if !ok {
					return nil, ErrMismatch
				}
				if top == "(" {
					break
				}
				out = append(out, top)
			}
		case prec[tok] > 0:
			for {
				top, ok := ops.Peek()
				if !ok || top == "(" || prec[top] < prec[tok] {
					break
				}
				ops.Pop()
				out = append(out, top)
			}
			ops.Push(tok)
		default:
			out = append(out, tok)
		}
	}
	for ops.Len() > 0 {
		top, _ := ops.Pop()
		if top == "(" {
			return nil, ErrMismatch
		}
		out = append(out, top)
	}
	return out, nil
}

func evalRPN(rpn []string) (int, error) {
	var st Stack[int]
	for _, t := range rpn {
		if _, isOp := prec[t]; !isOp {
			n, err := strconv.Atoi(t)
			if err != nil {
				return 0, fmt.Errorf("bad operand: %w", err)
			}
			st.Push(n)
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, fmt.Errorf("stack underflow at %q", t)
		}
		switch t {
		case "+":
			st.Push(a + b)
		case "-":
			st.Push(a - b)
		case "*":
			st.Push(a * b)
		case "/":
			st.Push(a / b)
		case "%":
			st.Push(a % b)
		}
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	for _, e := range []string{
		"3 + 4 * 2",
		"( 3 + 4 ) * 2",
		"10 - 4 - 3",
		"-7 / 2 + -7 % 2",
		"( 1 + 2",
		"1 + 2 )",
		"2 * x",
		"1 +",
	} {
		rpn, err := toRPN(e)
		if err != nil {
			fmt.Printf("%-16s %v (mismatch=%t)\n", e, err, errors.Is(err, ErrMismatch))
			continue
		}
		v, err := evalRPN(rpn)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%-16s %v | func=%s num=%q\n", e, err, ne.Func, ne.Num)
			continue
		}
		fmt.Printf("%-16s %-14s => %d %v\n", e, strings.Join(rpn, " "), v, err)
	}
	var s Stack[rune]
	for _, r := range "héllo" {
		s.Push(r)
	}
	var rev []rune
	for s.Len() > 0 {
		r, _ := s.Pop()
		rev = append(rev, r)
	}
	fmt.Println(string(rev), len(rev), fmt.Sprintf("%T", s))
}
