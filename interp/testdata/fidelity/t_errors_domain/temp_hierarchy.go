package main

import (
	"errors"
	"fmt"
	"strings"
)

// Behaviour-based error classification, as in net.Error.
type temporary interface {
	error
	Temporary() bool
}

type NetError struct {
	Op   string
	Addr string
	Err  error
	temp bool
}

func (e *NetError) Error() string   { return e.Op + " " + e.Addr + ": " + e.Err.Error() }
func (e *NetError) Unwrap() error   { return e.Err }
func (e *NetError) Temporary() bool { return e.temp }

type TimeoutError struct{ Seconds int }

func (t TimeoutError) Error() string   { return fmt.Sprintf("timeout after %ds", t.Seconds) }
func (t TimeoutError) Temporary() bool { return true }
func (t TimeoutError) Timeout() bool   { return true }

var ErrRefused = errors.New("connection refused")

// MultiError wraps several causes.
type MultiError struct{ Errs []error }

func (m MultiError) Error() string {
	msgs := make([]string, len(m.Errs))
	for i, e := range m.Errs {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: [%s]", len(m.Errs), strings.Join(msgs, "; "))
}
func (m MultiError) Unwrap() []error { return m.Errs }

func classify(err error) string {
	var t temporary
	var to interface{ Timeout() bool }
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &to) && to.Timeout():
		return "timeout"
	case errors.As(err, &t) && t.Temporary():
		return "temporary"
	case errors.Is(err, ErrRefused):
		return "refused"
	}
	return "permanent"
}

func main() {
	errs := []error{
		nil,
		&NetError{"dial", "10.0.0.1:80", ErrRefused, false},
		&NetError{"read", "10.0.0.2:443", TimeoutError{5}, true},
		&NetError{"write", "10.0.0.3:22", errors.New("broken pipe"), true},
		fmt.Errorf("fetch: %w", &NetError{"dial", "db:5432", ErrRefused, false}),
		fmt.Errorf("both: %w and %w", ErrRefused, TimeoutError{1}),
		MultiError{[]error{errors.New("disk full"), &NetError{"sync", "peer", ErrRefused, true}}},
		errors.New("plain"),
	}
	for i, err := range errs {
		fmt.Printf("%d %-9s %v\n", i, classify(err), err)
	}
	var ne *NetError
	if errors.As(errs[4], &ne) {
		fmt.Printf("net op=%s addr=%s temp=%v cause=%v\n", ne.Op, ne.Addr, ne.Temporary(), ne.Err)
	}
	var te TimeoutError
	fmt.Println(errors.As(errs[5], &te), te.Seconds)
	fmt.Println(errors.Is(errs[6], ErrRefused), errors.Is(errs[3], ErrRefused))
	var me MultiError
	if errors.As(fmt.Errorf("wrap: %w", errs[6]), &me) {
		fmt.Println("multi with", len(me.Errs), "causes")
	}
	var nilNet *NetError
	var err error = nilNet
	fmt.Println(err == nil, nilNet == nil)
	fmt.Printf("%T %T\n", errs[2], errs[6])
}
