package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type SyntaxError struct {
	Line, Col int
	Msg       string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

type parser struct {
	src  []string
	line int
}

func (p *parser) fail(col int, format string, args ...any) {
	panic(&SyntaxError{p.line + 1, col, fmt.Sprintf(format, args...)})
}

func (p *parser) parseLine(s string) int {
	total := 0
	for i, f := range strings.Fields(s) {
		n, err := strconv.Atoi(f)
		if err != nil {
			p.fail(i+1, "bad number %q", f)
		}
		total += n
	}
	return total
}

// Parse converts internal panics into errors at the API boundary, as Effective Go shows.
func Parse(src string) (sums []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("parse: %w", se)
		}
	}()
	p := &parser{src: strings.Split(src, "\n")}
	for i, l := range p.src {
		p.line = i
		sums = append(sums, p.parseLine(l))
	}
	return sums, nil
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative: %d", n))
	}
	return n
}

func safely(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	f()
	return "ok"
}

func main() {
	for _, src := range []string{"1 2 3\n4 5", "1 2\n3 x 4\n5", ""} {
		sums, err := Parse(src)
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("error %v (line %d col %d)\n", err, se.Line, se.Col)
			continue
		}
		fmt.Println("sums:", sums, err)
	}
	fmt.Println(safely(func() { mustPositive(3) }))
	fmt.Println(safely(func() { mustPositive(-3) }))
	fmt.Println(safely(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(safely(func() {
		xs := []int{1, 2, 3}
		i := 5
		_ = xs[i]
	}))
	fmt.Println(safely(func() {
		var p *SyntaxError
		fmt.Println(p.Msg)
	}))
	fmt.Println(safely(func() { panic(errors.New("custom")) }))
}
