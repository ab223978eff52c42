package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }
func (s *Stack) Pop() (float64, error) {
	if len(*s) == 0 {
		return 0, ErrStack
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

type binop func(a, b float64) (float64, error)

var ops = map[string]binop{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	},
	"^": func(a, b float64) (float64, error) { return math.Pow(a, b), nil },
}

func evalRPN(expr string) (result float64, err error) {
	var st Stack
	for i, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err := errors.Join(err1, err2); err != nil {
				return 0, fmt.Errorf("token %d (%s): %w", i, tok, ErrStack)
			}
			v, err := op(a, b)
			if err != nil {
				return 0, fmt.Errorf("token %d: %v", i, err)
			}
			st.Push(v)
			continue
		}
		switch tok {
		case "dup":
			v, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(v)
			st.Push(v)
		case "neg":
			v, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(-v)
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token %q: %w", tok, err)
			}
			st.Push(v)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("expected 1 value on the stack, have %d: %v", len(st), st)
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{
		"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ neg", "4 dup *", "1 0 /",
		"1 +", "1 2 3", "2 x *", "", "10 3 / 3 *", "1e3 2.5 *",
	} {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Printf("%-20q error: %v (stack error: %t)\n", e, err, errors.Is(err, ErrStack))
			continue
		}
		fmt.Printf("%-20q = %v\n", e, v)
	}
}
