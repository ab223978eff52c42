package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

// rot13Reader wraps another reader and rotates letters by 13.
type rot13Reader struct {
	r io.Reader
}

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
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

// countingWriter counts bytes and lines written through it.
type countingWriter struct {
	w     io.Writer
	bytes int
	lines int
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	n, err := cw.w.Write(p)
	cw.bytes += n
	cw.lines += bytes.Count(p[:n], []byte{'\n'})
	return n, err
}

// upperWriter upper-cases everything before passing it on.
type upperWriter struct{ dst io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	q := bytes.Map(unicode.ToUpper, p)
	_, err := u.dst.Write(q)
	return len(p), err
}

func main() {
	src := "Uryyb, Tbcure!\nJr ner ernqvat ebg13.\nGuvf vf gur ynfg yvar.\n"
	r := rot13Reader{strings.NewReader(src)}

	var buf bytes.Buffer
	cw := &countingWriter{w: &buf}
	n, err := io.Copy(cw, r)
	fmt.Println("copied", n, "err", err)
	fmt.Printf("counted bytes=%d lines=%d\n", cw.bytes, cw.lines)
	fmt.Print(buf.String())

	// Scan the decoded text line by line and number the lines.
	sc := bufio.NewScanner(strings.NewReader(buf.String()))
	i := 0
	for sc.Scan() {
		i++
		fmt.Printf("%2d| %s\n", i, sc.Text())
	}

	// Tee the decoded text to stdout in upper case and into a second buffer.
	var copyBuf bytes.Buffer
	mw := io.MultiWriter(upperWriter{os.Stdout}, &copyBuf)
	bw := bufio.NewWriterSize(mw, 16)
	fmt.Fprintf(bw, "first: %q\n", strings.SplitN(buf.String(), "\n", 2)[0])
	bw.WriteString("words: ")
	for _, w := range strings.Fields(buf.String())[:4] {
		bw.WriteString(w)
		bw.WriteByte(' ')
	}
	bw.WriteString("\n")
	fmt.Println("buffered before flush:", bw.Buffered() > 0)
	if err := bw.Flush(); err != nil {
		fmt.Println("flush:", err)
	}
	fmt.Printf("copy has %d bytes, %d lines\n", copyBuf.Len(), strings.Count(copyBuf.String(), "\n"))

	// Read back in fixed chunks through io.ReadFull.
	rr := rot13Reader{strings.NewReader("nopqrstuvwxyz")}
	chunk := make([]byte, 5)
	for {
		k, err := io.ReadFull(rr, chunk)
		fmt.Printf("chunk %q k=%d err=%v\n", chunk[:k], k, err)
		if err != nil {
			break
		}
	}
}
