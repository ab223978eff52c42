package main

import (
	"errors"
	"fmt"
	"iter"
)

type Resource struct {
	Name   string
	closed bool
}

func (r *Resource) Close() { r.closed = true; fmt.Println("close", r.Name) }

func Lines(name string, lines []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		r := &Resource{Name: name}
		defer r.Close()
		for i, l := range lines {
			if !yield(i+1, l) {
				fmt.Println("consumer stopped", name, "at", i+1)
				return
			}
		}
	}
}

var ErrBadLine = errors.New("bad line")

func findFirst(lines []string, want string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v: %w", r, ErrBadLine)
		}
	}()
	for i, l := range Lines("find", lines) {
		if l == "" {
			panic(fmt.Sprintf("empty line %d", i))
		}
		if l == want {
			return i, nil
		}
	}
	return -1, nil
}

func collect(lines []string) (out []string) {
	for i, l := range Lines("collect", lines) {
		defer func() { out = append(out, fmt.Sprintf("deferred %d", i)) }()
		if i == 2 {
			continue
		}
		out = append(out, l)
	}
	return out
}

func main() {
	src := []string{"alpha", "beta", "gamma", "delta"}
	fmt.Println(findFirst(src, "gamma"))
	fmt.Println(findFirst(src, "omega"))
	n, err := findFirst([]string{"x", "", "y"}, "y")
	fmt.Println(n, err, errors.Is(err, ErrBadLine))
	fmt.Printf("%q\n", collect(src[:3]))
	total := 0
	for i := range Lines("sum", src) {
		total += i
		if total > 3 {
			break
		}
	}
	fmt.Println("total", total)
}
