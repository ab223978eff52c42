package main

import (
	"errors"
	"fmt"
)

type Request struct {
	Path string
	Body string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(Request) Response

func Recover(next Handler) Handler {
	return func(r Request) (resp Response) {
		defer func() {
			if p := recover(); p != nil {
				var err error
				switch v := p.(type) {
				case error:
					err = v
				default:
					err = fmt.Errorf("%v", v)
				}
				resp = Response{500, "internal error: " + err.Error()}
			}
		}()
		return next(r)
	}
}

var errBoom = errors.New("boom")

func router(r Request) Response {
	switch r.Path {
	case "/ok":
		return Response{200, "fine"}
	case "/panic-string":
		panic("something broke")
	case "/panic-error":
		panic(fmt.Errorf("wrapped: %w", errBoom))
	case "/index":
		xs := []int{1, 2, 3}
		i := len(r.Body)
		return Response{200, fmt.Sprint(xs[i])}
	case "/nil-map":
		var m map[string]int
		m[r.Body] = 1
	}
	return Response{404, "not found"}
}

func main() {
	h := Recover(router)
	for _, r := range []Request{
		{"/ok", ""}, {"/panic-string", ""}, {"/panic-error", ""},
		{"/index", "abcde"}, {"/nil-map", "k"}, {"/missing", ""},
	} {
		resp := h(r)
		fmt.Printf("%-14s %d %s\n", r.Path, resp.Status, resp.Body)
	}
}
