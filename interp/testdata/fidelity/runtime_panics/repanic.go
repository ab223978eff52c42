package main

import (
	"errors"
	"fmt"
	"strings"
)

var trace []string

func logf(format string, args ...any) {
	trace = append(trace, fmt.Sprintf(format, args...))
}

func inner(n int) {
	defer logf("inner defer %d", n)
	if n == 0 {
		var m map[int]int
		m[1] = 1
	}
	inner(n - 1)
}

func middle() {
	defer func() {
		if r := recover(); r != nil {
			logf("middle caught: %v", r)
			panic(fmt.Sprintf("middle re-panic: %v", r))
		}
	}()
	inner(2)
}

func outer() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("outer: %v", r)
		}
	}()
	middle()
	return nil
}

func deferPanic() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("final: ", r)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func cleanupOrder() {
	defer func() {
		logf("recovered %v", recover())
	}()
	for i := 0; i < 3; i++ {
		defer logf("loop defer %d", i)
	}
	var arr []int
	_ = arr[len(trace)]
}

type closer struct {
	name string
	fail bool
}

var ErrClose = errors.New("close failed")

func (c *closer) Close() error {
	logf("closing %s", c.name)
	if c.fail {
		return fmt.Errorf("%s: %w", c.name, ErrClose)
	}
	return nil
}

func useResources() (err error) {
	a := &closer{"a", false}
	b := &closer{"b", true}
	defer func() { err = errors.Join(err, a.Close()) }()
	defer func() { err = errors.Join(err, b.Close()) }()
	return errors.New("work failed")
}

func main() {
	err := outer()
	fmt.Println(err)
	fmt.Println(strings.Join(trace, "\n"))
	trace = nil

	fmt.Println(deferPanic())

	cleanupOrder()
	fmt.Println(strings.Join(trace, "\n"))
	trace = nil

	err = useResources()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrClose), trace)

	func() {
		defer func() {
			fmt.Println("recover again:", recover())
		}()
		defer func() {
			fmt.Println("first recover:", recover())
		}()
		panic(errors.New("once"))
	}()
	fmt.Println("recover outside panic:", recover())
}
