package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Labeled wraps any value with a label and implements fmt.Stringer.
type Labeled[T any] struct {
	Label string
	Value T
}

func (l Labeled[T]) String() string { return fmt.Sprintf("%s=%v", l.Label, l.Value) }

type Hex uint32

func (h Hex) String() string { return "0x" + strconv.FormatUint(uint64(h), 16) }

// Optional is a generic maybe type.
type Optional[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.v, o.ok }
func (o Optional[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}
func (o Optional[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func JoinStringers[S fmt.Stringer](xs []S, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v: %v)", p.Key, p.Val) }

func main() {
	items := []Labeled[int]{{"a", 1}, {"b", 22}, {"c", 333}}
	fmt.Println(items)
	fmt.Println(JoinStringers(items, "; "))
	hx := []Labeled[Hex]{{"mask", 255}, {"flag", 0x1000}}
	fmt.Println(hx, hx[0].Value)
	fmt.Printf("%v | %s | %+v\n", hx[1], hx[1], hx[1].Value)

	opts := []Optional[string]{Some("x"), None[string](), Some("")}
	for _, o := range opts {
		v, ok := o.Get()
		fmt.Printf("%v %q %t %q\n", o, v, ok, o.OrElse("default"))
	}
	fmt.Println(JoinStringers(opts, ","))
	n := Some(Labeled[float64]{"pi", 3.14159})
	fmt.Println(n)
	pairs := []Pair[string, Optional[int]]{{"one", Some(1)}, {"none", None[int]()}}
	fmt.Println(pairs)
	fmt.Printf("%v\n", Pair[Hex, []Hex]{10, []Hex{1, 2}})
	var s fmt.Stringer = Some(Hex(48879))
	fmt.Println(s.String())
}
