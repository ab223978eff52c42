package main

import (
	"errors"
	"fmt"
	"strings"
)

type Request struct {
	Path string
	User string
	Hdr  map[string]string
}

type Handler interface {
	Serve(r *Request) (int, string)
}

type HandlerFunc func(r *Request) (int, string)

func (f HandlerFunc) Serve(r *Request) (int, string) { return f(r) }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Hooks struct {
	before []func(*Request)
	after  []func(*Request, int)
}

func (h *Hooks) OnBefore(f func(*Request))     { h.before = append(h.before, f) }
func (h *Hooks) OnAfter(f func(*Request, int)) { h.after = append(h.after, f) }

func (h *Hooks) Wrap(next Handler) Handler {
	return HandlerFunc(func(r *Request) (int, string) {
		for _, f := range h.before {
			f(r)
		}
		code, body := next.Serve(r)
		for _, f := range h.after {
			f(r, code)
		}
		return code, body
	})
}

var trace []string

func Logging(tag string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) (int, string) {
			trace = append(trace, tag+">"+r.Path)
			code, body := next.Serve(r)
			trace = append(trace, fmt.Sprintf("%s<%d", tag, code))
			return code, body
		})
	}
}

var errForbidden = errors.New("forbidden")

func Auth(allowed ...string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) (int, string) {
			for _, a := range allowed {
				if r.User == a {
					return next.Serve(r)
				}
			}
			return 403, errForbidden.Error()
		})
	}
}

type router map[string]Handler

func (rt router) Serve(r *Request) (int, string) {
	if h, ok := rt[r.Path]; ok {
		return h.Serve(r)
	}
	return 404, "not found: " + r.Path
}

func main() {
	rt := router{
		"/hello": HandlerFunc(func(r *Request) (int, string) { return 200, "hello " + r.User }),
		"/echo": HandlerFunc(func(r *Request) (int, string) {
			return 200, strings.Repeat(r.Hdr["X-Echo"], 2)
		}),
	}
	hooks := &Hooks{}
	stats := map[int]int{}
	hooks.OnBefore(func(r *Request) {
		if r.Hdr == nil {
			r.Hdr = map[string]string{}
		}
		r.Hdr["X-Seen"] = "1"
	})
	hooks.OnAfter(func(r *Request, code int) { stats[code]++ })
	hooks.OnAfter(func(r *Request, code int) {
		if code >= 400 {
			trace = append(trace, "ERR "+r.Path)
		}
	})
	app := Chain(rt, hooks.Wrap, Logging("outer"), Auth("ann", "bob"), Logging("inner"))
	reqs := []*Request{
		{Path: "/hello", User: "ann"},
		{Path: "/echo", User: "bob", Hdr: map[string]string{"X-Echo": "ab"}},
		{Path: "/hello", User: "eve"},
		{Path: "/missing", User: "ann"},
	}
	for _, r := range reqs {
		code, body := app.Serve(r)
		fmt.Printf("%-8s %-4s %d %q seen=%s\n", r.Path, r.User, code, body, r.Hdr["X-Seen"])
	}
	fmt.Println(strings.Join(trace, " | "))
	fmt.Println(stats[200], stats[403], stats[404])
	fmt.Printf("%T %T\n", app, rt)
}
