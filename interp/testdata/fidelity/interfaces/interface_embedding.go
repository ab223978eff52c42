package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type memFile struct{ data []string }

func (m *memFile) Read() string {
	if len(m.data) == 0 {
		return ""
	}
	s := m.data[0]
	m.data = m.data[1:]
	return s
}
func (m *memFile) Write(s string) { m.data = append(m.data, s) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	var rw ReadWriter = &memFile{}
	rw.Write("first")
	rw.Write("second")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")

	words := strings.Fields("banana kiwi apple fig")
	sort.Sort(byLen(words))
	fmt.Println(words)

	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
}
