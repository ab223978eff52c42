package main

import (
	"errors"
	"fmt"
	"strings"
)

func trace(s string) string {
	fmt.Println("entering:", s)
	return s
}

func un(s string) {
	fmt.Println("leaving:", s)
}

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

type resource struct {
	name string
	log  *[]string
}

func open(name string, log *[]string) (*resource, error) {
	if strings.HasPrefix(name, "bad") {
		return nil, fmt.Errorf("open %s: permission denied", name)
	}
	*log = append(*log, "open "+name)
	return &resource{name, log}, nil
}

func (r *resource) Close() error {
	*r.log = append(*r.log, "close "+r.name)
	return nil
}

func useAll(names []string) (err error) {
	var log []string
	defer func() {
		fmt.Println("log:", strings.Join(log, ", "))
	}()
	for _, n := range names {
		r, err := open(n, &log)
		if err != nil {
			return err
		}
		defer r.Close()
	}
	return nil
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	for i := 0; i < 5; i++ {
		defer func(i int) { n += i }(i)
	}
	return 1
}

func main() {
	b()
	fmt.Println("---")
	for i := 0; i < 4; i++ {
		defer fmt.Printf("deferred %d\n", i)
	}
	fmt.Println(useAll([]string{"x", "y", "z"}))
	err := useAll([]string{"x", "bad1", "z"})
	fmt.Println("err:", err)
	fmt.Println(safeDivide(10, 2))
	q, err := safeDivide(1, 0)
	fmt.Println(q, err)
	var target interface{ Error() string }
	fmt.Println(errors.As(err, &target))
	fmt.Println("counter:", counter())
}
