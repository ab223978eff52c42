package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func bad(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{500}
	}
	return p // a typed nil when !fail
}

func good(fail bool) error {
	if fail {
		return &MyErr{500}
	}
	return nil
}

func main() {
	e1 := bad(false)
	e2 := good(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Printf("%T %v\n", e1, e2)

	var me *MyErr
	fmt.Println(errors.As(bad(true), &me), me.Code)
	fmt.Println(errors.As(good(true), &me), me)

	if e, ok := e1.(*MyErr); ok {
		fmt.Println("typed nil inside:", e == nil)
	}

	var ptrs []error
	for _, f := range []bool{true, false} {
		ptrs = append(ptrs, good(f))
	}
	fmt.Println(ptrs)
}
