package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	p := "/home/user/projects/gopad/main.go"
	fmt.Println(filepath.Base(p), filepath.Dir(p), filepath.Ext(p))
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Clean("/a/./b//c/.."))
	fmt.Println(filepath.Split(p))

	m, _ := filepath.Match("*.go", "main.go")
	m2, _ := filepath.Match("a/[b-d]?", "a/cx")
	fmt.Println(m, m2)

	rel, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(rel, err)
	fmt.Println(path.Join("x", "y"), path.IsAbs("/z"), filepath.IsAbs("rel"))
	fmt.Println(filepath.SplitList("/bin:/usr/bin"))
}
