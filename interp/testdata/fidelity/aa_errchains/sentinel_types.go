package main

import (
	"errors"
	"fmt"
	"sort"
)

type Code int

const (
	OK Code = iota
	InvalidArgument
	NotFound
	Conflict
	Internal
)

var codeNames = map[Code]string{OK: "OK", InvalidArgument: "INVALID_ARGUMENT", NotFound: "NOT_FOUND", Conflict: "CONFLICT", Internal: "INTERNAL"}

func (c Code) String() string { return codeNames[c] }

type StatusError struct {
	Code    Code
	Message string
	cause   error
}

func (s *StatusError) Error() string {
	if s.cause != nil {
		return fmt.Sprintf("%v: %s: %v", s.Code, s.Message, s.cause)
	}
	return fmt.Sprintf("%v: %s", s.Code, s.Message)
}

func (s *StatusError) Unwrap() error { return s.cause }

// Is matches any StatusError with the same code.
func (s *StatusError) Is(target error) bool {
	t, ok := target.(*StatusError)
	return ok && t.Code == s.Code && t.Message == ""
}

func Status(c Code, msg string, cause error) error { return &StatusError{c, msg, cause} }

var (
	ErrNotFound = &StatusError{Code: NotFound}
	ErrConflict = &StatusError{Code: Conflict}
)

func CodeOf(err error) Code {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code
	}
	if err == nil {
		return OK
	}
	return Internal
}

type Inventory struct{ stock map[string]int }

func (inv *Inventory) Reserve(sku string, n int) error {
	if n <= 0 {
		return Status(InvalidArgument, fmt.Sprintf("quantity %d", n), nil)
	}
	have, ok := inv.stock[sku]
	if !ok {
		return Status(NotFound, "sku "+sku, nil)
	}
	if have < n {
		return Status(Conflict, "insufficient stock", fmt.Errorf("have %d, want %d", have, n))
	}
	inv.stock[sku] -= n
	return nil
}

func main() {
	inv := &Inventory{stock: map[string]int{"apple": 5, "pear": 1}}
	reqs := []struct {
		sku string
		n   int
	}{{"apple", 2}, {"pear", 2}, {"kiwi", 1}, {"apple", 0}, {"apple", 3}, {"apple", 1}}
	tally := map[Code]int{}
	for _, r := range reqs {
		err := inv.Reserve(r.sku, r.n)
		wrapped := fmt.Errorf("order %s x%d: %w", r.sku, r.n, err)
		if err == nil {
			wrapped = nil
		}
		c := CodeOf(wrapped)
		tally[c]++
		fmt.Printf("%-16v notfound=%-5t conflict=%-5t %v\n", c, errors.Is(wrapped, ErrNotFound), errors.Is(wrapped, ErrConflict), wrapped)
	}
	codes := make([]Code, 0, len(tally))
	for c := range tally {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
	for _, c := range codes {
		fmt.Printf("%s=%d ", c, tally[c])
	}
	fmt.Println()
	fmt.Println(inv.stock, CodeOf(errors.New("plain")))
}
