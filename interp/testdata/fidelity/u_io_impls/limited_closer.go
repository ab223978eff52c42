package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// File is a fake file that records whether it was closed.
type File struct {
	name   string
	data   *strings.Reader
	closed bool
}

func Open(name, content string) *File {
	return &File{name: name, data: strings.NewReader(content)}
}

func (f *File) Read(p []byte) (int, error) {
	if f.closed {
		return 0, fmt.Errorf("read %s: %w", f.name, ErrClosed)
	}
	return f.data.Read(p)
}

func (f *File) Close() error {
	if f.closed {
		return fmt.Errorf("close %s: %w", f.name, ErrClosed)
	}
	f.closed = true
	fmt.Println("closed", f.name)
	return nil
}

func (f *File) String() string {
	state := "open"
	if f.closed {
		state = "closed"
	}
	return fmt.Sprintf("File(%s, %s)", f.name, state)
}

var ErrClosed = errors.New("file already closed")

// multiCloser closes all of its closers and joins the errors.
type multiCloser []io.Closer

func (m multiCloser) Close() error {
	var errs []error
	for _, c := range m {
		if err := c.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func readAll(rc io.ReadCloser) (string, error) {
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, 12))
	return string(b), err
}

func main() {
	a := Open("a.txt", "alpha beta gamma delta")
	b := Open("b.txt", "short")
	c := Open("c.txt", "")

	for _, f := range []*File{a, b, c} {
		s, err := readAll(f)
		fmt.Printf("%v -> %q err=%v\n", f, s, err)
	}

	_, err := a.Read(make([]byte, 4))
	fmt.Println("after close:", err, errors.Is(err, ErrClosed))

	var closers multiCloser
	closers = append(closers, a, Open("d.txt", "x"), b)
	err = closers.Close()
	fmt.Println("joined error:")
	fmt.Println(err)
	fmt.Println("is ErrClosed:", errors.Is(err, ErrClosed))

	var rc io.ReadCloser = Open("e.txt", "one two three")
	if s, ok := rc.(fmt.Stringer); ok {
		fmt.Println("stringer:", s)
	}
	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 8)
	buf := make([]byte, 3)
	for {
		n, err := sr.Read(buf)
		if n > 0 {
			fmt.Printf("section %s\n", buf[:n])
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Printf("%s %v\n", rc, rc)
	rc.Close()
	fmt.Printf("%s\n", rc)
}
