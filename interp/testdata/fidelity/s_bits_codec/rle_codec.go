package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

func rleEncode(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if n := j - i; n > 1 {
			sb.WriteString(strconv.Itoa(n))
		}
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

var ErrTrailingCount = errors.New("count without symbol")

func rleDecode(s string) (string, error) {
	var out bytes.Buffer
	r := bufio.NewReader(strings.NewReader(s))
	n := 0
	for {
		c, _, err := r.ReadRune()
		if err == io.EOF {
			break
		}
		if unicode.IsDigit(c) {
			n = n*10 + int(c-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		for range n {
			out.WriteRune(c)
		}
		n = 0
	}
	if n != 0 {
		return out.String(), fmt.Errorf("decode %q: %w", s, ErrTrailingCount)
	}
	return out.String(), nil
}

type countingWriter struct {
	w     io.Writer
	bytes int
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	n, err := c.w.Write(p)
	c.bytes += n
	return n, err
}

func main() {
	inputs := []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "héééllo", "", "x"}
	var buf bytes.Buffer
	cw := &countingWriter{w: &buf}
	bw := bufio.NewWriterSize(cw, 16)
	for _, in := range inputs {
		enc := rleEncode(in)
		dec, err := rleDecode(enc)
		fmt.Fprintf(bw, "%q -> %q ok=%t err=%v\n", in, enc, dec == in, err)
	}
	fmt.Println("before flush:", cw.calls > 0, buf.Len() > 0)
	bw.Flush()
	fmt.Print(buf.String())
	fmt.Println("bytes:", cw.bytes, "== buf:", cw.bytes == buf.Len())
	_, err := rleDecode("3a12")
	fmt.Println(err, errors.Is(err, ErrTrailingCount))
	d, _ := rleDecode("2€3ab")
	fmt.Println(d, len(d), strings.Count(d, "€"))
}
