package main

import (
	"fmt"
	"io"
	"strings"
)

type Writer interface{ Write(p []byte) (int, error) }

type Upper struct{ sb strings.Builder }

func (u *Upper) Write(p []byte) (int, error) {
	return u.sb.WriteString(strings.ToUpper(string(p)))
}

var _ io.Writer = (*Upper)(nil)
var _ Writer = (*Upper)(nil)

type CountingReader struct {
	r io.Reader
	n int
}

func (c *CountingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func main() {
	u := &Upper{}
	fmt.Fprintf(u, "hello %s", "world")
	io.WriteString(u, "!")
	fmt.Println(u.sb.String())

	cr := &CountingReader{r: strings.NewReader("some text to count")}
	data, err := io.ReadAll(cr)
	fmt.Println(string(data), err, cr.n)

	var w io.Writer = u
	_, ok := w.(io.Reader)
	fmt.Println("writer is reader:", ok)
	_, ok = w.(Writer)
	fmt.Println("writer is Writer:", ok)
}
