package main

import (
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
	onStart  []func(*Server) string
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

func WithHook(name string) Option {
	return func(s *Server) error {
		s.onStart = append(s.onStart, func(srv *Server) string {
			return fmt.Sprintf("hook %s sees %s", name, srv.Addr())
		})
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConns: 100}
	for i, opt := range opts {
		if err := opt(s); err != nil {
			return nil, fmt.Errorf("option %d: %w", i, err)
		}
	}
	return s, nil
}

func (s *Server) Addr() string { return fmt.Sprintf("%s:%d", s.host, s.port) }

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s timeout=%v max=%d tags=[%s]", scheme, s.Addr(), s.timeout, s.maxConns, strings.Join(s.tags, ","))
}

func (s *Server) Start() {
	for _, h := range s.onStart {
		fmt.Println(" ", h(s))
	}
}

// Preset bundles options together.
func Production() Option {
	opts := []Option{WithTLS(), WithPort(443), WithTimeout(5 * time.Second), WithTags("prod")}
	return func(s *Server) error {
		for _, o := range opts {
			if err := o(s); err != nil {
				return err
			}
		}
		s.maxConns = 1000
		return nil
	}
}

func main() {
	configs := [][]Option{
		nil,
		{WithPort(8080), WithTags("dev", "local")},
		{Production(), WithHook("metrics"), WithHook("audit"), WithPort(8443)},
		{WithPort(70000)},
		{WithTimeout(1500 * time.Millisecond), WithTLS(), WithTags()},
	}
	for i, opts := range configs {
		s, err := NewServer(fmt.Sprintf("host%d", i), opts...)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s)
		s.Start()
	}
	start := (*Server).Start
	addr := (*Server).Addr
	s, _ := NewServer("m", WithHook("x"))
	fmt.Println(addr(s))
	start(s)
	str := s.String
	s.port = 9
	fmt.Println(str())
	fmt.Printf("%T\n", addr)
	fmt.Printf("%T\n", str)
}
