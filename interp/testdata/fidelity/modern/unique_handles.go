package main

import (
	"fmt"
	"strings"
	"unique"
)

func main() {
	a := unique.Make("gopher")
	b := unique.Make(strings.ToLower("GOPHER"))
	c := unique.Make("other")
	fmt.Println(a == b, a == c, a.Value())

	type key struct {
		Host string
		Port int
	}
	k1 := unique.Make(key{"x", 1})
	k2 := unique.Make(key{"x", 1})
	fmt.Println(k1 == k2, k1.Value().Port)
}
