package main

import "fmt"

type T struct{ n int }

func find(m map[string]*T, k string) *T { return m[k] }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func main() {
	m := map[string]*T{"a": {1}}
	try(func() { _ = *find(m, "a"); fmt.Println("a ok") })
	try(func() { _ = *find(m, "b"); fmt.Println("b ok") })
	var get = func() *int { return nil }
	try(func() { _ = *get(); fmt.Println("int ok") })
	try(func() { _, _ = *find(m, "a"), *find(m, "z"); fmt.Println("pair ok") })
	var p *T
	try(func() { _ = *(p); fmt.Println("paren ok") })
}
