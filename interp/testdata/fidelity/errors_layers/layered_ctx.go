package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

type Op string

type LayerError struct {
	Layer string
	Op    Op
	Err   error
}

func (e *LayerError) Error() string {
	var b strings.Builder
	b.WriteString(e.Layer)
	b.WriteString(".")
	b.WriteString(string(e.Op))
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *LayerError) Unwrap() error { return e.Err }

func E(layer string, op Op, err error) error {
	if err == nil {
		return nil
	}
	return &LayerError{layer, op, err}
}

// Trace lists the layers an error passed through, outermost first.
func Trace(err error) []string {
	var out []string
	for err != nil {
		var le *LayerError
		if !errors.As(err, &le) {
			break
		}
		out = append(out, le.Layer+"."+string(le.Op))
		err = le.Err
	}
	return out
}

var ErrDiskFull = errors.New("disk full")

func storage(ctx context.Context, n int) error {
	if err := ctx.Err(); err != nil {
		return E("storage", "write", err)
	}
	if n > 3 {
		return E("storage", "write", ErrDiskFull)
	}
	return nil
}

func service(ctx context.Context, n int) error {
	return E("service", "save", storage(ctx, n))
}

func handler(ctx context.Context, n int) error {
	if err := service(ctx, n); err != nil {
		return E("http", "POST /items", err)
	}
	return nil
}

func main() {
	ctx := context.Background()
	for _, n := range []int{1, 5} {
		err := handler(ctx, n)
		fmt.Printf("n=%d err=%v\n", n, err)
		fmt.Println("  trace:", Trace(err))
		fmt.Println("  disk full:", errors.Is(err, ErrDiskFull))
	}

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	err := handler(cctx, 1)
	fmt.Println(err)
	fmt.Println("canceled:", errors.Is(err, context.Canceled), "deadline:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println(strings.Join(Trace(err), " > "))

	cause := errors.New("quota")
	c2, cancel2 := context.WithCancelCause(ctx)
	cancel2(cause)
	err = handler(c2, 1)
	fmt.Println(err, context.Cause(c2) == cause)
	fmt.Println(E("x", "y", nil) == nil)
}
