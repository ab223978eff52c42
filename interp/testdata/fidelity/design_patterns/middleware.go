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

type HandlerFunc func(*Request) (*Response, error)

type Middleware func(HandlerFunc) HandlerFunc

var trace []string

func Logging(prefix string) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(r *Request) (*Response, error) {
			trace = append(trace, prefix+" enter "+r.Path)
			resp, err := next(r)
			status := 0
			if resp != nil {
				status = resp.Status
			}
			trace = append(trace, fmt.Sprintf("%s exit %s %d err=%v", prefix, r.Path, status, err))
			return resp, err
		}
	}
}

var ErrUnauthorized = errors.New("unauthorized")

func Auth(next HandlerFunc) HandlerFunc {
	return func(r *Request) (*Response, error) {
		if r.User == "" {
			return &Response{Status: 401}, ErrUnauthorized
		}
		return next(r)
	}
}

func Recover(next HandlerFunc) HandlerFunc {
	return func(r *Request) (resp *Response, err error) {
		defer func() {
			if p := recover(); p != nil {
				resp = &Response{Status: 500, Body: "internal"}
				err = fmt.Errorf("recovered: %v", p)
			}
		}()
		return next(r)
	}
}

func Chain(h HandlerFunc, ms ...Middleware) HandlerFunc {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func hello(r *Request) (*Response, error) {
	if strings.HasPrefix(r.Path, "/panic") {
		var m map[string]int
		m["x"] = 1
	}
	return &Response{Status: 200, Body: "hello " + r.User + " at " + r.Path}, nil
}

func main() {
	h := Chain(hello, Logging("outer"), Recover, Auth, Logging("inner"))
	reqs := []*Request{
		{Path: "/", User: "ann"},
		{Path: "/secret"},
		{Path: "/panic", User: "bob"},
	}
	for _, r := range reqs {
		resp, err := h(r)
		if errors.Is(err, ErrUnauthorized) {
			fmt.Println("=> denied:", resp.Status)
			continue
		}
		if err != nil {
			fmt.Println("=> error:", err, resp.Status, resp.Body)
			continue
		}
		fmt.Printf("=> %d %q\n", resp.Status, resp.Body)
	}
	for i, t := range trace {
		fmt.Printf("%2d %s\n", i, t)
	}
}
