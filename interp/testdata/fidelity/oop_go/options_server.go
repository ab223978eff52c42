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

func WithTLS() Option {
	return func(s *Server) error { s.tls = true; return nil }
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

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, maxConns: 100}
	for _, opt := range opts {
		if err := opt(s); err != nil {
			return nil, fmt.Errorf("new server %q: %w", host, err)
		}
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	t := ""
	if len(s.tags) > 0 {
		t = " [" + strings.Join(s.tags, ",") + "]"
	}
	return fmt.Sprintf("%s://%s:%d (timeout %v, max %d)%s", scheme, s.host, s.port, s.timeout, s.maxConns, t)
}

func main() {
	configs := [][]Option{
		nil,
		{WithPort(443), WithTLS()},
		{WithTimeout(1500 * time.Millisecond), WithMaxConns(5), WithTags("a", "b")},
		{WithPort(70000)},
		{WithMaxConns(0)},
		{WithTags("x"), WithTags("y", "z"), WithPort(9000)},
	}
	for i, opts := range configs {
		s, err := NewServer(fmt.Sprintf("host%d.local", i), opts...)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s)
	}
	defaults := []Option{WithTimeout(time.Minute)}
	s, _ := NewServer("combo", append(defaults, WithTLS(), WithPort(8443))...)
	fmt.Printf("%v\n", s)
	fmt.Printf("%d %v %v\n", s.port, s.timeout.Seconds(), s.tls)
}
