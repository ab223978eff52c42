package main

import (
	"errors"
	"fmt"
	"strings"
)

type resource struct {
	name string
	log  *[]string
}

func open(name string, log *[]string) *resource {
	*log = append(*log, "open "+name)
	return &resource{name, log}
}

func (r *resource) Close() error {
	*r.log = append(*r.log, "close "+r.name)
	if r.name == "bad" {
		return errors.New("close failed: " + r.name)
	}
	return nil
}

func process(names []string) (err error) {
	var log []string
	defer func() {
		fmt.Println(strings.Join(log, "; "))
	}()
	for _, n := range names {
		r := open(n, &log)
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	return nil
}

func countdown() {
	for i := range 4 {
		defer fmt.Print(i, " ")
	}
	fmt.Print("start: ")
}

func deferArgs() (n int) {
	x := 1
	defer fmt.Println("deferred sees x =", x)
	defer func() { n *= 2 }()
	x = 10
	return x + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

type stack []string

func (s *stack) push(v string) { *s = append(*s, v) }

func nested() {
	var s stack
	func() {
		defer s.push("inner-defer")
		s.push("inner")
	}()
	defer func() { fmt.Println(s) }()
	s.push("outer")
}

func main() {
	fmt.Println(process([]string{"a", "bad", "c"}))
	fmt.Println(process([]string{"x"}))
	countdown()
	fmt.Println()
	fmt.Println(deferArgs())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	nested()
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("iteration", i, "done")
			if i == 1 {
				return
			}
			fmt.Println("working", i)
		}()
	}
}
