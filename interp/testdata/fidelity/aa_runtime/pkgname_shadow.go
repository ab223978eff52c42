package main

import (
	"fmt"
	"sort"
	"strings"
)

type strs []string

func (s strs) join() string { return strings.Join(s, "+") }

func count(strings []string) map[string]int {
	m := map[string]int{}
	for _, s := range strings {
		m[s]++
	}
	return m
}

func sorted(sort map[string]int) []string {
	var keys []string
	for k := range sort {
		keys = append(keys, k)
	}
	return keys
}

func main() {
	words := strings.Fields("b a c a b a")
	c := count(words)
	keys := sorted(c)
	sort.Strings(keys)
	fmt.Println(keys, c)
	fmt := "shadowed fmt is a string"
	_ = fmt
	println2(strs(keys).join())
	len := 3
	var copy = []int{len, len * 2}
	println2(copy)
	{
		true := false
		println2(true, !true)
	}
	type error string
	var e error = "custom"
	println2(e)
	iota := 7
	println2(iota)
}

func println2(args ...any) { fmt.Println(args...) }
