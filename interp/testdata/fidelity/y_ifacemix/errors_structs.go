package main

import (
	"errors"
	"fmt"
	"sort"
)

type Op string

type OpError struct {
	Op   Op
	Path string
	Err  error
}

func (e OpError) Error() string { return string(e.Op) + " " + e.Path + ": " + e.Err.Error() }
func (e OpError) Unwrap() error { return e.Err }

type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprintf("code %d", c.N) }

var (
	ErrGone = Code{410}
	ErrBusy = Code{503}
)

type Retry struct {
	error
	After int
}

func classify(err error) string {
	var oe OpError
	var c Code
	var r Retry
	switch {
	case errors.As(err, &r):
		return fmt.Sprintf("retry after %d (%v)", r.After, r.error)
	case errors.As(err, &oe) && errors.As(err, &c):
		return fmt.Sprintf("op %s on %s failed with %d", oe.Op, oe.Path, c.N)
	case errors.Is(err, ErrGone):
		return "gone"
	}
	return "other: " + err.Error()
}

func main() {
	errs := []error{
		OpError{"read", "/a", ErrGone},
		fmt.Errorf("wrapped: %w", OpError{"write", "/b", ErrBusy}),
		Retry{ErrBusy, 5},
		ErrGone,
		fmt.Errorf("joined: %w", errors.Join(errors.New("x"), ErrGone)),
		errors.New("plain"),
	}
	for _, e := range errs {
		fmt.Println(classify(e), "|", errors.Is(e, ErrBusy), errors.Is(e, Code{410}))
	}
	counts := map[error]int{}
	for _, e := range errs {
		var c Code
		if errors.As(e, &c) {
			counts[c]++
		}
	}
	keys := make([]string, 0)
	for k, v := range counts {
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	sort.Strings(keys)
	fmt.Println(keys, counts[ErrGone], counts[Code{503}])
	fmt.Println(ErrGone == Code{410}, error(ErrGone) == error(Code{410}), errs[3] == ErrGone)
	var target OpError
	fmt.Println(errors.As(errs[1], &target), target.Path, target)
	fmt.Printf("%v|%+v|%T\n", errs[2], errs[0], errs[2])
}
