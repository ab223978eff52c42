// Interfaces built from smaller ones, a struct embedding an interface to
// decorate it, and type assertions to the wider interface.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() (string, error) }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type lines struct {
	data   []string
	pos    int
	closed bool
}

func (l *lines) Read() (string, error) {
	if l.closed {
		return "", errors.New("read on closed source")
	}
	if l.pos >= len(l.data) {
		return "", io.EOF
	}
	l.pos++
	return l.data[l.pos-1], nil
}

func (l *lines) Close() error { l.closed = true; return nil }

// upper decorates any Reader, keeping the rest of its methods.
type upper struct {
	ReadCloser
	count int
}

func (u *upper) Read() (string, error) {
	s, err := u.ReadCloser.Read()
	if err == nil {
		u.count++
	}
	return strings.ToUpper(s), err
}

type counting struct {
	Reader
	n int
}

func (c *counting) Read() (string, error) {
	c.n++
	return c.Reader.Read()
}

func drain(r Reader) []string {
	var out []string
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			out = append(out, "ERR:"+err.Error())
			break
		}
		out = append(out, s)
	}
	if c, ok := r.(Closer); ok {
		c.Close()
		out = append(out, "closed")
	}
	return out
}

func main() {
	src := &lines{data: []string{"alpha", "beta"}}
	u := &upper{ReadCloser: src}
	fmt.Println(drain(u), u.count, src.closed)

	c := &counting{Reader: &lines{data: []string{"x", "y", "z"}}}
	fmt.Println(drain(c), c.n)

	var rc ReadCloser = &upper{ReadCloser: &lines{data: []string{"q"}}}
	var asReader Reader = rc
	_, isCounting := asReader.(*counting)
	_, isUpper := rc.(*upper)
	fmt.Println(isCounting, isUpper)
	fmt.Println(drain(rc))
	fmt.Println(drain(rc))

	var r Reader = c
	if _, ok := r.(ReadCloser); !ok {
		fmt.Println("counting hides Close")
	}
	fmt.Printf("%T %T\n", r, rc)
}
