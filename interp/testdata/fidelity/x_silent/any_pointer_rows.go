package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1}
	row := []any{n, 2}
	s := fmt.Sprintf("%v", row)
	fmt.Println(strings.Contains(s, "0x"), strings.Contains(s, "&{"))
	s = fmt.Sprint(row)
	fmt.Println(strings.Contains(s, "0x"), strings.Contains(s, "&{"))
	s = fmt.Sprintf("%+v", []any{n})
	fmt.Println(strings.Contains(s, "0x"), strings.Contains(s, "&{"))
	x := 5
	s = fmt.Sprintf("%v", []any{&x})
	fmt.Println(strings.Contains(s, "0x"), strings.Contains(s, "&"))
	m := map[string]any{"n": n}
	s = fmt.Sprintf("%v", m)
	fmt.Println(strings.Contains(s, "0x"), strings.Contains(s, "&{"))
	s = fmt.Sprintf("%v", n)
	fmt.Println(strings.Contains(s, "0x"), strings.Contains(s, "&{"))
}
