package main

import (
	"fmt"
	"iter"
	"strings"
)

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i+1, x) {
				return
			}
		}
	}
}

func Words(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range strings.Fields(s) {
			if !yield(i, w) {
				return
			}
		}
	}
}

func main() {
	for n, fruit := range Enumerate([]string{"apple", "banana", "cherry"}) {
		fmt.Printf("%d. %s\n", n, fruit)
	}
	for i, w := range Words("range over func is here") {
		if w == "is" {
			continue
		}
		if i > 4 {
			break
		}
		fmt.Println(i, w)
	}
}
