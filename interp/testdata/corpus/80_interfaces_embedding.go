package main

import (
	"fmt"
	"sort"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type ByLen []string

func (s ByLen) Len() int           { return len(s) }
func (s ByLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s ByLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("first")
	rw.Write("second")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")

	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Stable(ByLen(words))
	fmt.Println(words)
	var i sort.Interface = ByLen(words)
	fmt.Println(i.Len())
}
