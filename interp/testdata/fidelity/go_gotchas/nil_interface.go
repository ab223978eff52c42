package main

import (
	"errors"
	"fmt"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return fmt.Sprintf("code %d", e.Code)
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{42}
	}
	return p // typed nil when !fail
}

func mayFailRight(fail bool) error {
	if fail {
		return &MyErr{42}
	}
	return nil
}

type Animal interface{ Sound() string }
type Dog struct{}

func (d *Dog) Sound() string {
	if d == nil {
		return "silent nil dog"
	}
	return "woof"
}

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "untyped nil"
	case *Dog:
		return fmt.Sprintf("*Dog (nil=%v)", v == nil)
	case error:
		return "error: " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = mayFailRight(false)
	fmt.Println(err == nil, err)

	var d *Dog
	var a Animal = d
	fmt.Println(d == nil, a == nil, a.Sound())
	fmt.Println(describe(nil), "|", describe(d), "|", describe(a), "|", describe(mayFail(false)))

	var e1 error = (*MyErr)(nil)
	var e2 error = (*MyErr)(nil)
	fmt.Println(e1 == e2, e1 != nil)

	var target *MyErr
	wrapped := fmt.Errorf("ctx: %w", mayFail(true))
	fmt.Println(errors.As(wrapped, &target), target.Code)

	var pe *os.PathError
	_, ferr := os.Open("/definitely/not/here.txt")
	if errors.As(ferr, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, errors.Is(ferr, os.ErrNotExist))
	}

	var i1 interface{} = 3
	var i2 interface{} = 3
	var i3 interface{} = int64(3)
	fmt.Println(i1 == i2, i1 == i3)

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if re, ok := r.(error); ok {
			fmt.Println("runtime error:", re.Error())
		}
	}()
	var ifc interface{} = []int{1}
	var other interface{} = []int{1}
	fmt.Println(ifc == other)
}
