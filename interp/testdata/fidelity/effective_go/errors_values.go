package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

// PathError is the kind of error Effective Go recommends: it carries context.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

var ErrNotFound = errors.New("file not found")
var ErrNoSpace = errors.New("no space left on device")

type fakeFS map[string][]byte

func (fs fakeFS) Create(path string, data []byte) error {
	if len(data) > 8 {
		return &PathError{"create", path, ErrNoSpace}
	}
	fs[path] = data
	return nil
}

func (fs fakeFS) Read(path string) ([]byte, error) {
	d, ok := fs[path]
	if !ok {
		return nil, &PathError{Op: "read", Path: path, Err: ErrNotFound}
	}
	return d, nil
}

func parsePort(s string) (int, error) {
	p, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse port %q: %w", s, err)
	}
	if p < 1 || p > 65535 {
		return 0, fmt.Errorf("port %d out of range", p)
	}
	return p, nil
}

func main() {
	fs := fakeFS{}
	for i, name := range []string{"a.txt", "big.bin", "b.txt"} {
		data := []byte(strconv.Itoa(i))
		if name == "big.bin" {
			data = make([]byte, 100)
		}
		if err := fs.Create(name, data); err != nil {
			fmt.Println("error:", err)
			var pe *PathError
			if errors.As(err, &pe) {
				fmt.Printf("  op=%s path=%s cause=%v\n", pe.Op, pe.Path, pe.Err)
			}
			if errors.Is(err, ErrNoSpace) {
				fmt.Println("  => disk full, cleaning up")
			}
		}
	}
	for _, name := range []string{"a.txt", "c.txt"} {
		d, err := fs.Read(name)
		switch {
		case errors.Is(err, ErrNotFound):
			fmt.Println(name, "missing:", err)
		case err != nil:
			fmt.Println("unexpected:", err)
		default:
			fmt.Printf("%s = %q\n", name, d)
		}
	}
	for _, s := range []string{"8080", "http", "70000"} {
		p, err := parsePort(s)
		if err != nil {
			var ne *strconv.NumError
			fmt.Println("bad:", err, "| numerr:", errors.As(err, &ne))
			continue
		}
		fmt.Println("port", p)
	}
	_, err := os.Open("/no/such/file.txt")
	var perr *os.PathError
	if errors.As(err, &perr) {
		fmt.Println("os error op:", perr.Op, "path:", perr.Path)
	}
	joined := errors.Join(ErrNotFound, ErrNoSpace)
	fmt.Println(errors.Is(joined, ErrNoSpace), joined)
}
