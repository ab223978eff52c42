package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Pt struct{ X, Y int }

func (p Pt) Read(b []byte) (int, error) { return 0, io.EOF }

type holder struct {
	P Pt
	N int
}

func (h holder) Write(b []byte) (int, error) { return len(b), nil }

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type rev struct {
	items []int
	name  string
}

func (r rev) Len() int           { return len(r.items) }
func (r rev) Less(i, j int) bool { return r.items[i] > r.items[j] }
func (r rev) Swap(i, j int)      { r.items[i], r.items[j] = r.items[j], r.items[i] }

func main() {
	var r io.Reader = Pt{1, 2}
	fmt.Println(r)
	fmt.Printf("%v %+v\n", r, r)
	var w io.Writer = holder{Pt{1, 2}, 3}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	var s sort.Interface = rev{[]int{3, 1, 2}, "r"}
	sort.Sort(s)
	fmt.Println(s)
	fmt.Printf("%+v\n", s)
	rs := []io.Reader{Pt{3, 4}, strings.NewReader("x")}
	fmt.Println(len(rs), rs[0])
	m := map[string]io.Writer{"h": holder{Pt{5, 6}, 7}}
	fmt.Println(m)
}
