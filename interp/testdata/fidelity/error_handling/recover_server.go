package main

import (
	"errors"
	"fmt"
	"strings"
)

type Request struct {
	ID   int
	Path string
	Body string
}

type Response struct {
	Status int
	Body   string
}

type PanicError struct {
	Value any
	ReqID int
}

func (p *PanicError) Error() string { return fmt.Sprintf("request %d panicked: %v", p.ReqID, p.Value) }

type HandlerFunc func(Request) (Response, error)

func safe(h HandlerFunc) HandlerFunc {
	return func(r Request) (resp Response, err error) {
		defer func() {
			if v := recover(); v != nil {
				err = &PanicError{Value: v, ReqID: r.ID}
				resp = Response{Status: 500}
			}
		}()
		return h(r)
	}
}

var routes = map[string]HandlerFunc{
	"/hello": func(r Request) (Response, error) {
		return Response{200, "hello " + r.Body}, nil
	},
	"/divide": func(r Request) (Response, error) {
		var a, b int
		fmt.Sscanf(r.Body, "%d/%d", &a, &b)
		return Response{200, fmt.Sprint(a / b)}, nil
	},
	"/index": func(r Request) (Response, error) {
		parts := strings.Split(r.Body, ",")
		return Response{200, parts[3]}, nil
	},
	"/nil": func(r Request) (Response, error) {
		var m map[string]*Request
		return Response{200, m["x"].Path}, nil
	},
	"/custom": func(r Request) (Response, error) {
		panic(fmt.Errorf("custom failure for %q", r.Body))
	},
	"/bad": func(r Request) (Response, error) {
		return Response{}, errors.New("bad request body")
	},
}

func serve(reqs []Request) {
	for _, r := range reqs {
		h, ok := routes[r.Path]
		if !ok {
			fmt.Printf("#%d %s -> 404\n", r.ID, r.Path)
			continue
		}
		resp, err := safe(h)(r)
		var pe *PanicError
		switch {
		case errors.As(err, &pe):
			if re, ok := pe.Value.(error); ok {
				fmt.Printf("#%d %s -> %d panic(error): %v\n", r.ID, r.Path, resp.Status, re)
			} else {
				fmt.Printf("#%d %s -> %d panic: %v\n", r.ID, r.Path, resp.Status, pe.Value)
			}
		case err != nil:
			fmt.Printf("#%d %s -> 400 %v\n", r.ID, r.Path, err)
		default:
			fmt.Printf("#%d %s -> %d %s\n", r.ID, r.Path, resp.Status, resp.Body)
		}
	}
}

func main() {
	serve([]Request{
		{1, "/hello", "world"},
		{2, "/divide", "10/2"},
		{3, "/divide", "1/0"},
		{4, "/index", "a,b"},
		{5, "/nil", ""},
		{6, "/custom", "x"},
		{7, "/bad", ""},
		{8, "/nowhere", ""},
		{9, "/hello", "again"},
	})
	fmt.Println("server still alive")
}
