package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

func apply(f func(string) string, xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	g := Greeter{"Hi"}
	greet := g.Greet
	g.greeting = "Bye"
	fmt.Println(greet("Ann"), g.Greet("Ann"))
	fmt.Println(apply(g.Greet, []string{"x", "y"}))

	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)

	var sb strings.Builder
	w := sb.WriteString
	w("abc")
	w("def")
	fmt.Println(sb.String(), sb.Len())

	up := strings.ToUpper
	fmt.Println(up("ok"))
}
