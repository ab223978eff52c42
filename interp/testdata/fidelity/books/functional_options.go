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

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
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

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConns: 100}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("new server %s: %w", host, errors.Join(errs...))
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout %v, max %d, tags [%s])", scheme, s.host, s.port, s.timeout, s.maxConns, strings.Join(s.tags, ","))
}

type Builder struct {
	parts []string
	err   error
}

func (b *Builder) Add(p string) *Builder {
	if b.err != nil {
		return b
	}
	if p == "" {
		b.err = errors.New("empty part")
		return b
	}
	b.parts = append(b.parts, p)
	return b
}

func (b *Builder) Build() (string, error) {
	if b.err != nil {
		return "", b.err
	}
	return strings.Join(b.parts, "/"), nil
}

func main() {
	s1, err := NewServer("localhost")
	fmt.Println(s1, err)
	s2, err := NewServer("example.com", WithPort(8443), WithTLS(), WithTimeout(5*time.Second), WithTags("prod", "eu"), WithTags("v2"))
	fmt.Println(s2, err)
	s3, err := NewServer("bad", WithPort(70000), WithMaxConns(0))
	fmt.Println(s3 == nil, err)
	defaults := []Option{WithTLS(), WithPort(443)}
	s4, _ := NewServer("api", append(defaults, WithMaxConns(5))...)
	fmt.Println(s4)
	path, err := new(Builder).Add("usr").Add("local").Add("bin").Build()
	fmt.Println(path, err)
	_, err = (&Builder{}).Add("a").Add("").Add("c").Build()
	fmt.Println("error:", err)
}
