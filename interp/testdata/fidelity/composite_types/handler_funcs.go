// Handler func types stored in a map of any and in interfaces.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct{ Path string }

type HandlerFunc func(r Request) string
type Middleware func(HandlerFunc) HandlerFunc
type Handler interface{ Serve(r Request) string }

func (f HandlerFunc) Serve(r Request) string { return f(r) }

type Mux map[string]Handler

func (m Mux) Serve(r Request) string {
	if h, ok := m[r.Path]; ok {
		return h.Serve(r)
	}
	return "404 " + r.Path
}

func kind(v any) string {
	switch v.(type) {
	case HandlerFunc:
		return "handler func"
	case Middleware:
		return "middleware"
	case Mux:
		return "mux"
	case func(Request) string:
		return "plain func"
	}
	return "other"
}

func logging(next HandlerFunc) HandlerFunc {
	return func(r Request) string { return "[log] " + next(r) }
}

func main() {
	hello := HandlerFunc(func(r Request) string { return "hello from " + r.Path })
	mux := Mux{"/hello": hello, "/logged": logging(hello)}
	registry := map[string]any{
		"hello":   hello,
		"logging": Middleware(logging),
		"mux":     mux,
		"raw":     func(r Request) string { return "raw" },
	}
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-8s %-20T %s\n", n, registry[n], kind(registry[n]))
	}

	var h Handler = mux
	for _, p := range []string{"/hello", "/logged", "/missing"} {
		fmt.Println(h.Serve(Request{p}))
	}
	if m, ok := h.(Mux); ok {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println("routes:", strings.Join(keys, " "))
	}
	if mw, ok := registry["logging"].(Middleware); ok {
		fmt.Println(mw(hello)(Request{"/x"}))
	}
}
