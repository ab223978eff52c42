package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Option[T any] struct {
	v     T
	valid bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.v, o.valid }
func (o Option[T]) OrElse(d T) T {
	if o.valid {
		return o.v
	}
	return d
}
func (o Option[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func Find[T any](xs []T, pred func(T) bool) Option[T] {
	for _, x := range xs {
		if pred(x) {
			return Some(x)
		}
	}
	return None[T]()
}

func MaxOf[T cmp.Ordered](xs []T) Option[T] {
	if len(xs) == 0 {
		return None[T]()
	}
	return Some(slices.Max(xs))
}

type User struct {
	Name  string
	Email Option[string]
	Age   Option[int]
}

func lookup(users map[string]User, name string) Option[User] {
	if u, ok := users[name]; ok {
		return Some(u)
	}
	return None[User]()
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	nums := []int{3, 8, 1, 9, 4}
	fmt.Println(Find(nums, func(n int) bool { return n > 5 }))
	fmt.Println(Find(nums, func(n int) bool { return n > 50 }))
	fmt.Println(MaxOf(nums), MaxOf([]string{}), MaxOf([]string{"b", "a"}))
	v, ok := MaxOf([]float64{1.5, -2}).Get()
	fmt.Println(v, ok)

	users := map[string]User{
		"ann": {"ann", Some("ann@example.com"), Some(31)},
		"bob": {"bob", None[string](), None[int]()},
	}
	for _, n := range []string{"ann", "bob", "cy"} {
		u := lookup(users, n)
		if usr, ok := u.Get(); ok {
			fmt.Printf("%s: email=%v age=%v (or %d)\n", usr.Name, usr.Email, usr.Age, usr.Age.OrElse(-1))
		} else {
			fmt.Println(n, "not found:", u)
		}
	}
	opts := []Option[string]{Some("x"), None[string](), Some("")}
	fmt.Println(opts)
	var parts []string
	for _, o := range opts {
		parts = append(parts, o.OrElse("?"))
	}
	fmt.Println(strings.Join(parts, "|"))

	pairs := []Pair[string, Option[int]]{{"a", Some(1)}, {"b", None[int]()}}
	fmt.Println(pairs)
	fmt.Printf("%v %s\n", pairs[0], pairs[1])
	fmt.Printf("%T\n", pairs[0])
	fmt.Printf("%+v\n", users["bob"])
}
