package main

import (
	"context"
	"errors"
	"fmt"
)

var ErrShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(ErrShutdown)
	<-ctx.Done()
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))
	fmt.Println(errors.Is(context.Cause(ctx), ErrShutdown))

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	fmt.Println(context.Cause(ctx2) == context.Canceled)

	child, stop := context.WithCancel(ctx)
	defer stop()
	fmt.Println(child.Err(), context.Cause(child))
}
