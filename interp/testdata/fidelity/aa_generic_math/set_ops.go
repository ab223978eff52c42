package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func SetOf[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Sorted() []T {
	out := make([]T, 0, len(s))
	for x := range s {
		out = append(out, x)
	}
	slices.Sort(out)
	return out
}

func (s Set[T]) String() string {
	parts := []string{}
	for _, x := range s.Sorted() {
		parts = append(parts, fmt.Sprint(x))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func Union[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for x := range a {
		out.Add(x)
	}
	for x := range b {
		out.Add(x)
	}
	return out
}

func Intersect[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for x := range a {
		if b.Has(x) {
			out.Add(x)
		}
	}
	return out
}

func Diff[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for x := range a {
		if !b.Has(x) {
			out.Add(x)
		}
	}
	return out
}

func Map[T, U cmp.Ordered](s Set[T], f func(T) U) Set[U] {
	out := Set[U]{}
	for x := range s {
		out.Add(f(x))
	}
	return out
}

type Skill string

func main() {
	alice := SetOf[Skill]("go", "sql", "docker", "k8s")
	bob := SetOf[Skill]("python", "sql", "k8s", "terraform")
	fmt.Println("both:  ", Intersect(alice, bob))
	fmt.Println("either:", Union(alice, bob))
	fmt.Println("alice only:", Diff(alice, bob), "bob only:", Diff(bob, alice))
	lens := Map(Union(alice, bob), func(s Skill) int { return len(s) })
	fmt.Println("lengths:", lens, len(lens))
	primes := SetOf(2, 3, 5, 7, 11, 13)
	odds := SetOf(1, 3, 5, 7, 9, 11, 13, 15)
	fmt.Println(Intersect(primes, odds), Diff(primes, odds).Has(2), primes.Has(4))
	fmt.Printf("%v %d %T\n", SetOf(3.5, 1.25), len(SetOf("a", "a", "b")), SetOf[Skill]())
	words := strings.Fields("the cat and the hat and the bat")
	fmt.Println(SetOf(words...).Sorted())
}
