package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type CodedError interface {
	error
	Code() int
}

type HTTPError struct {
	Status int
	Msg    string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Msg) }
func (e *HTTPError) Code() int     { return e.Status }

type DBError struct{ Table string }

func (e DBError) Error() string { return "db: " + e.Table }
func (e DBError) Code() int     { return 500 }

var ErrTimeout = errors.New("timeout")

func fetch(i int) error {
	var ce CodedError
	switch i % 4 {
	case 0:
		return nil
	case 1:
		ce = &HTTPError{404, "not found"}
	case 2:
		ce = DBError{"users"}
	case 3:
		return fmt.Errorf("fetch %d: %w", i, ErrTimeout)
	}
	return ce
}

func classify(err error) string {
	var ce CodedError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrTimeout):
		return "retry"
	case errors.As(err, &ce):
		return fmt.Sprintf("code %d", ce.Code())
	}
	return "unknown"
}

type multiWriter struct{ ws []io.Writer }

func (m *multiWriter) Write(p []byte) (int, error) {
	for _, w := range m.ws {
		w.Write(p)
	}
	return len(p), nil
}

type Sink interface {
	io.Writer
	Lines() []string
}

type lineSink struct{ sb strings.Builder }

func (s *lineSink) Write(p []byte) (int, error) { return s.sb.Write(p) }
func (s *lineSink) Lines() []string             { return strings.Split(strings.TrimSpace(s.sb.String()), "\n") }

func main() {
	var errs []error
	for i := 0; i < 8; i++ {
		err := fetch(i)
		fmt.Printf("%d: %-22v %-10s %T\n", i, err, classify(err), err)
		if err != nil {
			errs = append(errs, err)
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	fmt.Println(errs)
	joined := errors.Join(errs...)
	fmt.Println(strings.Count(joined.Error(), "\n"), errors.Is(joined, ErrTimeout))
	var ce CodedError = &HTTPError{418, "teapot"}
	wrapped := fmt.Errorf("outer: %w", ce)
	var he *HTTPError
	fmt.Println(wrapped, errors.As(wrapped, &he), he.Status, errors.Unwrap(wrapped) != nil)
	var s1, s2 Sink = &lineSink{}, &lineSink{}
	mw := &multiWriter{[]io.Writer{s1, s2}}
	fmt.Fprintf(mw, "hello %d\n", 1)
	fmt.Fprintln(mw, "world")
	io.WriteString(s1, "only one\n")
	fmt.Println(s1.Lines(), len(s2.Lines()))
}
