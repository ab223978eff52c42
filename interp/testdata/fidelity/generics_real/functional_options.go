package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tls     bool
	tags    []string
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("invalid port %d", p)
		}
		s.port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error {
		s.timeout = d
		return nil
	}
}

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("new server %s: %w", host, err)
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout %v, tags %s)", scheme, s.host, s.port, s.timeout, strings.Join(s.tags, ","))
}

type Builder[T any] struct {
	steps []func(*T)
}

func (b *Builder[T]) With(f func(*T)) *Builder[T] {
	b.steps = append(b.steps, f)
	return b
}

func (b *Builder[T]) Build() T {
	var v T
	for _, f := range b.steps {
		f(&v)
	}
	return v
}

type Query struct {
	Table  string
	Where  []string
	Limit  int
	Fields []string
}

func main() {
	s, err := NewServer("localhost")
	fmt.Println(s, err)
	s, err = NewServer("api.example.com", WithPort(8443), WithTLS(), WithTimeout(1500*time.Millisecond), WithTags("prod", "eu"))
	fmt.Println(s, err)
	s, err = NewServer("bad", WithPort(0), WithPort(70000))
	fmt.Println(s == nil, err)

	q := (&Builder[Query]{}).
		With(func(q *Query) { q.Table = "users" }).
		With(func(q *Query) { q.Where = append(q.Where, "age > 18") }).
		With(func(q *Query) { q.Where = append(q.Where, "active") }).
		With(func(q *Query) { q.Limit = 10; q.Fields = []string{"id", "name"} }).
		Build()
	fmt.Printf("%+v\n", q)
	fmt.Printf("SELECT %s FROM %s WHERE %s LIMIT %d\n", strings.Join(q.Fields, ", "), q.Table, strings.Join(q.Where, " AND "), q.Limit)
	n := (&Builder[int]{}).With(func(p *int) { *p += 5 }).With(func(p *int) { *p *= 3 }).Build()
	fmt.Println(n)
}
