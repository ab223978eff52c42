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
	return func(s *Server) error { s.timeout = d; return nil }
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
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, maxConns: 100}
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
	tags := "-"
	if len(s.tags) > 0 {
		tags = strings.Join(s.tags, ",")
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v max=%d tags=%s", scheme, s.host, s.port, s.timeout, s.maxConns, tags)
}

func main() {
	s1, _ := NewServer("localhost")
	fmt.Println(s1)
	s2, err := NewServer("api.example.com", WithPort(443), WithTLS(), WithTimeout(5*time.Second+500*time.Millisecond), WithTags("prod", "eu"))
	fmt.Println(s2, err)
	common := []Option{WithMaxConns(10), WithTags("base")}
	s3, _ := NewServer("internal", append(common, WithTags("extra"), WithPort(9000))...)
	fmt.Println(s3)
	_, err = NewServer("bad", WithPort(70000), WithMaxConns(0), WithTLS())
	fmt.Println(err)
	fmt.Printf("%v | %s\n", s1, s3)
}
