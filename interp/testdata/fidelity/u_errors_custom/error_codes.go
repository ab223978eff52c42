package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type Code int

const (
	OK Code = iota
	NotFound
	Forbidden
	Internal
)

func (c Code) Error() string {
	return [...]string{"ok", "not found", "forbidden", "internal"}[c]
}

func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && (t == c || t == Internal && c >= Forbidden)
}

type OpError struct {
	Op   string
	Code Code
}

func (e OpError) Error() string { return e.Op + ": " + e.Code.Error() }
func (e OpError) Unwrap() error { return e.Code }

func lookup(key string) error {
	switch key {
	case "":
		return OpError{"lookup", Forbidden}
	case "missing":
		return fmt.Errorf("store: %w", OpError{"get", NotFound})
	case "boom":
		return errors.Join(OpError{"a", Internal}, errors.New("extra"))
	}
	return nil
}

func main() {
	for _, k := range []string{"x", "", "missing", "boom"} {
		err := lookup(k)
		var oe OpError
		var code Code
		fmt.Printf("%-8q err=%v\n", k, err)
		fmt.Printf("  notfound=%v forbidden=%v internal=%v\n",
			errors.Is(err, NotFound), errors.Is(err, Forbidden), errors.Is(err, Internal))
		if errors.As(err, &oe) {
			fmt.Printf("  op=%s code=%d (%v)\n", oe.Op, int(oe.Code), oe.Code)
		}
		if errors.As(err, &code) {
			fmt.Println("  code:", code)
		}
	}
	var err error = NotFound
	fmt.Println(err == NotFound, err == Code(1), err)
	_, ferr := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(ferr, fs.ErrNotExist), errors.Is(ferr, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(ferr, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	codes := map[error]int{NotFound: 1, Forbidden: 2}
	fmt.Println(codes[NotFound], codes[Code(2)], len(codes))
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				fmt.Println("recovered error:", e, errors.Is(e, Internal))
			}
		}()
		panic(Forbidden)
	}()
	panic(OpError{"final", Internal})
}
