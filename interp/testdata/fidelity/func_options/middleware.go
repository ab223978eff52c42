package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path   string
	User   string
	Header map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(*Request) Response

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			*log = append(*log, "-> "+r.Path)
			resp := next(r)
			*log = append(*log, fmt.Sprintf("<- %s %d", r.Path, resp.Status))
			return resp
		}
	}
}

func Auth(allowed ...string) Middleware {
	set := map[string]bool{}
	for _, a := range allowed {
		set[a] = true
	}
	return func(next Handler) Handler {
		return func(r *Request) Response {
			if !set[r.User] {
				return Response{403, "forbidden"}
			}
			return next(r)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (resp Response) {
			defer func() {
				if e := recover(); e != nil {
					resp = Response{500, fmt.Sprint("internal error: ", e)}
				}
			}()
			return next(r)
		}
	}
}

func Headers(kv ...string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			if r.Header == nil {
				r.Header = map[string]string{}
			}
			for i := 0; i+1 < len(kv); i += 2 {
				r.Header[kv[i]] = kv[i+1]
			}
			return next(r)
		}
	}
}

func app(r *Request) Response {
	switch {
	case r.Path == "/":
		return Response{200, "home"}
	case strings.HasPrefix(r.Path, "/items/"):
		id := strings.TrimPrefix(r.Path, "/items/")
		items := []string{"zero", "one", "two"}
		var n int
		fmt.Sscanf(id, "%d", &n)
		return Response{200, items[n]}
	case r.Path == "/headers":
		keys := make([]string, 0, len(r.Header))
		for k := range r.Header {
			keys = append(keys, k+"="+r.Header[k])
		}
		sort.Strings(keys)
		return Response{200, strings.Join(keys, "&")}
	}
	return Response{404, "not found"}
}

func main() {
	var log []string
	h := Chain(app, Logging(&log), Recover(), Auth("ann", "bob"), Headers("X-Env", "test", "X-Id", "7"))
	reqs := []*Request{
		{Path: "/", User: "ann"},
		{Path: "/items/1", User: "bob"},
		{Path: "/items/9", User: "bob"},
		{Path: "/headers", User: "ann"},
		{Path: "/", User: "eve"},
		{Path: "/nope", User: "ann"},
	}
	for _, r := range reqs {
		resp := h(r)
		fmt.Printf("%-10s %-4s %d %s\n", r.Path, r.User, resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
}
