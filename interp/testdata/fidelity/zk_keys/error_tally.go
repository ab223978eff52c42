package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

var (
	ErrTimeout  = errors.New("timeout")
	ErrNotFound = errors.New("not found")
)

type StatusError int

func (e StatusError) Error() string { return fmt.Sprintf("status %d", int(e)) }

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func attempt(i int) error {
	switch i % 6 {
	case 0:
		return ErrTimeout
	case 1:
		return StatusError(503)
	case 2:
		return ParseError{3, "bad token"}
	case 3:
		return ErrNotFound
	case 4:
		return io.EOF
	}
	return StatusError(404)
}

func main() {
	tally := map[error]int{}
	for i := 0; i < 20; i++ {
		tally[attempt(i)]++
	}
	fmt.Println(len(tally), "kinds of error")
	fmt.Println("timeouts:", tally[ErrTimeout], "503s:", tally[StatusError(503)], "404s:", tally[StatusError(404)])
	fmt.Println("parse:", tally[ParseError{3, "bad token"}], "other parse:", tally[ParseError{4, "bad token"}])
	fmt.Println("eof:", tally[io.EOF], "not exist:", tally[os.ErrNotExist])
	var lines []string
	for err, n := range tally {
		lines = append(lines, fmt.Sprintf("%-18s %d", err.Error(), n))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	delete(tally, StatusError(503))
	_, ok := tally[StatusError(503)]
	fmt.Println(len(tally), ok)
}
