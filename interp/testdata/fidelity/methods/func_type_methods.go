package main

import (
	"fmt"
	"strings"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(req string) string { return f(req) }

type Server interface{ Serve(string) string }

type Transform func(string) string

func (t Transform) Then(next Transform) Transform {
	return func(s string) string { return next(t(s)) }
}

func main() {
	var s Server = HandlerFunc(func(r string) string { return "handled " + r })
	fmt.Println(s.Serve("GET /"))

	pipeline := Transform(strings.TrimSpace).Then(strings.ToUpper).Then(func(s string) string {
		return s + "!"
	})
	fmt.Println(pipeline("  hello  "))
}
