package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Ordered interface {
	Integer | Unsigned | Float | ~string
}

func Max[T Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func Clamp[T Ordered](v, lo, hi T) T {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func Abs[T Integer | Float](v T) T {
	if v < 0 {
		return -v
	}
	return v
}

func GCD[T Integer | Unsigned](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

type Score int
type Name string

func main() {
	fmt.Println(Max(3, 9, 2), Max(2.5, -1.0), Max("pear", "apple", "zebra"))
	fmt.Println(Max[Score](10, 42, 7))
	fmt.Println(Clamp(15, 0, 10), Clamp(-3.5, -1, 1), Clamp("m", "a", "k"))
	fmt.Println(Abs(-7), Abs(int8(-8)), Abs(-2.25))
	fmt.Println(GCD(48, 18), GCD(uint16(81), 27))

	names := []Name{"mallory", "alice", "bob", "Carol"}
	slices.Sort(names)
	fmt.Println(names)
	slices.SortFunc(names, func(a, b Name) int {
		return cmp.Compare(strings.ToLower(string(a)), strings.ToLower(string(b)))
	})
	fmt.Println(names)
	fmt.Println(slices.Max([]Score{3, 8, 1}), slices.Min([]float64{2.5, -1, 9}))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.0, 1.0))
	i, found := slices.BinarySearch([]int{1, 3, 5, 7, 9}, 7)
	fmt.Println(i, found)
	fmt.Println(min(3, 1, 2), max("a", "b"))
}
