package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return fmt.Sprintf("line %d: %v", p.Line, p.Err) }
func (p *ParseError) Unwrap() error { return p.Err }

func parseAll(lines []string) (int, error) {
	sum := 0
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return 0, fmt.Errorf("parse input: %w", &ParseError{Line: i + 1, Err: err})
		}
		sum += n
	}
	return sum, nil
}

func main() {
	_, err := parseAll([]string{"1", "2", "x3"})
	if pe, ok := errors.AsType[*ParseError](err); ok {
		fmt.Println("bad line", pe.Line)
	}
	if ne, ok := errors.AsType[*strconv.NumError](err); ok {
		fmt.Println("func:", ne.Func, "num:", ne.Num, "err:", ne.Err)
	}
	sum, err := parseAll([]string{"4", "5"})
	fmt.Println(sum, err)
}
