package main

import (
	"cmp"
	"fmt"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

type MyInt int

func MinOf[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func TotalLen[T Stringish](xs []T) int {
	t := 0
	for _, x := range xs {
		t += x.Len()
	}
	return t
}

func Largest[T cmp.Ordered](a, b T) T {
	if cmp.Compare(a, b) >= 0 {
		return a
	}
	return b
}

type Numeric interface{ int | float64 }

func Average[T Numeric](xs []T) float64 {
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func main() {
	fmt.Println(MinOf(5, 2, 8))
	fmt.Println(MinOf(MyInt(9), MyInt(4)))
	fmt.Println(MinOf("pear", "apple", "fig"))
	fmt.Println(TotalLen([]Name{"ab", "cde"}))
	fmt.Println(Largest(3.5, 2.0), Largest("a", "b"))
	fmt.Println(Average([]int{1, 2, 4}))
	fmt.Printf("%T\n", MinOf(MyInt(1), MyInt(2)))
}
