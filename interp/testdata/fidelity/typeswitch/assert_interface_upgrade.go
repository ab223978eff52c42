package main

import (
	"fmt"
	"io"
	"strings"
)

type named interface{ Name() string }

type file struct {
	*strings.Reader
	name string
}

func (f file) Name() string { return f.name }
func (f file) Close() error { fmt.Println("close", f.name); return nil }

func process(r io.Reader) {
	if n, ok := r.(named); ok {
		fmt.Println("reading", n.Name())
	}
	data, _ := io.ReadAll(r)
	fmt.Printf("%d bytes\n", len(data))
	if c, ok := r.(io.Closer); ok {
		c.Close()
	}
	if _, ok := r.(io.Seeker); ok {
		fmt.Println("seekable")
	}
}

func main() {
	process(file{strings.NewReader("hello"), "greeting.txt"})
	process(strings.NewReader("plain"))
}
