package main

import (
	"errors"
	"fmt"
)

var trace []string

func step(name string) { trace = append(trace, name) }

func inner() {
	defer step("inner defer 1")
	defer func() {
		if r := recover(); r != nil {
			step(fmt.Sprintf("inner recovered %v, re-panicking", r))
			panic(fmt.Sprintf("re: %v", r))
		}
	}()
	defer step("inner defer 3")
	panic("boom")
}

func middle() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprintf("middle caught %q", r)
		}
	}()
	inner()
	return "not reached"
}

func deferredPanics() (err error) {
	defer func() {
		r := recover()
		err = fmt.Errorf("final: %v", r)
	}()
	defer func() {
		panic("second panic in defer")
	}()
	panic("first panic")
}

func loopDefers() {
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

type cleanup struct{ name string }

func (c *cleanup) Close() error {
	fmt.Println("closing", c.name)
	if c.name == "bad" {
		return errors.New("close failed: " + c.name)
	}
	return nil
}

func useResources(names ...string) (err error) {
	for _, n := range names {
		c := &cleanup{n}
		defer func() {
			if cerr := c.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	fmt.Println("using", len(names), "resources")
	return nil
}

func argsEvaluated() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func recoverReturnsNil() {
	defer func() {
		fmt.Println("recover with no panic:", recover())
	}()
}

func main() {
	fmt.Println(middle())
	for _, t := range trace {
		fmt.Println(" ", t)
	}
	fmt.Println(deferredPanics())
	loopDefers()
	fmt.Println("err:", useResources("a", "bad", "c"))
	argsEvaluated()
	recoverReturnsNil()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("panic(err):", ok, err)
		}()
		panic(errors.New("as error"))
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var p *cleanup
		p.Close()
	}()
}
