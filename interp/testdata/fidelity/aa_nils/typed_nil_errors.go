package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type ErrList []error

func (e ErrList) Error() string {
	if len(e) == 0 {
		return "no errors"
	}
	return fmt.Sprintf("%d errors, first: %v", len(e), e[0])
}

func (e ErrList) Unwrap() []error { return e }

type Codes map[string]int

func (c Codes) Error() string { return fmt.Sprintf("codes(%d)", len(c)) }

type Handler func() error

func (h Handler) Error() string { return "handler error" }

func collect(fail bool) error {
	var errs ErrList
	if fail {
		errs = append(errs, io.EOF, os.ErrNotExist)
	}
	return errs
}

func collectFixed(fail bool) error {
	var errs ErrList
	if fail {
		errs = append(errs, io.EOF)
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func lookup() (Codes, error) {
	var c Codes
	return c, c
}

func main() {
	for _, fail := range []bool{false, true} {
		err := collect(fail)
		fmt.Printf("collect(%t): nil=%t %v eof=%t\n", fail, err == nil, err, errors.Is(err, io.EOF))
		err = collectFixed(fail)
		fmt.Printf("fixed(%t):   nil=%t %v\n", fail, err == nil, err)
	}
	c, err := lookup()
	fmt.Println(c == nil, err == nil, err)
	var el ErrList
	fmt.Println(errors.As(collect(false), &el), el == nil, len(el))
	var h Handler
	var e error = h
	fmt.Println(e == nil, e.Error())
	errs := []error{ErrList(nil), Codes(nil), Handler(nil)}
	for _, e := range errs {
		fmt.Printf("%T nil=%t %q\n", e, e == nil, e.Error())
	}
	joined := errors.Join(ErrList(nil), nil)
	fmt.Println(joined == nil, joined)
}
