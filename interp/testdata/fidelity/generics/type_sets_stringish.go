package main

import (
	"fmt"
	"strings"
)

type Stringish interface {
	~string | ~[]byte
}

func CountVowels[S Stringish](s S) int {
	n := 0
	for _, c := range string(s) {
		if strings.ContainsRune("aeiou", c) {
			n++
		}
	}
	return n
}

type Name string

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	return len(m)
}

type Inventory map[string]int

func main() {
	fmt.Println(CountVowels("generics are neat"))
	fmt.Println(CountVowels([]byte("bytes too")))
	fmt.Println(CountVowels(Name("Eleanor")))

	inv := Inventory{"apple": 3, "kiwi": 1}
	fmt.Println(Keys(inv))
}
