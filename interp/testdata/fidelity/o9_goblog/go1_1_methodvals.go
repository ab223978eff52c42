// Source: github.com/golang/website, _content/talks/2013/go1.1/methodvals.go (BSD-3-Clause License, Copyright The Go Authors),
// kept as written; the harvest's build-tag line left out.

package main

import "os"

func main() {
	var w func([]byte) (int, error)
	w = os.Stdout.Write
	w([]byte("hello!\n"))
}
