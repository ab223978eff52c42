package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type upperWriter struct {
	w io.Writer
}

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func main() {
	var buf bytes.Buffer
	w := upperWriter{&buf}
	fmt.Fprintf(w, "hello %s, %d\n", "gopher", 42)
	cr := &countingReader{r: strings.NewReader("some text to copy")}
	n, err := io.Copy(w, cr)
	fmt.Println(n, err, cr.n)
	fmt.Print(buf.String(), "\n")

	mw := io.MultiWriter(&buf, upperWriter{&buf})
	io.WriteString(mw, "ab")
	fmt.Println(buf.String()[buf.Len()-4:])
}
