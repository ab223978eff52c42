package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

// paasio: counting readers and writers.
type counter struct {
	mu    sync.Mutex
	bytes int64
	ops   int
}

func (c *counter) add(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.bytes += int64(n)
	c.ops++
}

func (c *counter) count() (int64, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes, c.ops
}

type ReadCounter interface {
	io.Reader
	ReadCount() (int64, int)
}

type readCounter struct {
	r io.Reader
	counter
}

func NewReadCounter(r io.Reader) ReadCounter { return &readCounter{r: r} }

func (rc *readCounter) Read(p []byte) (int, error) {
	n, err := rc.r.Read(p)
	rc.add(n)
	return n, err
}

func (rc *readCounter) ReadCount() (int64, int) { return rc.count() }

type writeCounter struct {
	w io.Writer
	counter
}

func (wc *writeCounter) Write(p []byte) (int, error) {
	n, err := wc.w.Write(p)
	wc.add(n)
	return n, err
}

// circular buffer
var ErrEmpty = errors.New("buffer empty")
var ErrFull = errors.New("buffer full")

type Buffer struct {
	data       []byte
	head, size int
}

func NewBuffer(n int) *Buffer { return &Buffer{data: make([]byte, n)} }

func (b *Buffer) ReadByte() (byte, error) {
	if b.size == 0 {
		return 0, ErrEmpty
	}
	c := b.data[b.head]
	b.head = (b.head + 1) % len(b.data)
	b.size--
	return c, nil
}

func (b *Buffer) WriteByte(c byte) error {
	if b.size == len(b.data) {
		return ErrFull
	}
	b.data[(b.head+b.size)%len(b.data)] = c
	b.size++
	return nil
}

func (b *Buffer) Overwrite(c byte) {
	if b.size < len(b.data) {
		b.WriteByte(c)
		return
	}
	b.data[b.head] = c
	b.head = (b.head + 1) % len(b.data)
}

// erratum
type FrobError struct {
	defrobTag string
	inner     error
}

func (e FrobError) Error() string { return e.inner.Error() }

type TransientError struct{ err error }

func (e TransientError) Error() string { return e.err.Error() }

type Resource interface {
	io.Closer
	Frob(string)
	Defrob(string)
}

type mockRes struct {
	log   *[]string
	fails int
}

func (m *mockRes) Close() error    { *m.log = append(*m.log, "close"); return nil }
func (m *mockRes) Defrob(t string) { *m.log = append(*m.log, "defrob "+t) }
func (m *mockRes) Frob(in string) {
	*m.log = append(*m.log, "frob "+in)
	switch in {
	case "frob-error":
		panic(FrobError{"tag1", errors.New("meh")})
	case "other":
		panic(errors.New("other panic"))
	}
}

func Use(opener func() (Resource, error), input string) (err error) {
	var r Resource
	for {
		r, err = opener()
		if err == nil {
			break
		}
		var te TransientError
		if !errors.As(err, &te) {
			return err
		}
	}
	defer r.Close()
	defer func() {
		if x := recover(); x != nil {
			if fe, ok := x.(FrobError); ok {
				r.Defrob(fe.defrobTag)
			}
			err = x.(error)
		}
	}()
	r.Frob(input)
	return nil
}

func main() {
	data := strings.Repeat("gopher ", 100)
	rc := NewReadCounter(strings.NewReader(data))
	var sink bytes.Buffer
	wc := &writeCounter{w: &sink}
	n, err := io.CopyBuffer(wc, rc, make([]byte, 64))
	rb, rops := rc.ReadCount()
	wb, wops := wc.count()
	fmt.Println(n, err, rb, rops, wb, wops, sink.Len())

	b := NewBuffer(3)
	for _, c := range []byte("abcd") {
		if err := b.WriteByte(c); err != nil {
			fmt.Println("write", string(c), err)
		}
	}
	b.Overwrite('X')
	b.Overwrite('Y')
	for {
		c, err := b.ReadByte()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("empty")
			break
		}
		fmt.Print(string(c), " ")
	}

	for _, in := range []string{"ok", "frob-error", "other"} {
		var log []string
		tries := 0
		opener := func() (Resource, error) {
			tries++
			if tries < 3 {
				return nil, TransientError{errors.New("busy")}
			}
			return &mockRes{log: &log}, nil
		}
		err := Use(opener, in)
		fmt.Printf("%-10s err=%v tries=%d log=%q\n", in, err, tries, log)
	}
	err = Use(func() (Resource, error) { return nil, errors.New("fatal") }, "x")
	fmt.Println(err)
}
