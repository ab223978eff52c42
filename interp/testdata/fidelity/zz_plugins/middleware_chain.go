package main

import (
	"errors"
	"fmt"
	"strings"
)

type Request struct {
	Path   string
	User   string
	Header map[string]string
}

type Response struct {
	Code int
	Body string
}

type Handler interface {
	Serve(*Request) Response
}

type HandlerFunc func(*Request) Response

func (f HandlerFunc) Serve(r *Request) Response { return f(r) }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) Response {
			*log = append(*log, "-> "+r.Path)
			resp := next.Serve(r)
			*log = append(*log, fmt.Sprintf("<- %s %d", r.Path, resp.Code))
			return resp
		})
	}
}

var ErrForbidden = errors.New("forbidden")

func Auth(allowed ...string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) Response {
			for _, a := range allowed {
				if r.User == a {
					return next.Serve(r)
				}
			}
			return Response{403, ErrForbidden.Error() + ": " + r.User}
		})
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) (resp Response) {
			defer func() {
				if p := recover(); p != nil {
					resp = Response{500, fmt.Sprint("panic: ", p)}
				}
			}()
			return next.Serve(r)
		})
	}
}

type Router struct{ routes map[string]Handler }

func (rt *Router) Serve(r *Request) Response {
	if h, ok := rt.routes[r.Path]; ok {
		return h.Serve(r)
	}
	return Response{404, "not found: " + r.Path}
}

type greeter struct{ greeting string }

func (g greeter) Serve(r *Request) Response {
	return Response{200, g.greeting + ", " + r.User}
}

func main() {
	var log []string
	rt := &Router{routes: map[string]Handler{
		"/hello": greeter{"Hello"},
		"/upper": HandlerFunc(func(r *Request) Response {
			return Response{200, strings.ToUpper(r.Header["X-Msg"])}
		}),
		"/boom": HandlerFunc(func(r *Request) Response {
			var m map[string]int
			m["x"]++
			return Response{200, "unreachable"}
		}),
		"/index": HandlerFunc(func(r *Request) Response {
			parts := strings.Split(r.Path, "/")
			return Response{200, parts[5]}
		}),
	}}
	app := Chain(rt, Logging(&log), Recover(), Auth("ann", "bob"))
	reqs := []*Request{
		{Path: "/hello", User: "ann"},
		{Path: "/upper", User: "bob", Header: map[string]string{"X-Msg": "shout"}},
		{Path: "/hello", User: "eve"},
		{Path: "/missing", User: "ann"},
		{Path: "/boom", User: "bob"},
		{Path: "/index", User: "ann"},
	}
	for _, r := range reqs {
		resp := app.Serve(r)
		fmt.Printf("%-9s %-4s %d %s\n", r.Path, r.User, resp.Code, resp.Body)
	}
	fmt.Println(strings.Join(log, " | "))
	fmt.Printf("%T %T\n", app, rt.routes["/hello"])
}
