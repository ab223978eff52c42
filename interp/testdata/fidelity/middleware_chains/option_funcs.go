package main

import (
	"errors"
	"fmt"
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
	return func(s *Server) error { s.timeout = d; return nil }
}

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func WithTags(tags ...string) Option {
	return func(s *Server) error { s.tags = append(s.tags, tags...); return nil }
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout %v, tags %v)", scheme, s.host, s.port, s.timeout, s.tags)
}

func main() {
	s1, err := NewServer("localhost")
	fmt.Println(s1, err)

	s2, err := NewServer("example.com", WithPort(8443), WithTLS(), WithTimeout(1500*time.Millisecond), WithTags("a", "b"), WithTags("c"))
	fmt.Println(s2, err)

	s3, err := NewServer("bad", WithPort(0), WithPort(70000))
	fmt.Println(s3 == nil, err)
}
