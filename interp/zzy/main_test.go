package interp_test

import (
	"fmt"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

func try(src string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("PANIC %v", r)
		}
	}()
	i := interp.New(interp.Options{})
	i.Use(stdlib.Symbols)
	_, err = i.Eval(src)
	return err
}

func TestY(t *testing.T) {
	base := "package main\ntype Pair[A, B any] struct{ a A; b B }\ntype Result[T any] struct {\n\tval T\n}\nfunc (r Result[T]) Get() T { return r.val }\n"
	for _, f := range []string{
		"func F[T any, S ~[]T](rs []T) Result[S] { return Result[[]T]{val: rs} }\nfunc main() { println(len(F[int, []int]([]int{1,2}).Get())) }",
		"func F[T any, P ~*T](x T) Result[P] { return Result[*T]{val: &x} }\nfunc main() { println(*F[int, *int](3).Get()) }",
		"func F[T any, M ~map[string]T](x T) Result[M] { return Result[map[string]T]{val: map[string]T{\"a\": x}} }\nfunc main() { println(F[int, map[string]int](3).Get()[\"a\"]) }",
	} {
		t.Logf("%-75s %v", f, try(base+f))
	}
}
