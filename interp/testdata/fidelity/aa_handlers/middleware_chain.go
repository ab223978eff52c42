package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method, Path string
	Headers      map[string]string
}

type Response struct {
	Status int
	Body   string
	log    []string
}

type Handler interface {
	Serve(*Response, *Request)
}

type HandlerFunc func(*Response, *Request)

func (f HandlerFunc) Serve(w *Response, r *Request) { f(w, r) }

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logger(prefix string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			w.log = append(w.log, prefix+" > "+r.Path)
			next.Serve(w, r)
			w.log = append(w.log, fmt.Sprintf("%s < %d", prefix, w.Status))
		})
	}
}

func Auth(tokens map[string]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			user, ok := tokens[r.Headers["Authorization"]]
			if !ok {
				w.Status, w.Body = 401, "unauthorized"
				return
			}
			r.Headers["X-User"] = user
			next.Serve(w, r)
		})
	}
}

func Recover(next Handler) Handler {
	return HandlerFunc(func(w *Response, r *Request) {
		defer func() {
			if e := recover(); e != nil {
				w.Status, w.Body = 500, fmt.Sprint("internal: ", e)
			}
		}()
		next.Serve(w, r)
	})
}

type Mux struct{ routes map[string]Handler }

func (m *Mux) Handle(pattern string, h Handler) { m.routes[pattern] = h }
func (m *Mux) HandleFunc(pattern string, f func(*Response, *Request)) {
	m.Handle(pattern, HandlerFunc(f))
}
func (m *Mux) Serve(w *Response, r *Request) {
	keys := make([]string, 0, len(m.routes))
	for k := range m.routes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	for _, k := range keys {
		if strings.HasPrefix(r.Path, k) {
			m.routes[k].Serve(w, r)
			return
		}
	}
	w.Status, w.Body = 404, "no route for "+r.Path
}

func main() {
	mux := &Mux{routes: map[string]Handler{}}
	mux.HandleFunc("/hello", func(w *Response, r *Request) {
		w.Status, w.Body = 200, "hello "+r.Headers["X-User"]
	})
	mux.HandleFunc("/panic", func(w *Response, r *Request) {
		var m map[string]int
		m["x"] = 1
	})
	mux.HandleFunc("/", func(w *Response, r *Request) { w.Status, w.Body = 200, "index" })
	app := Chain(mux, Logger("outer"), Recover, Auth(map[string]string{"t1": "ann"}), Logger("inner"))
	for _, req := range []struct{ path, tok string }{{"/hello", "t1"}, {"/hello", "bad"}, {"/panic", "t1"}, {"/x", "t1"}} {
		w := &Response{}
		app.Serve(w, &Request{"GET", req.path, map[string]string{"Authorization": req.tok}})
		fmt.Printf("%s -> %d %q\n   %s\n", req.path, w.Status, w.Body, strings.Join(w.log, " | "))
	}
	var h Handler = HandlerFunc(func(w *Response, r *Request) { w.Status = 204 })
	_, isFunc := h.(HandlerFunc)
	fmt.Println(isFunc)
}
