package interp

import (
	"testing"
)

// Classes found by running programs written outside the project (training
// repositories, book examples) through gopad. Each program here is written
// for the test; it runs whole and split into notebook cells, and want is
// what go run printed.

var outsidePrograms = []fidProgram{
	{name: "type switch over an error: interface cases and the cells' types inside it", src: `package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type ptrErr struct{ code int }

func (a *ptrErr) Error() string   { return "ptr" }
func (a *ptrErr) Temporary() bool { return a.code != 9 }

type valErr struct{ code int }

func (a valErr) Error() string   { return "val" }
func (a valErr) Temporary() bool { return a.code == 1 }

type codeErr int

func (c codeErr) Error() string   { return "code" }
func (c codeErr) Temporary() bool { return c > 3 }
func (c codeErr) Code() int       { return int(c) }

type plainErr struct{ n int }

func (p plainErr) Error() string { return fmt.Sprint("plain ", p.n) }

type temporary interface{ Temporary() bool }
type coder interface{ Code() int }

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case coder:
		return fmt.Sprintf("coder(%d)", e.Code())
	case temporary:
		return fmt.Sprintf("temporary(%v) %v", e.Temporary(), err)
	case interface{ Timeout() bool }:
		return fmt.Sprintf("timeout(%v)", e.Timeout())
	default:
		return "other " + err.Error()
	}
}

func main() {
	errs := []error{nil, &ptrErr{9}, &ptrErr{1}, valErr{1}, valErr{2}, codeErr(5), codeErr(1),
		plainErr{7}, plainErr{1}, errors.New("plain"), &fs.PathError{Op: "open", Path: "x", Err: errors.New("e")}}
	for _, err := range errs {
		fmt.Println(classify(err))
	}
	for _, err := range errs {
		switch err.(type) {
		case interface{ Temporary() bool }:
			fmt.Print("T ")
		default:
			fmt.Print("- ")
		}
	}
	fmt.Println()
}
`,
		want: `nil
temporary(false) ptr
temporary(true) ptr
temporary(true) val
temporary(false) val
coder(5)
coder(1)
other plain 7
other plain 1
other plain
timeout(false)
- T T T T T T - - - - 
`},
}

func TestFidOutside(t *testing.T) {
	runFidPrograms(t, outsidePrograms)
}
