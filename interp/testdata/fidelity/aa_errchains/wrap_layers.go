package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type NotFoundError struct {
	Kind string
	ID   int
}

func (e *NotFoundError) Error() string { return fmt.Sprintf("%s %d not found", e.Kind, e.ID) }

func (e *NotFoundError) Is(target error) bool { return target == fs.ErrNotExist }

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e TimeoutError) Timeout() bool   { return true }
func (e TimeoutError) Temporary() bool { return true }

var store = map[int]string{1: "alpha", 2: "beta"}

func repoGet(id int) (string, error) {
	if id == 99 {
		return "", TimeoutError{"repo.get"}
	}
	v, ok := store[id]
	if !ok {
		return "", &NotFoundError{"item", id}
	}
	return v, nil
}

func serviceGet(raw string) (string, error) {
	id, err := strconv.Atoi(raw)
	if err != nil {
		return "", fmt.Errorf("service: bad id %q: %w", raw, err)
	}
	v, err := repoGet(id)
	if err != nil {
		return "", fmt.Errorf("service: get %d: %w", id, err)
	}
	return v, nil
}

func handler(raw string) string {
	v, err := serviceGet(raw)
	if err == nil {
		return "200 " + v
	}
	var nf *NotFoundError
	var te interface{ Timeout() bool }
	switch {
	case errors.As(err, &nf):
		return fmt.Sprintf("404 %s (kind=%s) notexist=%t", err, nf.Kind, errors.Is(err, os.ErrNotExist))
	case errors.As(err, &te) && te.Timeout():
		return "503 " + err.Error()
	case errors.Is(err, strconv.ErrSyntax):
		return "400 " + err.Error()
	}
	return "500 " + err.Error()
}

func chain(err error) []string {
	var out []string
	for err != nil {
		out = append(out, fmt.Sprintf("%T", err))
		err = errors.Unwrap(err)
	}
	return out
}

func main() {
	for _, in := range []string{"1", "2", "7", "99", "x1", "99999999999999999999"} {
		fmt.Println(handler(in))
	}
	_, err := serviceGet("7")
	fmt.Println(chain(err))
	_, err = serviceGet("abc")
	fmt.Println(chain(err))
	double := fmt.Errorf("both: %w and %w", TimeoutError{"a"}, &NotFoundError{"user", 3})
	fmt.Println(double, errors.Is(double, fs.ErrNotExist), errors.Unwrap(double) == nil)
	var t TimeoutError
	fmt.Println(errors.As(double, &t), t.Op)
}
