package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

func findUser(id int) error {
	if id > 10 {
		return fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	return nil
}

func loadProfile(id int) error {
	if err := findUser(id); err != nil {
		return fmt.Errorf("load profile: %w", err)
	}
	return nil
}

func main() {
	err := loadProfile(42)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)

	_, err = os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path)
	}
	fmt.Println(errors.Is(err, fs.ErrNotExist))
}
