package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Stack struct{ data []float64 }

func (s *Stack) Push(v float64) { s.data = append(s.data, v) }
func (s *Stack) Pop() (float64, error) {
	if len(s.data) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}
func (s Stack) Len() int { return len(s.data) }

type OpFunc func(a, b float64) (float64, error)

var ops = map[string]OpFunc{
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

type EvalError struct {
	Expr string
	Pos  int
	Err  error
}

func (e *EvalError) Error() string {
	return fmt.Sprintf("eval %q at token %d: %v", e.Expr, e.Pos, e.Err)
}
func (e *EvalError) Unwrap() error { return e.Err }

func Eval(expr string) (float64, error) {
	var st Stack
	for i, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			b, err := st.Pop()
			if err != nil {
				return 0, &EvalError{expr, i, err}
			}
			a, err := st.Pop()
			if err != nil {
				return 0, &EvalError{expr, i, err}
			}
			r, err := op(a, b)
			if err != nil {
				return 0, &EvalError{expr, i, err}
			}
			st.Push(r)
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, &EvalError{expr, i, err}
		}
		st.Push(v)
	}
	if st.Len() != 1 {
		return 0, &EvalError{expr, -1, fmt.Errorf("%d values left", st.Len())}
	}
	return st.Pop()
}

func main() {
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 10 ^ 24 -",
		"1 0 /",
		"1 +",
		"1 2 3",
		"4 abc *",
		"2 0.5 ^",
	}
	for _, e := range exprs {
		v, err := Eval(e)
		var ee *EvalError
		var ne *strconv.NumError
		switch {
		case errors.As(err, &ne):
			fmt.Printf("%-20s bad number %s (%v)\n", e, ne.Num, ne.Err)
		case errors.As(err, &ee):
			fmt.Printf("%-20s error at %d: %v\n", e, ee.Pos, ee.Err)
		default:
			fmt.Printf("%-20s = %g\n", e, v)
		}
	}
	_, err := Eval("1 0 /")
	fmt.Println(err)
	fmt.Printf("%T %v\n", errors.Unwrap(err), errors.Unwrap(err))
	keys := []string{}
	for k := range ops {
		keys = append(keys, k)
	}
	fmt.Println(len(keys))
}
