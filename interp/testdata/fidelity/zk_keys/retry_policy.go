package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

type Code uint16

func (c Code) Error() string { return fmt.Sprintf("E%03d", uint16(c)) }

var ErrBusy = errors.New("busy")

var (
	errName = &ValidationError{"name"}
	errAge  = &ValidationError{"age"}
)

func main() {
	retries := map[error]int{ErrBusy: 3, Code(7): 1}
	retries[errName] = 0
	retries[Code(9)] = 2
	seen := map[error]bool{}
	for _, e := range []error{errName, errAge, errName, Code(7), ErrBusy, Code(7), &ValidationError{"name"}} {
		if seen[e] {
			fmt.Println("again:", e)
			continue
		}
		seen[e] = true
		n, ok := retries[e]
		fmt.Printf("%-12v retries=%d known=%v\n", e, n, ok)
	}
	fmt.Println(len(seen), len(retries))
	var names []string
	for e := range retries {
		var ve *ValidationError
		var c Code
		switch {
		case errors.As(e, &ve):
			names = append(names, "validation:"+ve.Field)
		case errors.As(e, &c):
			names = append(names, "code:"+c.Error())
		default:
			names = append(names, "other:"+e.Error())
		}
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, " "))
}
