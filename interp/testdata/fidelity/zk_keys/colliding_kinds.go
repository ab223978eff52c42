package main

import "fmt"

type Level int
type Priority int
type Label string

func main() {
	m := map[any]string{}
	m[Level(1)] = "level one"
	m[Priority(1)] = "priority one"
	m[1] = "plain one"
	m[Label("x")] = "label x"
	m["x"] = "string x"
	fmt.Println(len(m))
	fmt.Println(m[Level(1)], "|", m[Priority(1)], "|", m[1], "|", m[Label("x")], "|", m["x"])
	delete(m, Priority(1))
	fmt.Println(len(m), m[Level(1)], m[Priority(1)] == "")
	for _, k := range []any{Level(1), Priority(1), 1, Label("x"), "x", Level(2)} {
		v, ok := m[k]
		fmt.Printf("%T(%v): %q %v\n", k, k, v, ok)
	}
}
