package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Handler interface{ Handle(string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

func main() {
	g := Greeter{"Hello"}
	greet := g.Greet
	g.greeting = "Bye"
	fmt.Println(greet("Ann"))
	expr := Greeter.Greet
	fmt.Println(expr(g, "Bob"))

	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "mul"} {
		fmt.Println(name, ops[name].Apply(6, 7))
	}

	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("shout"))
	chain := []func(string) string{strings.TrimSpace, strings.ToLower, strings.Title}
	s := "  HELLO world "
	for _, f := range chain {
		s = f(s)
	}
	fmt.Println(s)
}
