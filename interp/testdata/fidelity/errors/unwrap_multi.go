package main

import (
	"errors"
	"fmt"
)

var ErrDisk = errors.New("disk full")
var ErrNet = errors.New("network down")

// MultiError collects the failures of several steps.
type MultiError struct {
	errs []error
}

func (m *MultiError) Error() string {
	return fmt.Sprintf("%d errors occurred", len(m.errs))
}

func (m *MultiError) Unwrap() []error { return m.errs }

func main() {
	m := &MultiError{}
	m.errs = append(m.errs, fmt.Errorf("save: %w", ErrDisk))
	m.errs = append(m.errs, fmt.Errorf("sync: %w", ErrNet))
	var err error = m
	fmt.Println(err)
	fmt.Println("disk:", errors.Is(err, ErrDisk))
	fmt.Println("net:", errors.Is(err, ErrNet))
	fmt.Println("other:", errors.Is(err, errors.New("disk full")))

	wrapped := fmt.Errorf("backup: %w", err)
	var me *MultiError
	fmt.Println(errors.As(wrapped, &me), len(me.errs))
}
