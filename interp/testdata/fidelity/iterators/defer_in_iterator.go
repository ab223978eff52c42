package main

import (
	"fmt"
	"iter"
)

type Resource struct{ name string }

func (r *Resource) Close() { fmt.Println("closing", r.name) }

func Rows(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		r := &Resource{name}
		defer r.Close()
		for i := 1; i <= n; i++ {
			if !yield(i) {
				fmt.Println("consumer stopped early")
				return
			}
		}
	}
}

func firstEven(seq iter.Seq[int]) int {
	for v := range seq {
		if v%2 == 0 {
			return v
		}
	}
	return -1
}

func main() {
	for v := range Rows("db1", 2) {
		fmt.Println("row", v)
	}
	fmt.Println("first even:", firstEven(Rows("db2", 5)))
}
