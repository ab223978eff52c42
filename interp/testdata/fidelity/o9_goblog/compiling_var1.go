// Source: github.com/golang/website, _content/talks/2014/compiling/var1.go (BSD-3-Clause License, Copyright The Go Authors),
// kept as written; the harvest's build-tag line left out.

package main

import (
	"fmt"
	"os"
)

// 1 START OMIT
var V = struct {
	name string
	os.FileMode
}{
	name: "hello.go",
}

func main() {
	fmt.Println(V)
}

// 1 END OMIT
