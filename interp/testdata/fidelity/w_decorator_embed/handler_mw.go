package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Request struct {
	Path   string
	User   string
	Params map[string]string
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

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

type trace struct{ lines []string }

func (t *trace) Logging(next Handler) Handler {
	return HandlerFunc(func(r *Request) Response {
		resp := next.Serve(r)
		t.lines = append(t.lines, fmt.Sprintf("%s %s -> %d", r.User, r.Path, resp.Code))
		return resp
	})
}

var ErrForbidden = errors.New("forbidden")

func Auth(allowed ...string) Middleware {
	set := map[string]bool{}
	for _, a := range allowed {
		set[a] = true
	}
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) Response {
			if !set[r.User] {
				return Response{403, fmt.Errorf("user %q: %w", r.User, ErrForbidden).Error()}
			}
			return next.Serve(r)
		})
	}
}

type timing struct {
	budget time.Duration
	next   Handler
}

func (t timing) Serve(r *Request) Response {
	resp := t.next.Serve(r)
	resp.Body += fmt.Sprintf(" [budget %v]", t.budget)
	return resp
}

func main() {
	routes := map[string]Handler{
		"/hello": HandlerFunc(func(r *Request) Response {
			return Response{200, "hello " + r.Params["name"]}
		}),
		"/sum": HandlerFunc(func(r *Request) Response {
			keys := make([]string, 0, len(r.Params))
			for k := range r.Params {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			return Response{200, strings.Join(keys, "+")}
		}),
	}
	tr := &trace{}
	mux := HandlerFunc(func(r *Request) Response {
		h, ok := routes[r.Path]
		if !ok {
			return Response{404, "no route " + r.Path}
		}
		return h.Serve(r)
	})
	app := Chain(mux, tr.Logging, Auth("ann", "bob"), func(h Handler) Handler { return timing{50 * time.Millisecond, h} })
	reqs := []*Request{
		{"/hello", "ann", map[string]string{"name": "Go"}},
		{"/sum", "bob", map[string]string{"x": "1", "a": "2"}},
		{"/hello", "eve", nil},
		{"/nope", "ann", nil},
	}
	for _, r := range reqs {
		resp := app.Serve(r)
		fmt.Printf("%d %-40q %+v\n", resp.Code, resp.Body, resp)
	}
	fmt.Println(strings.Join(tr.lines, "\n"))
	fmt.Printf("%T %T\n", app, timing{})
	fmt.Printf("%v\n", *reqs[1])
}
