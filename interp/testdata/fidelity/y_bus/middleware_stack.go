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
			resp := next.Serve(r)
			*log = append(*log, fmt.Sprintf("%s %s -> %d", r.User, r.Path, resp.Code))
			return resp
		})
	}
}

var ErrForbidden = errors.New("forbidden")

func Auth(allowed ...string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) Response {
			for _, a := range allowed {
				if a == r.User {
					return next.Serve(r)
				}
			}
			return Response{403, ErrForbidden.Error()}
		})
	}
}

func Recover(next Handler) Handler {
	return HandlerFunc(func(r *Request) (resp Response) {
		defer func() {
			if v := recover(); v != nil {
				resp = Response{500, fmt.Sprint("internal: ", v)}
			}
		}()
		return next.Serve(r)
	})
}

type router map[string]Handler

func (rt router) Serve(r *Request) Response {
	if h, ok := rt[r.Path]; ok {
		return h.Serve(r)
	}
	return Response{404, "no route " + r.Path}
}

func main() {
	var log []string
	rt := router{
		"/hello": HandlerFunc(func(r *Request) Response { return Response{200, "hi " + r.User} }),
		"/boom": HandlerFunc(func(r *Request) Response {
			var m map[string]int
			m["x"]++
			return Response{200, "unreachable"}
		}),
		"/upper": HandlerFunc(func(r *Request) Response {
			return Response{200, strings.ToUpper(r.Header["X-Text"])}
		}),
	}
	app := Chain(rt, Logging(&log), Recover, Auth("ann", "bob"))
	reqs := []*Request{
		{Path: "/hello", User: "ann"},
		{Path: "/hello", User: "eve"},
		{Path: "/boom", User: "bob"},
		{Path: "/upper", User: "bob", Header: map[string]string{"X-Text": "quiet"}},
		{Path: "/nope", User: "ann"},
	}
	for _, r := range reqs {
		resp := app.Serve(r)
		fmt.Printf("%-7s %d %q\n", r.Path, resp.Code, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Printf("%T %T\n", app, rt["/hello"])
}
