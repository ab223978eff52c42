package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"unicode"
)

type countingWriter struct {
	w     io.Writer
	n     int64
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

type upperWriter struct{ io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.Writer.Write(bytes.ToUpper(p))
}

type prefixWriter struct {
	w      io.Writer
	prefix string
	bol    bool
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	for i, c := range b {
		if p.bol {
			io.WriteString(p.w, p.prefix)
			p.bol = false
		}
		p.w.Write(b[i : i+1])
		if c == '\n' {
			p.bol = true
		}
	}
	return len(b), nil
}

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := rune(p[i])
		switch {
		case unicode.IsLower(c):
			p[i] = byte('a' + (c-'a'+13)%26)
		case unicode.IsUpper(c):
			p[i] = byte('A' + (c-'A'+13)%26)
		}
	}
	return n, err
}

func main() {
	var out bytes.Buffer
	cw := &countingWriter{w: &out}
	pw := &prefixWriter{w: cw, prefix: "> ", bol: true}
	w := upperWriter{pw}
	fmt.Fprintf(w, "hello %s\nsecond line %d\n", "world", 2)
	io.WriteString(w, "third\n")
	fmt.Print(out.String())
	fmt.Println(cw.n, cw.calls, out.Len())
	h := crc32.NewIEEE()
	mw := io.MultiWriter(h, cw)
	io.Copy(mw, rot13Reader{strings.NewReader("Uryyb, Tbcure!\n")})
	fmt.Printf("%q %08x %d\n", out.String()[out.Len()-15:], h.Sum32(), cw.n)
	tee := io.TeeReader(strings.NewReader("abc"), upperWriter{&out})
	b, _ := io.ReadAll(tee)
	fmt.Println(string(b), out.String()[out.Len()-3:])
	lr := io.LimitReader(rot13Reader{strings.NewReader("Gur dhvpx oebja sbk")}, 9)
	b, _ = io.ReadAll(lr)
	fmt.Printf("%s|%v|%x\n", b, b[:3], b)
	var sb strings.Builder
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	io.Copy(&sb, sec)
	fmt.Println(sb.String(), sec.Size())
}
