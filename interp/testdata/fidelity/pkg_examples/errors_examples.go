package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// MyError is an error implementation that includes a time and message.
type MyError struct {
	When time.Time
	What string
}

func (e MyError) Error() string {
	return fmt.Sprintf("%v: %v", e.When.Format("2006-01-02"), e.What)
}

func oops() error {
	return MyError{
		time.Date(1989, 3, 15, 22, 30, 0, 0, time.UTC),
		"the file system has gone away",
	}
}

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrNotFound = errors.New("not found")

type TimeoutErr struct{ Op string }

func (t TimeoutErr) Error() string   { return t.Op + " timed out" }
func (t TimeoutErr) Timeout() bool   { return true }
func (t TimeoutErr) Is(e error) bool { return e == os.ErrDeadlineExceeded }

func find(q string) error {
	if q == "" {
		return &QueryError{Query: "<empty>", Err: ErrNotFound}
	}
	return nil
}

func main() {
	if err := oops(); err != nil {
		fmt.Println(err)
	}
	err := errors.New("emit macho dwarf: elf header corrupted")
	if err != nil {
		fmt.Print(err, "\n")
	}
	const name, id = "bimmler", 17
	err = fmt.Errorf("user %q (id %d) not found", name, id)
	fmt.Println(err.Error())

	if _, err := os.Open("non-existing"); err != nil {
		var pathError *fs.PathError
		if errors.As(err, &pathError) {
			fmt.Println("Failed at path:", pathError.Path, "op:", pathError.Op)
		} else {
			fmt.Println(err)
		}
		fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	}

	e1 := errors.New("err1")
	e2 := errors.New("err2")
	joined := errors.Join(e1, e2)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, e1), errors.Is(joined, e2))
	fmt.Println(errors.Join(nil, nil) == nil)

	wrapped := fmt.Errorf("lookup: %w", find(""))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Unwrap(wrapped) == error(qe), errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(errors.Unwrap(e1) == nil)

	multi := fmt.Errorf("both: %w and %w", e1, TimeoutErr{"dial"})
	fmt.Println(multi, errors.Is(multi, e1), errors.Is(multi, os.ErrDeadlineExceeded))
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(multi, &te), te != nil && te.Timeout())
	var me MyError
	fmt.Println(errors.As(fmt.Errorf("ctx: %w", oops()), &me), me.What)

	if v, ok := errors.AsType[*QueryError](wrapped); ok {
		fmt.Println("AsType:", v.Err)
	}
	fmt.Printf("%v | %s | %q | %T\n", wrapped, wrapped, e1, wrapped)
}
