package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) IsSome() bool { return o.ok }
func (o Option[T]) UnwrapOr(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]             { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T]     { return Result[T]{Err: err} }
func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic("unwrap on error: " + r.Err.Error())
	}
	return r.Val
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Try(f(r.Val))
}

func find(users map[int]string, id int) Option[string] {
	if n, ok := users[id]; ok {
		return Some(n)
	}
	return None[string]()
}

func half(n int) (int, error) {
	if n%2 != 0 {
		return 0, errors.New(strconv.Itoa(n) + " is odd")
	}
	return n / 2, nil
}

func main() {
	users := map[int]string{1: "ann", 2: "ben"}
	for _, id := range []int{1, 3, 2} {
		o := find(users, id)
		fmt.Println(id, o, o.IsSome(), o.UnwrapOr("anonymous"))
	}

	inputs := []string{"40", "12", "7", "x1"}
	for _, in := range inputs {
		r := Then(Then(Try(strconv.Atoi(in)), half), half)
		fmt.Printf("%-3s => %v\n", in, r)
	}

	rs := []Result[int]{Ok(1), Fail[int](errors.New("nope")), Ok(3)}
	total := 0
	for _, r := range rs {
		func() {
			defer func() {
				if p := recover(); p != nil {
					fmt.Println("recovered:", p)
				}
			}()
			total += r.Unwrap()
		}()
	}
	fmt.Println("total:", total)

	opts := []Option[float64]{Some(1.5), None[float64](), Some(2.0)}
	fmt.Println(opts)
	fmt.Printf("%v | %s | %+v\n", opts[0], opts[1], Ok("done"))
	sr := Then(Ok(5), func(n int) (string, error) { return strconv.Itoa(n * 10), nil })
	fmt.Println(sr, sr.Val+"!")
}
