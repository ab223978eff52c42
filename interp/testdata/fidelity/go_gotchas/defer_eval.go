package main

import (
	"errors"
	"fmt"
)

type Tracer struct{ name string }

func (t Tracer) Done()      { fmt.Println("done (value recv):", t.name) }
func (t *Tracer) DonePtr()  { fmt.Println("done (ptr recv):", t.name) }
func trace(s string) string { fmt.Println("enter", s); return s }
func un(s string)           { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	fmt.Println("x now", x)
}

func deferLoop() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("c", i, " ") }()
	}
}

func receivers() {
	t := Tracer{"first"}
	defer t.Done()
	defer t.DonePtr()
	t.name = "second"
}

func namedResult() (n int, err error) {
	defer func() {
		n *= 2
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	n = 21
	return n, errors.New("boom")
}

func returnsBeforeDefer() (s string) {
	s = "original"
	defer func() { s += "+deferred" }()
	return "returned"
}

func deferNilFunc() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	var f func()
	defer f()
	return "unreachable?"
}

func main() {
	a()
	deferArgs()
	deferLoop()
	fmt.Println()
	receivers()
	n, err := namedResult()
	fmt.Println(n, err, errors.Unwrap(err))
	fmt.Println(returnsBeforeDefer())
	fmt.Println(deferNilFunc())
	func() {
		for i := range 3 {
			defer func(n int) { fmt.Printf("arg %d cap %d\n", n, i) }(i * 10)
		}
	}()
}
