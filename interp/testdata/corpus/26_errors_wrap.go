package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

func find(key string) error {
	if key != "ok" {
		return fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return nil
}

func handler(key string) error {
	if err := find(key); err != nil {
		return fmt.Errorf("handler: %w", err)
	}
	return nil
}

func main() {
	err := handler("missing")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(handler("ok"))

	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path)
	}
	noWrap := fmt.Errorf("plain: %v", ErrNotFound)
	fmt.Println(errors.Is(noWrap, ErrNotFound))
}
