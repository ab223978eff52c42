package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

type Section struct {
	Title string
	Lines []string
}

type Report struct {
	buf      bytes.Buffer
	width    int
	sections int
}

func (r *Report) rule(ch byte) {
	r.buf.Write(bytes.Repeat([]byte{ch}, r.width))
	r.buf.WriteByte('\n')
}

func (r *Report) center(s string) {
	pad := (r.width - utf8.RuneCountInString(s)) / 2
	r.buf.WriteString(strings.Repeat(" ", max(pad, 0)))
	r.buf.WriteString(s)
	r.buf.WriteRune('\n')
}

func (r *Report) Add(s Section) *Report {
	r.sections++
	fmt.Fprintf(&r.buf, "%d. %s\n", r.sections, strings.ToUpper(s.Title))
	for i, l := range s.Lines {
		fmt.Fprintf(&r.buf, "   %c %s\n", 'a'+rune(i), l)
	}
	return r
}

func (r *Report) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(r.buf.Bytes())
	return int64(n), err
}

type countingWriter struct {
	w      io.Writer
	writes int
	bytes  int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	c.bytes += len(p)
	return c.w.Write(p)
}

func main() {
	r := &Report{width: 36}
	r.rule('=')
	r.center("Quarterly Summary — Q3")
	r.rule('=')
	r.Add(Section{"Highlights", []string{"Revenue up 12%", "Two new hires"}}).
		Add(Section{"Risks", []string{"Supplier delay", "FX exposure (€/$)", "Churn"}}).
		Add(Section{"Next steps", nil})
	r.rule('-')
	fmt.Println("buffer len:", r.buf.Len(), "runes:", utf8.RuneCount(r.buf.Bytes()))

	var out strings.Builder
	cw := &countingWriter{w: &out}
	n, err := r.WriteTo(cw)
	fmt.Print(out.String())
	fmt.Println(n, err, cw.writes, cw.bytes == out.Len())

	line, err := r.buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, r.buf.Len())
	rest := r.buf.Next(5)
	fmt.Printf("%q\n", rest)
	b, _ := r.buf.ReadByte()
	r.buf.UnreadByte()
	rn, size, _ := r.buf.ReadRune()
	fmt.Println(string(b), string(rn), size)
	fields := bytes.Fields([]byte("  alpha beta\tgamma \n"))
	fmt.Printf("%s %q %v\n", bytes.Join(fields, []byte("+")), bytes.Title([]byte("x")), bytes.Contains(r.buf.Bytes(), []byte("Risks")))
	var bb bytes.Buffer
	bb.Grow(64)
	fmt.Fprintf(&bb, "%05.1f|%x", 3.14159, "hi")
	bb.Truncate(5)
	fmt.Println(bb.String(), bb.Cap() >= 64)
}
