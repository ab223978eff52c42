package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// From "Errors are values": the errWriter and Scanner patterns.

type errWriter struct {
	w   io.Writer
	err error
}

func (ew *errWriter) write(buf []byte) {
	if ew.err != nil {
		return
	}
	_, ew.err = ew.w.Write(buf)
}

type limitedWriter struct {
	buf   bytes.Buffer
	limit int
}

var ErrFull = errors.New("writer full")

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.buf.Len()+len(p) > l.limit {
		return 0, ErrFull
	}
	return l.buf.Write(p)
}

type Writer struct {
	w     io.Writer
	err   error
	count int
}

func (b *Writer) Write(p []byte) {
	if b.err != nil {
		return
	}
	var n int
	n, b.err = b.w.Write(p)
	b.count += n
}

func (b *Writer) Flush() error { return b.err }

type token struct{ text string }

type Scanner struct {
	toks []string
	pos  int
	err  error
}

func (s *Scanner) Scan() bool {
	if s.err != nil || s.pos >= len(s.toks) {
		return false
	}
	if s.toks[s.pos] == "BAD" {
		s.err = fmt.Errorf("scanner: bad token at %d", s.pos)
		return false
	}
	s.pos++
	return true
}

func (s *Scanner) Token() token { return token{s.toks[s.pos-1]} }
func (s *Scanner) Err() error   { return s.err }

func main() {
	lw := &limitedWriter{limit: 12}
	ew := &errWriter{w: lw}
	for _, part := range []string{"hello ", "world", "!", "overflow", "more"} {
		ew.write([]byte(part))
	}
	fmt.Printf("wrote %q, err=%v, full=%t\n", lw.buf.String(), ew.err, errors.Is(ew.err, ErrFull))

	var out bytes.Buffer
	b := &Writer{w: &out}
	b.Write([]byte("a"))
	b.Write([]byte("bc"))
	b.Write([]byte("def"))
	if err := b.Flush(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(out.String(), b.count)

	for _, input := range [][]string{{"x", "y", "z"}, {"x", "BAD", "z"}, nil} {
		s := &Scanner{toks: input}
		var got []string
		for s.Scan() {
			got = append(got, s.Token().text)
		}
		if err := s.Err(); err != nil {
			fmt.Println("error:", err, got)
			continue
		}
		fmt.Println("tokens:", got, len(got))
	}
	var e error
	fmt.Printf("%v %T %t\n", e, e, e == nil)
	e = ErrFull
	fmt.Printf("%v %T %q\n", e, e, e)
}
