package main

import (
	"errors"
	"fmt"
	"strconv"
)

type QueryError struct {
	Query string
	Line  int
	Err   error
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("query %q (line %d): %v", e.Query, e.Line, e.Err)
}

func (e *QueryError) Unwrap() error { return e.Err }

type SyntaxError struct {
	Token string
	Pos   int
}

func (e *SyntaxError) Error() string {
	return "syntax error near " + strconv.Quote(e.Token) + " at " + strconv.Itoa(e.Pos)
}

var ErrTimeout = errors.New("timeout")

func parse(q string) error {
	for i, c := range q {
		if c == ';' && i != len(q)-1 {
			return &SyntaxError{Token: q[i:], Pos: i}
		}
	}
	return nil
}

func run(q string, line int) error {
	if err := parse(q); err != nil {
		return &QueryError{Query: q, Line: line, Err: err}
	}
	if len(q) > 30 {
		return &QueryError{Query: q[:10] + "...", Line: line, Err: ErrTimeout}
	}
	return nil
}

func execScript(qs []string) error {
	for i, q := range qs {
		if err := run(q, i+1); err != nil {
			return fmt.Errorf("script aborted: %w", err)
		}
	}
	return nil
}

func main() {
	scripts := [][]string{
		{"SELECT 1;", "SELECT 2;"},
		{"SELECT 1;", "DROP x; SELECT"},
		{"SELECT * FROM very_long_table_name WHERE id = 1"},
	}
	for n, s := range scripts {
		err := execScript(s)
		fmt.Printf("script %d: %v\n", n, err)
		if err == nil {
			continue
		}
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  failing line:", qe.Line)
		}
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("  syntax at %d: token=%q\n", se.Pos, se.Token)
		}
		if errors.Is(err, ErrTimeout) {
			fmt.Println("  it was a timeout")
		}
		depth := 0
		for e := err; e != nil; e = errors.Unwrap(e) {
			fmt.Printf("  %d: %T\n", depth, e)
			depth++
		}
	}

	var target *QueryError
	plain := errors.New("plain")
	fmt.Println(errors.As(plain, &target), target == nil)

	qe := &QueryError{"q", 1, nil}
	fmt.Println(errors.Unwrap(qe) == nil)
	var err error = qe
	if _, ok := err.(interface{ Unwrap() error }); ok {
		fmt.Println("has Unwrap")
	}
}
