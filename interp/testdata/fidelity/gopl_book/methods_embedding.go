// Embedding and method promotion in the style of gopl.io/ch6, plus an
// interface satisfaction check in the style of ch7 (io.Writer ByteCounter).
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type WordCounter struct {
	words, lines int
}

func (w *WordCounter) Write(p []byte) (int, error) {
	w.words += len(strings.Fields(string(p)))
	w.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

func (w WordCounter) String() string { return fmt.Sprintf("%d words, %d lines", w.words, w.lines) }

type countingWriter struct {
	w     io.Writer
	count *int64
}

func (c countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	*c.count += int64(n)
	return n, err
}

func CountingWriter(w io.Writer) (io.Writer, *int64) {
	var n int64
	return countingWriter{w, &n}, &n
}

type Logger struct {
	prefix string
	io.Writer
}

func (l Logger) Log(format string, args ...interface{}) {
	fmt.Fprintf(l, l.prefix+format+"\n", args...)
}

type Animal struct{ Name string }

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks (" + d.Animal.Speak() + ")" }

func main() {
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Println(c)
	c = 0
	var name = "Dolly"
	fmt.Fprintf(&c, "hello, %s", name)
	fmt.Println(c)

	var wc WordCounter
	fmt.Fprintf(&wc, "one two three\nfour five\n")
	fmt.Println(wc, &wc)

	var buf bytes.Buffer
	w, n := CountingWriter(&buf)
	fmt.Fprint(w, "abc")
	fmt.Fprint(w, "defgh")
	fmt.Println(*n, buf.String())

	var sb strings.Builder
	l := Logger{"[app] ", &sb}
	l.Log("started %d workers", 4)
	l.Log("done")
	fmt.Print(sb.String())

	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Speak())
	var sp interface{ Speak() string } = d
	fmt.Println(sp.Speak())
	sp = d.Animal
	fmt.Println(sp.Speak())
	var _ io.Writer = (*ByteCounter)(nil)
	var iw io.Writer = &wc
	_, isStringer := iw.(fmt.Stringer)
	fmt.Println(isStringer)
	fmt.Printf("%v %+v\n", d, d)
}
