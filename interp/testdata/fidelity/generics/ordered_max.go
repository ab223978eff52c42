package main

import (
	"cmp"
	"fmt"
)

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best
}

func main() {
	fmt.Println(MaxOf(3, 9, 2))
	fmt.Println(MaxOf("pear", "apple", "zucchini"))
	fmt.Println(MaxOf(2.5))

	scores := []Pair[string, int]{{"ann", 7}, {"bob", 12}, {"cid", 9}}
	fmt.Println(MaxBy(scores, func(p Pair[string, int]) int { return p.Val }))
	fmt.Println(scores)
}
