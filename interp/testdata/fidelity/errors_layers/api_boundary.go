package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type PanicError struct {
	Value any
	Op    string
}

func (p *PanicError) Error() string {
	return fmt.Sprintf("%s: panic: %v", p.Op, p.Value)
}

func (p *PanicError) Unwrap() error {
	if err, ok := p.Value.(error); ok {
		return err
	}
	return nil
}

// safeCall turns a panic inside fn into an error.
func safeCall(op string, fn func() int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Op: op}
		}
	}()
	return fn(), nil
}

var ErrEmpty = errors.New("empty input")

func parseAll(s string) []int {
	if s == "" {
		panic(ErrEmpty)
	}
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			panic(err)
		}
		out = append(out, n)
	}
	return out
}

func median(s string) int {
	xs := parseAll(s)
	sort.Ints(xs)
	return xs[len(xs)/2]
}

func main() {
	inputs := []string{"3, 1, 2", "", "4,x,5", "10,20", "7"}
	for _, in := range inputs {
		v, err := safeCall("median", func() int { return median(in) })
		if err != nil {
			fmt.Println("error:", err)
			var pe *PanicError
			if errors.As(err, &pe) {
				fmt.Printf("  op=%s value type=%T\n", pe.Op, pe.Value)
			}
			if errors.Is(err, ErrEmpty) {
				fmt.Println("  (empty)")
			}
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("  bad number:", ne.Num, ne.Func)
			}
			continue
		}
		fmt.Println("median:", v)
	}

	_, err := safeCall("div", func() int {
		a, b := 1, 0
		return a / b
	})
	fmt.Println(err)
	_, err = safeCall("custom", func() int { panic(fmt.Sprintf("code %d", 42)) })
	fmt.Println(err, errors.Unwrap(err) == nil)
}
