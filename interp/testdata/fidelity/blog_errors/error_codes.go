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
	AlreadyExists
	PermissionDenied
	Internal
)

var codeNames = [...]string{"OK", "InvalidArgument", "NotFound", "AlreadyExists", "PermissionDenied", "Internal"}

func (c Code) String() string {
	if int(c) < len(codeNames) {
		return codeNames[c]
	}
	return fmt.Sprintf("Code(%d)", int(c))
}

type StatusError struct {
	Code Code
	Msg  string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("rpc error: code = %v desc = %s", e.Code, e.Msg)
}

func Errorf(c Code, format string, a ...any) error {
	return &StatusError{Code: c, Msg: fmt.Sprintf(format, a...)}
}

func CodeOf(err error) Code {
	if err == nil {
		return OK
	}
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code
	}
	return Internal
}

type Store struct {
	items map[string]int
	owner map[string]string
}

func (s *Store) Create(user, key string, v int) error {
	if key == "" {
		return Errorf(InvalidArgument, "empty key")
	}
	if _, ok := s.items[key]; ok {
		return Errorf(AlreadyExists, "key %q exists", key)
	}
	s.items[key] = v
	s.owner[key] = user
	return nil
}

func (s *Store) Delete(user, key string) error {
	o, ok := s.owner[key]
	if !ok {
		return fmt.Errorf("delete: %w", Errorf(NotFound, "key %q", key))
	}
	if o != user {
		return fmt.Errorf("delete: %w", Errorf(PermissionDenied, "%s does not own %q", user, key))
	}
	delete(s.items, key)
	delete(s.owner, key)
	return nil
}

func main() {
	s := &Store{items: map[string]int{}, owner: map[string]string{}}
	counts := map[Code]int{}
	record := func(op string, err error) {
		c := CodeOf(err)
		counts[c]++
		fmt.Printf("%-22s %-17v %v\n", op, c, err)
	}
	record("create a", s.Create("ann", "a", 1))
	record("create b", s.Create("bob", "b", 2))
	record("create a again", s.Create("bob", "a", 3))
	record("create empty", s.Create("ann", "", 0))
	record("delete a by bob", s.Delete("bob", "a"))
	record("delete a by ann", s.Delete("ann", "a"))
	record("delete a again", s.Delete("ann", "a"))
	record("plain error", errors.New("disk on fire"))

	var codes []Code
	for c := range counts {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
	for _, c := range codes {
		fmt.Printf("%v=%d ", c, counts[c])
	}
	fmt.Println()
	fmt.Println(Code(42), len(s.items))
}
