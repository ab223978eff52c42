package main

import (
	"fmt"
	"sort"
	"strings"
)

// From "An Introduction To Generics" and "When To Use Generics".

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

func SumIntsOrFloats[K comparable, V int64 | float64](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func SumNumbers[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Tree[T interface{ Less(T) bool }] struct {
	root *node[T]
	size int
}

type node[T interface{ Less(T) bool }] struct {
	left, right *node[T]
	val         T
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch {
		case v.Less((*p).val):
			p = &(*p).left
		case (*p).val.Less(v):
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node[T]{val: v}
	t.size++
	return true
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T interface{ Less(T) bool }](n *node[T], f func(T)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.val)
	walk(n.right, f)
}

type Word string

func (w Word) Less(o Word) bool { return strings.ToLower(string(w)) < strings.ToLower(string(o)) }

type Celsius float64

func Scale[S ~[]E, E Number](s S, c E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

type Point []int32

func (p Point) String() string { return fmt.Sprintf("Point%v", []int32(p)) }

func SortedKeys[K interface{ ~string | ~int }, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func main() {
	ints := map[string]int64{"first": 34, "second": 12}
	floats := map[string]float64{"first": 35.98, "second": 26.99}
	fmt.Printf("Generic Sums: %v and %v\n", SumIntsOrFloats[string, int64](ints), SumIntsOrFloats[string, float64](floats))
	fmt.Printf("Generic Sums, type parameters inferred: %v and %v\n", SumIntsOrFloats(ints), SumIntsOrFloats(floats))
	temps := map[int]Celsius{1: 20.5, 2: 22}
	fmt.Printf("Generic Sums with Constraint: %v and %v (%T)\n", SumNumbers(ints), SumNumbers(temps), SumNumbers(temps))

	var t Tree[Word]
	for _, w := range strings.Fields("the Quick brown fox jumps over The lazy dog") {
		if !t.Insert(Word(w)) {
			fmt.Println("duplicate:", w)
		}
	}
	var words []string
	t.Walk(func(w Word) { words = append(words, string(w)) })
	fmt.Println(t.size, words)

	p := Point{1, 2, 3}
	sp := Scale(p, 2)
	fmt.Println(sp, sp.String())
	fmt.Printf("%T %v\n", Scale([]float64{1.5, 2}, 3), Scale([]float64{1.5, 2}, 3))
	fmt.Println(SortedKeys(map[string]bool{"z": true, "a": false, "m": true}))
	fmt.Println(SortedKeys(map[int]string{3: "c", 1: "a", 2: "b"}))
}
