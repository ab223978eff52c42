package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }
func (s *Stack) Pop() (float64, error) {
	if len(*s) == 0 {
		return 0, ErrEmpty
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

var ErrEmpty = errors.New("stack empty")

type binop func(a, b float64) (float64, error)

var binops = map[string]binop{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("divide by zero")
		}
		return a / b, nil
	},
	"^":   func(a, b float64) (float64, error) { return math.Pow(a, b), nil },
	"mod": func(a, b float64) (float64, error) { return math.Mod(a, b), nil },
}

var unops = map[string]func(float64) float64{
	"neg":  func(a float64) float64 { return -a },
	"sqrt": math.Sqrt,
	"abs":  math.Abs,
	"inv":  func(a float64) float64 { return 1 / a },
}

type TokenError struct {
	Pos   int
	Token string
	Err   error
}

func (e TokenError) Error() string {
	return fmt.Sprintf("token %d (%q): %v", e.Pos, e.Token, e.Err)
}

func (e TokenError) Unwrap() error { return e.Err }

func Eval(expr string) (float64, error) {
	var st Stack
	for i, tok := range strings.Fields(expr) {
		if f, ok := binops[tok]; ok {
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err := errors.Join(err1, err2); err != nil {
				return 0, TokenError{i, tok, ErrEmpty}
			}
			v, err := f(a, b)
			if err != nil {
				return 0, TokenError{i, tok, err}
			}
			st.Push(v)
			continue
		}
		if f, ok := unops[tok]; ok {
			a, err := st.Pop()
			if err != nil {
				return 0, TokenError{i, tok, err}
			}
			st.Push(f(a))
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, TokenError{i, tok, err}
		}
		st.Push(v)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, have %d: %v", len(st), st)
	}
	return st[0], nil
}

func main() {
	exprs := []string{
		"3 4 + 2 *",
		"5 1 2 + 4 * + 3 -",
		"2 10 ^ 1000 -",
		"9 sqrt neg abs",
		"1 0 /",
		"1 +",
		"1 2 3",
		"7 x +",
		"10 3 mod 4 inv *",
		"-1 sqrt",
		"1e308 10 *",
		"",
	}
	for _, e := range exprs {
		v, err := Eval(e)
		var te TokenError
		switch {
		case errors.As(err, &te) && errors.Is(err, ErrEmpty):
			fmt.Printf("%-20q underflow at %d\n", e, te.Pos)
		case errors.As(err, &te):
			fmt.Printf("%-20q %v\n", e, te)
		case err != nil:
			fmt.Printf("%-20q error: %v\n", e, err)
		default:
			fmt.Printf("%-20q = %v\n", e, v)
		}
	}
	var numErr *strconv.NumError
	_, err := Eval("1 abc +")
	fmt.Println(errors.As(err, &numErr), numErr.Func, numErr.Num, numErr.Err == strconv.ErrSyntax)
	names := []string{}
	for k := range unops {
		names = append(names, k)
	}
	fmt.Println(len(names), len(binops))
}
