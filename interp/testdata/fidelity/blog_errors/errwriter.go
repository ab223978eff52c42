package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// errWriter is the pattern from "Errors are values": the first error sticks
// and every later write becomes a no-op.
type errWriter struct {
	w   io.Writer
	n   int
	err error
}

func (ew *errWriter) write(buf []byte) {
	if ew.err != nil {
		return
	}
	var n int
	n, ew.err = ew.w.Write(buf)
	ew.n += n
}

func (ew *errWriter) printf(format string, args ...any) {
	ew.write([]byte(fmt.Sprintf(format, args...)))
}

// limitedWriter fails after limit bytes.
type limitedWriter struct {
	buf   bytes.Buffer
	limit int
}

var errFull = errors.New("writer is full")

func (l *limitedWriter) Write(p []byte) (int, error) {
	room := l.limit - l.buf.Len()
	if room <= 0 {
		return 0, errFull
	}
	if len(p) > room {
		l.buf.Write(p[:room])
		return room, errFull
	}
	return l.buf.Write(p)
}

func writeReport(w io.Writer, items []string) (int, error) {
	ew := &errWriter{w: w}
	ew.printf("REPORT\n")
	for i, it := range items {
		ew.printf("%2d. %s\n", i+1, it)
	}
	ew.write([]byte("END\n"))
	if ew.err != nil {
		return ew.n, fmt.Errorf("write report: %w", ew.err)
	}
	return ew.n, nil
}

func main() {
	items := []string{"apples", "bread", "cheese", "dates"}

	var full bytes.Buffer
	n, err := writeReport(&full, items)
	fmt.Printf("wrote %d bytes, err=%v\n", n, err)
	fmt.Print(full.String())

	for _, limit := range []int{10, 25, 60} {
		lw := &limitedWriter{limit: limit}
		n, err := writeReport(lw, items)
		fmt.Printf("limit %d: wrote %d, err=%v, full=%t\n", limit, n, err, errors.Is(err, errFull))
		fmt.Printf("  got %q\n", lw.buf.String())
	}
}
