package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tags    map[string]string
	tls     *TLSConfig
}

type TLSConfig struct {
	Cert, Key string
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

func WithTag(k, v string) Option {
	return func(s *Server) error {
		if s.tags == nil {
			s.tags = map[string]string{}
		}
		s.tags[k] = v
		return nil
	}
}

func WithTLS(cert, key string) Option {
	return func(s *Server) error {
		if cert == "" || key == "" {
			return errors.New("tls: cert and key required")
		}
		s.tls = &TLSConfig{cert, key}
		return nil
	}
}

func New(host string, opts ...Option) (*Server, error) {
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
	var keys []string
	for k := range s.tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var tags []string
	for _, k := range keys {
		tags = append(tags, k+"="+s.tags[k])
	}
	scheme := "http"
	if s.tls != nil {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v tags=[%s]", scheme, s.host, s.port, s.timeout, strings.Join(tags, ","))
}

func main() {
	s, err := New("localhost")
	fmt.Println(s, err)
	s, err = New("example.com", WithPort(8443), WithTLS("c.pem", "k.pem"), WithTimeout(1500*time.Millisecond), WithTag("env", "prod"), WithTag("app", "api"))
	fmt.Println(s, err)
	fmt.Printf("%v|%s\n", s.tls, s.timeout)
	s, err = New("bad", WithPort(0), WithTLS("", "k"), WithPort(70000))
	fmt.Println(s == nil)
	fmt.Println(err)
	base := []Option{WithPort(9000)}
	extra := append(base, WithTag("x", "1"))
	s, _ = New("h", extra...)
	fmt.Println(s)
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), time.Duration(1234567890), (2 * time.Second).Milliseconds())
}
