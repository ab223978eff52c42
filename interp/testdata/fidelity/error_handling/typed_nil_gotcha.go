package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func mayFail(fail bool) *MyErr {
	if fail {
		return &MyErr{"it failed"}
	}
	return nil
}

func buggy(fail bool) error {
	return mayFail(fail) // typed nil leaks into the interface
}

func fixed(fail bool) error {
	if e := mayFail(fail); e != nil {
		return e
	}
	return nil
}

type step func() error

func runSteps(steps []step) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("runSteps: %w", err)
		}
	}()
	for i, s := range steps {
		if e := s(); e != nil {
			return fmt.Errorf("step %d: %w", i, e)
		}
	}
	return nil
}

func closeAll(names []string) (err error) {
	for _, n := range names {
		defer func() {
			if n == "b" {
				err = errors.Join(err, fmt.Errorf("close %s failed", n))
			}
			fmt.Println("closed", n)
		}()
	}
	return nil
}

func main() {
	e1 := buggy(false)
	fmt.Println("buggy(false) == nil:", e1 == nil)
	fmt.Printf("  %%v=%v %%T=%T\n", e1, e1)
	e2 := fixed(false)
	fmt.Println("fixed(false) == nil:", e2 == nil)
	fmt.Println("buggy(true):", buggy(true))

	var me *MyErr
	fmt.Println("errors.As on typed nil:", errors.As(e1, &me), me == nil)

	err := runSteps([]step{
		func() error { return nil },
		func() error { return &MyErr{"disk"} },
		func() error { panic("never reached") },
	})
	fmt.Println(err)
	fmt.Println(runSteps(nil))

	fmt.Println("closeAll:", closeAll([]string{"a", "b", "c"}))

	var target *MyErr
	if errors.As(err, &target) {
		fmt.Println("target msg:", target.msg)
	}

	errs := []error{nil, (*MyErr)(nil), &MyErr{"x"}, errors.New("y")}
	for i, e := range errs {
		fmt.Printf("%d: nil=%v ", i, e == nil)
		if e != nil {
			fmt.Print(e.Error())
		}
		fmt.Println()
	}
}
