package main

import (
	"fmt"
	"strings"
)

// Context is passed down a chain of handlers; each may call Next to run the rest.
type Context struct {
	Path     string
	User     string
	Status   int
	Body     strings.Builder
	handlers []HandlerFunc
	index    int
	Keys     map[string]string
}

type HandlerFunc func(*Context)

func (c *Context) Next() {
	c.index++
	for c.index < len(c.handlers) {
		c.handlers[c.index](c)
		c.index++
	}
}

func (c *Context) Abort(code int) {
	c.Status = code
	c.index = len(c.handlers)
}

type Router struct {
	middleware []HandlerFunc
	routes     map[string]HandlerFunc
}

func (r *Router) Use(h ...HandlerFunc) { r.middleware = append(r.middleware, h...) }

func (r *Router) Handle(path string, h HandlerFunc) {
	if r.routes == nil {
		r.routes = map[string]HandlerFunc{}
	}
	r.routes[path] = h
}

func (r *Router) Serve(path, user string) string {
	c := &Context{Path: path, User: user, Status: 200, index: -1, Keys: map[string]string{}}
	c.handlers = append(c.handlers, r.middleware...)
	h, ok := r.routes[path]
	if !ok {
		h = func(c *Context) { c.Status = 404; c.Body.WriteString("not found") }
	}
	c.handlers = append(c.handlers, h)
	c.Next()
	return fmt.Sprintf("%d %s", c.Status, c.Body.String())
}

func Logger(log *[]string) HandlerFunc {
	return func(c *Context) {
		*log = append(*log, "start "+c.Path)
		c.Next()
		*log = append(*log, fmt.Sprintf("end %s %d", c.Path, c.Status))
	}
}

func Auth(c *Context) {
	if c.User == "" {
		c.Body.WriteString("login required")
		c.Abort(401)
		return
	}
	c.Keys["role"] = "user"
	if c.User == "root" {
		c.Keys["role"] = "admin"
	}
}

func main() {
	var log []string
	r := &Router{}
	r.Use(Logger(&log), Auth)
	r.Handle("/hello", func(c *Context) {
		fmt.Fprintf(&c.Body, "hello %s (%s)", c.User, c.Keys["role"])
	})
	r.Handle("/admin", func(c *Context) {
		if c.Keys["role"] != "admin" {
			c.Status = 403
			c.Body.WriteString("forbidden")
			return
		}
		c.Body.WriteString("welcome, admin")
	})

	for _, req := range [][2]string{{"/hello", "ann"}, {"/hello", ""}, {"/admin", "bob"}, {"/admin", "root"}, {"/nope", "ann"}} {
		fmt.Println(r.Serve(req[0], req[1]))
	}
	fmt.Println(strings.Join(log, "; "))
	fmt.Printf("%T %d\n", r.middleware, len(r.middleware))
}
