package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
)

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	_, err := u.w.Write(bytes.ToUpper(p))
	return len(p), err
}

type prefixWriter struct {
	w      io.Writer
	prefix string
	atBOL  bool
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	for _, c := range b {
		if p.atBOL {
			io.WriteString(p.w, p.prefix)
		}
		p.w.Write([]byte{c})
		p.atBOL = c == '\n'
	}
	return len(b), nil
}

func main() {
	var out bytes.Buffer
	h := sha256.New()
	counter := &countingWriter{w: &out}
	chain := io.MultiWriter(upperWriter{&prefixWriter{w: counter, prefix: "> ", atBOL: true}}, h)

	src := strings.NewReader("first line\nsecond line\nthird")
	n, err := io.Copy(chain, src)
	fmt.Println(n, err)

	fmt.Println(out.String())
	fmt.Println("bytes written downstream:", counter.n)
	fmt.Printf("sha256: %x\n", h.Sum(nil)[:8])

	lr := io.LimitReader(strings.NewReader("abcdefghij"), 4)
	b, _ := io.ReadAll(io.TeeReader(lr, upperWriter{&out}))
	fmt.Println(string(b), out.Len())
}
