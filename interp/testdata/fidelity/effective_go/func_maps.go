package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type binop func(float64, float64) (float64, error)

var ops = map[string]binop{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("divide by zero")
		}
		return a / b, nil
	},
	"^": func(a, b float64) (float64, error) { return math.Pow(a, b), nil },
}

// rpn evaluates a reverse-polish expression.
func rpn(expr string) (float64, error) {
	var stack []float64
	for _, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			if len(stack) < 2 {
				return 0, fmt.Errorf("stack underflow at %q", tok)
			}
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			v, err := op(a, b)
			if err != nil {
				return 0, fmt.Errorf("%s %s %s: %w", strconv.FormatFloat(a, 'g', -1, 64), tok, strconv.FormatFloat(b, 'g', -1, 64), err)
			}
			stack = append(stack, v)
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, fmt.Errorf("bad token %q: %w", tok, err)
		}
		stack = append(stack, v)
	}
	if len(stack) != 1 {
		return 0, fmt.Errorf("expected one result, have %d", len(stack))
	}
	return stack[0], nil
}

func main() {
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("operators:", names)
	for _, name := range names {
		v, err := ops[name](6, 3)
		fmt.Printf("6 %s 3 = %g (err=%v)\n", name, v, err)
	}
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 10 ^",
		"1 0 /",
		"1 +",
		"1 2 3",
		"4 x *",
	}
	for _, e := range exprs {
		v, err := rpn(e)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-20s = %v\n", e, v)
	}
	handlers := map[int]func() string{}
	for i := 0; i < 3; i++ {
		handlers[i] = func() string { return fmt.Sprintf("handler #%d", i) }
	}
	for i := 0; i < 3; i++ {
		fmt.Println(handlers[i]())
	}
}
