package main

import (
	"errors"
	"fmt"
	"runtime"
)

func helperRecover() interface{} {
	return recover() // not called directly by a deferred function: returns nil
}

func direct() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("direct recovered: ", r)
		}
	}()
	panic("one")
}

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res += fmt.Sprint("; outer recovered: ", r)
		}
	}()
	defer func() {
		r := helperRecover()
		res = fmt.Sprint("helper got: ", r)
	}()
	panic("two")
}

func deferredRecover() (res string) {
	defer func() {
		res = fmt.Sprint("after direct defer recover: ", recover() != nil)
	}()
	panic("three")
}

func repanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("final: %v", r)
		}
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprintf("re-panic of %v", r))
	}()
	panic("four")
}

func runtimeErr() (err error) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			err = re
		}
	}()
	var s []int
	_ = s[5]
	return nil
}

type custom struct{ msg string }

func panicValue(v interface{}) (got interface{}) {
	defer func() { got = recover() }()
	panic(v)
}

func goexitLike() (out []string) {
	defer func() { out = append(out, "outer defer") }()
	func() {
		defer func() { out = append(out, "inner defer, recovered="+fmt.Sprint(recover())) }()
		out = append(out, "body")
		panic("inner")
	}()
	out = append(out, "after inner")
	return
}

func main() {
	fmt.Println(direct())
	fmt.Println(indirect())
	fmt.Println(deferredRecover())
	fmt.Println(repanic())
	err := runtimeErr()
	fmt.Println(err)
	var re runtime.Error
	fmt.Println(errors.As(err, &re))

	fmt.Printf("%v\n", panicValue(custom{"c"}))
	fmt.Printf("%#v\n", panicValue(42))
	e := panicValue(errors.New("as error"))
	if asErr, ok := e.(error); ok {
		fmt.Println("is error:", asErr)
	}
	fmt.Println(recover())
	fmt.Println(goexitLike())

	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var m map[string]*custom
		fmt.Println(m["x"].msg)
	}()
	func() {
		defer func() { fmt.Println("conv:", recover()) }()
		var i interface{} = "str"
		n := i.(int)
		fmt.Println(n)
	}()
}
