package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

type NotFoundError struct{ Name string }

func (e NotFoundError) Error() string { return e.Name + " not found" }

func (e NotFoundError) Is(target error) bool { return target == fs.ErrNotExist }

func find(name string) error {
	switch name {
	case "a":
		return nil
	case "b":
		return fmt.Errorf("find %s: %w", name, NotFoundError{name})
	case "c":
		return fmt.Errorf("read %s: %w", name, io.ErrUnexpectedEOF)
	}
	return errors.Join(errors.New("multiple problems"), NotFoundError{name}, os.ErrPermission)
}

func main() {
	for _, n := range []string{"a", "b", "c", "d"} {
		err := find(n)
		var nf NotFoundError
		fmt.Printf("%s: err=%v\n", n, err)
		fmt.Printf("   notexist=%v eof=%v perm=%v as=%v\n",
			errors.Is(err, fs.ErrNotExist),
			errors.Is(err, io.ErrUnexpectedEOF),
			errors.Is(err, os.ErrPermission),
			errors.As(err, &nf))
		if nf.Name != "" {
			fmt.Println("   name:", nf.Name)
		}
	}

	err := find("d")
	fmt.Println(strings.Count(err.Error(), "\n"), errors.Unwrap(err) == nil)
}
