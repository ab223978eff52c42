package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	host     string
	port     int
	timeout  time.Duration
	maxConns int
	tls      bool
	tags     []string
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

func WithMaxConns(n int) Option {
	return func(s *Server) error {
		if n < 1 {
			return errors.New("max conns must be positive")
		}
		s.maxConns = n
		return nil
	}
}

func WithTLS() Option {
	return func(s *Server) error { s.tls = true; return nil }
}

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, maxConns: 100}
	for i, opt := range opts {
		if err := opt(s); err != nil {
			return nil, fmt.Errorf("option %d: %w", i, err)
		}
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout=%v, max=%d, tags=[%s])",
		scheme, s.host, s.port, s.timeout, s.maxConns, strings.Join(s.tags, ","))
}

func main() {
	s1, err := NewServer("localhost")
	fmt.Println(s1, err)

	s2, err := NewServer("example.com", WithPort(443), WithTLS(), WithTimeout(5*time.Second))
	fmt.Println(s2, err)

	s3, err := NewServer("api", WithTags("a", "b"), WithTags("c"), WithMaxConns(10))
	fmt.Println(s3)
	fmt.Println(err == nil)

	_, err = NewServer("bad", WithPort(80), WithPort(70000))
	fmt.Println("error:", err)

	_, err = NewServer("bad2", WithMaxConns(0))
	fmt.Println("error:", err)
	var unwrapped = errors.Unwrap(err)
	fmt.Println("unwrapped:", unwrapped)

	defaults := []Option{WithPort(9000), WithTLS()}
	extra := append(defaults, WithTags("prod"))
	s4, _ := NewServer("svc", extra...)
	fmt.Printf("%v\n", s4)
	fmt.Printf("%+v\n", *s4)
}
