package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
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

func main() {
	io.Copy(os.Stdout, rot13{strings.NewReader("Lbh penpxrq gur pbqr!\n")})
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))

	tee := io.TeeReader(strings.NewReader("tee"), os.Stdout)
	io.ReadAll(tee)
	fmt.Println()

	sr := io.NewSectionReader(strings.NewReader("hello world"), 6, 5)
	s, _ := io.ReadAll(sr)
	fmt.Println(string(s))

	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	got, _ := io.ReadAll(pr)
	fmt.Println(string(got))
}
