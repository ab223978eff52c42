package main

import (
	"fmt"
	"time"
)

type Server struct {
	addr    string
	timeout time.Duration
	maxConn int
	tls     bool
}

type Option func(*Server)

func WithTimeout(d time.Duration) Option { return func(s *Server) { s.timeout = d } }
func WithMaxConn(n int) Option           { return func(s *Server) { s.maxConn = n } }
func WithTLS() Option                    { return func(s *Server) { s.tls = true } }

func NewServer(addr string, opts ...Option) *Server {
	s := &Server{addr: addr, timeout: 30 * time.Second, maxConn: 100}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s *Server) String() string {
	return fmt.Sprintf("%s timeout=%v max=%d tls=%t", s.addr, s.timeout, s.maxConn, s.tls)
}

func main() {
	fmt.Println(NewServer(":8080"))
	fmt.Println(NewServer(":443", WithTLS(), WithTimeout(5*time.Second), WithMaxConn(10)))
}
