package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Unit int

const (
	Sec Unit = iota
	Min
	Hour
)

func (u Unit) String() string { return [...]string{"s", "m", "h"}[u] }

var ErrEmpty = errors.New("empty input")

type SyntaxError struct {
	Input string
	Pos   int
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error in %q at %d", e.Input, e.Pos) }

func parse(s string) (time.Duration, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	var total time.Duration
	num := ""
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			num += string(r)
		case strings.ContainsRune("smh", r) && num != "":
			n, _ := strconv.Atoi(num)
			unit := map[rune]time.Duration{'s': time.Second, 'm': time.Minute, 'h': time.Hour}[r]
			total += time.Duration(n) * unit
			num = ""
		default:
			return 0, &SyntaxError{s, i}
		}
	}
	if num != "" {
		return 0, &SyntaxError{s, len(s)}
	}
	return total, nil
}

func main() {
	tests := []struct {
		name    string
		in      string
		want    time.Duration
		wantErr error
		unit    Unit
	}{
		{"seconds", "45s", 45 * time.Second, nil, Sec},
		{"mixed", "1h30m", 90 * time.Minute, nil, Hour},
		{"empty", "", 0, ErrEmpty, Sec},
		{"bad", "1x", 0, &SyntaxError{"1x", 1}, Min},
		{"trailing", "10", 0, &SyntaxError{}, Sec},
	}
	passed := 0
	for i, tc := range tests {
		got, err := parse(tc.in)
		ok := got == tc.want
		switch want := tc.wantErr.(type) {
		case nil:
			ok = ok && err == nil
		case *SyntaxError:
			var se *SyntaxError
			ok = ok && errors.As(err, &se)
			if ok && want.Input != "" {
				ok = *se == *want
			}
		default:
			ok = ok && errors.Is(err, want)
		}
		status := "FAIL"
		if ok {
			status = "ok"
			passed++
		}
		fmt.Printf("%d %-8s %-4s got=%-8v err=%v unit=%v\n", i, tc.name, status, got, err, tc.unit)
	}
	fmt.Printf("%d/%d passed\n", passed, len(tests))
	fmt.Printf("%v\n", tests[1])
	fmt.Printf("%+v\n", tests[0])
	type result struct {
		Name string
		Got  any
		Err  error
	}
	var rs []result
	for _, tc := range tests[2:4] {
		d, err := parse(tc.in)
		rs = append(rs, result{tc.name, d, err})
	}
	fmt.Println(rs)
	fmt.Printf("%+v\n", rs[1])
}
