package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r     io.Reader
	bytes int
	reads int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.bytes += n
	c.reads++
	return n, err
}

func main() {
	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "message %d\n", i)
		}
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("pipe got:", sc.Text())
	}

	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b, upperWriter{os.Stdout})
	fmt.Fprintln(mw, "written three ways")
	fmt.Println(a.String() == b.String(), a.Len())

	h := sha256.New()
	tee := io.TeeReader(strings.NewReader("tee reader content"), h)
	content, _ := io.ReadAll(tee)
	fmt.Printf("%s %x\n", content, h.Sum(nil)[:6])

	lr := io.LimitReader(strings.NewReader("0123456789abcdef"), 10)
	limited, _ := io.ReadAll(lr)
	fmt.Println(string(limited))

	sr := io.NewSectionReader(strings.NewReader("header|payload|trailer"), 7, 7)
	sec, _ := io.ReadAll(sr)
	fmt.Println(string(sec), sr.Size())

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), strings.NewReader("three"))
	cr := &countingReader{r: mr}
	all, _ := io.ReadAll(cr)
	fmt.Printf("%q bytes=%d\n", all, cr.bytes)

	var dst bytes.Buffer
	n, err := io.CopyN(&dst, strings.NewReader("short"), 10)
	fmt.Println(n, err, dst.String())

	buf := make([]byte, 4)
	n2, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n2, err)
	n3, err := io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(n3, err, string(buf[:n3]))

	var sb strings.Builder
	w := bufio.NewWriterSize(&sb, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(w, "line-%d;", i)
	}
	fmt.Println("before flush:", sb.Len(), "buffered:", w.Buffered())
	w.Flush()
	fmt.Println("after flush:", sb.Len(), sb.String())

	n4, _ := io.Copy(io.Discard, strings.NewReader(strings.Repeat("z", 12345)))
	fmt.Println("discarded", n4)

	rd := bufio.NewReader(strings.NewReader("alpha beta\ngamma"))
	word, _ := rd.ReadString(' ')
	peek, _ := rd.Peek(4)
	rest, _, _ := rd.ReadLine()
	last, err := rd.ReadString('\n')
	fmt.Printf("%q %q %q %q %v\n", word, peek, rest, last, err)

	var ws io.StringWriter = &sb
	ws.WriteString("!")
	fmt.Println(sb.String()[sb.Len()-3:])
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite)
	ow := io.NewOffsetWriter(nil, 0)
	fmt.Println(ow != nil)
}
