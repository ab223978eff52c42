package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	ErrStackUnderflow = errors.New("stack underflow")
	ErrDivZero        = errors.New("division by zero")
)

type TokenError struct {
	Pos   int
	Token string
	Err   error
}

func (e *TokenError) Error() string {
	return fmt.Sprintf("token %d (%q): %v", e.Pos, e.Token, e.Err)
}

func (e *TokenError) Unwrap() error { return e.Err }

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }

func (s *Stack) Pop() (float64, error) {
	if len(*s) == 0 {
		return 0, ErrStackUnderflow
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

var ops = map[string]func(a, b float64) (float64, error){
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, ErrDivZero
		}
		return a / b, nil
	},
}

func evalRPN(expr string) (result float64, err error) {
	var st Stack
	for i, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err := errors.Join(err1, err2); err != nil {
				return 0, &TokenError{i, tok, ErrStackUnderflow}
			}
			r, err := op(a, b)
			if err != nil {
				return 0, &TokenError{i, tok, err}
			}
			st.Push(r)
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, &TokenError{i, tok, err}
		}
		st.Push(v)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("expression left %d values", len(st))
	}
	return st[0], nil
}

func main() {
	exprs := []string{
		"3 4 + 2 *",
		"5 1 2 + 4 * + 3 -",
		"2 3 4",
		"1 0 /",
		"+",
		"2 x *",
		"10 3 /",
		"",
	}
	for _, e := range exprs {
		v, err := evalRPN(e)
		switch {
		case err == nil:
			fmt.Printf("%-20q = %g\n", e, v)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-20q division error: %v\n", e, err)
		case errors.Is(err, ErrStackUnderflow):
			fmt.Printf("%-20q underflow: %v\n", e, err)
		default:
			var te *TokenError
			if errors.As(err, &te) {
				fmt.Printf("%-20q bad token at %d: %v\n", e, te.Pos, errors.Unwrap(te))
			} else {
				fmt.Printf("%-20q error: %v\n", e, err)
			}
		}
	}
}
