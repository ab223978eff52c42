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
	Status int
	Body   string
}

type Handler func(*Request) (*Response, error)

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (*Response, error) {
			*log = append(*log, "-> "+r.Path)
			resp, err := next(r)
			if err != nil {
				*log = append(*log, "<- error: "+err.Error())
				return nil, err
			}
			*log = append(*log, fmt.Sprintf("<- %d", resp.Status))
			return resp, nil
		}
	}
}

var ErrUnauthorized = errors.New("unauthorized")

func Auth(allowed ...string) Middleware {
	set := map[string]bool{}
	for _, a := range allowed {
		set[a] = true
	}
	return func(next Handler) Handler {
		return func(r *Request) (*Response, error) {
			if !set[r.User] {
				return nil, fmt.Errorf("auth %q: %w", r.User, ErrUnauthorized)
			}
			return next(r)
		}
	}
}

func Recover() Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (resp *Response, err error) {
			defer func() {
				if v := recover(); v != nil {
					resp, err = &Response{500, "internal error"}, nil
					r.Header["X-Panic"] = fmt.Sprint(v)
				}
			}()
			return next(r)
		}
	}
}

func Counter(counts map[string]int) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (*Response, error) {
			counts[r.Path]++
			return next(r)
		}
	}
}

func app(r *Request) (*Response, error) {
	switch {
	case r.Path == "/":
		return &Response{200, "home"}, nil
	case strings.HasPrefix(r.Path, "/user/"):
		return &Response{200, "hello " + strings.TrimPrefix(r.Path, "/user/")}, nil
	case r.Path == "/crash":
		var m map[string]int
		m["x"] = 1
	}
	return &Response{404, "not found"}, nil
}

func main() {
	var log []string
	counts := map[string]int{}
	h := Chain(app, Logging(&log), Recover(), Auth("ann", "bob"), Counter(counts))
	reqs := []Request{
		{"/", "ann", nil}, {"/user/bob", "bob", nil}, {"/admin", "eve", nil},
		{"/crash", "ann", nil}, {"/missing", "bob", nil}, {"/", "bob", nil},
	}
	for i := range reqs {
		r := &reqs[i]
		r.Header = map[string]string{}
		resp, err := h(r)
		switch {
		case errors.Is(err, ErrUnauthorized):
			fmt.Printf("%-10s denied: %v\n", r.Path, err)
		case err != nil:
			fmt.Printf("%-10s error: %v\n", r.Path, err)
		default:
			fmt.Printf("%-10s %d %q %v\n", r.Path, resp.Status, resp.Body, r.Header)
		}
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println(counts["/"], counts["/crash"], counts["/admin"], len(counts))
}
