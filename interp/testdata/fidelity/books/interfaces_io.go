package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type CountingWriter struct {
	W     io.Writer
	Bytes int
	Lines int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.W.Write(p)
	c.Bytes += n
	c.Lines += bytes.Count(p[:n], []byte("\n"))
	return n, err
}

type LimitedUpper struct {
	src  io.Reader
	left int
}

func (l *LimitedUpper) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, io.EOF
	}
	if len(p) > l.left {
		p = p[:l.left]
	}
	n, err := l.src.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	l.left -= n
	return n, err
}

func wordFreq(r io.Reader) map[string]int {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	out := map[string]int{}
	for sc.Scan() {
		w := strings.TrimFunc(strings.ToLower(sc.Text()), func(r rune) bool { return !unicode.IsLetter(r) })
		if w != "" {
			out[w]++
		}
	}
	return out
}

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	r := rot13Reader{s}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, r)
	fmt.Println(buf.String(), n, err)

	var sb strings.Builder
	cw := &CountingWriter{W: &sb}
	fmt.Fprintf(cw, "line one\nline two\n")
	io.WriteString(cw, "partial")
	fmt.Fprintln(cw, " end")
	fmt.Printf("%q bytes=%d lines=%d\n", sb.String(), cw.Bytes, cw.Lines)

	lu := &LimitedUpper{src: strings.NewReader("hello world, this is long"), left: 11}
	data, _ := io.ReadAll(lu)
	fmt.Printf("%s|\n", data)

	mr := io.MultiReader(strings.NewReader("one two "), strings.NewReader("two three three"))
	var tee bytes.Buffer
	freq := wordFreq(io.TeeReader(mr, &tee))
	fmt.Println(freq["one"], freq["two"], freq["three"], tee.Len())

	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(w, "msg %d\n", i)
		}
		w.Flush()
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	lr := io.LimitReader(strings.NewReader("abcdefgh"), 3)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	var w io.Writer = cw
	if _, ok := w.(io.StringWriter); !ok {
		fmt.Println("CountingWriter has no WriteString")
	}
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec := make([]byte, 10)
	k, err := sr.Read(sec)
	fmt.Println(string(sec[:k]), k, err)
}
