package main

import (
	"fmt"
	"strings"
)

type Handler func(req string) string

type Middleware func(Handler) Handler

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string {
			fmt.Println(prefix, "->", req)
			resp := next(req)
			fmt.Println(prefix, "<-", resp)
			return resp
		}
	}
}

func upper(next Handler) Handler {
	return func(req string) string { return strings.ToUpper(next(req)) }
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	hello := func(req string) string { return "hello " + req }
	h := chain(hello, logging("outer"), upper, logging("inner"))
	fmt.Println(h("world"))
}
