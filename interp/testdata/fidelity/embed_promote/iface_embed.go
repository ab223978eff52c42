package main

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Reader interface{ Read() (string, bool) }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type memStore struct {
	data []string
	pos  int
}

func (m *memStore) Read() (string, bool) {
	if m.pos >= len(m.data) {
		return "", false
	}
	m.pos++
	return m.data[m.pos-1], true
}

func (m *memStore) Write(s string) { m.data = append(m.data, s) }

// upperWriter embeds an interface and overrides one method.
type upperWriter struct {
	ReadWriter
	writes int
}

func (u *upperWriter) Write(s string) {
	u.writes++
	u.ReadWriter.Write(strings.ToUpper(s))
}

// countingWriter wraps io.Writer by embedding it.
type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.n += n
	return n, err
}

// reverse sort via embedding sort.Interface.
type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func copyAll(dst Writer, src Reader) int {
	n := 0
	for {
		s, ok := src.Read()
		if !ok {
			return n
		}
		dst.Write(s)
		n++
	}
}

func main() {
	src := &memStore{data: []string{"alpha", "beta", "gamma"}}
	dst := &upperWriter{ReadWriter: &memStore{}}
	n := copyAll(dst, src)
	fmt.Println(n, dst.writes)
	for {
		s, ok := dst.Read()
		if !ok {
			break
		}
		fmt.Print(s, " ")
	}
	fmt.Println()
	var rw ReadWriter = dst
	rw.Write("delta")
	_, isW := rw.(Writer)
	fmt.Println(isW, dst.writes)

	var buf bytes.Buffer
	cw := &countingWriter{Writer: &buf}
	fmt.Fprintf(cw, "hello %s, ", "world")
	io.WriteString(cw, "bye")
	fmt.Println(cw.n, buf.String())

	words := byLen{"ccc", "a", "dddd", "bb"}
	sort.Sort(reverse{words})
	fmt.Println(words)
	sort.Sort(words)
	fmt.Println(words, sort.IsSorted(words), sort.IsSorted(reverse{words}))
}
