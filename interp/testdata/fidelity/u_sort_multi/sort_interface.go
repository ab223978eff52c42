package main

import (
	"fmt"
	"sort"
	"strings"
)

type File struct {
	Path string
	Size int64
	Ext  string
}

type Files []File

func (f Files) Len() int      { return len(f) }
func (f Files) Swap(i, j int) { f[i], f[j] = f[j], f[i] }

// BySize embeds Files and overrides Less.
type BySize struct{ Files }

func (s BySize) Less(i, j int) bool { return s.Files[i].Size < s.Files[j].Size }

type ByExtThenPath struct{ Files }

func (s ByExtThenPath) Less(i, j int) bool {
	a, b := s.Files[i], s.Files[j]
	if a.Ext != b.Ext {
		return a.Ext < b.Ext
	}
	return a.Path < b.Path
}

// multiSorter sorts with a list of less functions, like the sort package example.
type lessFunc func(a, b *File) bool

type multiSorter struct {
	files []File
	less  []lessFunc
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(files []File) {
	ms.files = files
	sort.Sort(ms)
}
func (ms *multiSorter) Len() int      { return len(ms.files) }
func (ms *multiSorter) Swap(i, j int) { ms.files[i], ms.files[j] = ms.files[j], ms.files[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.files[i], &ms.files[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		less := ms.less[k]
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

func show(title string, fs Files) {
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("%s(%d)", f.Path, f.Size))
	}
	fmt.Printf("%-10s %s\n", title+":", strings.Join(parts, " "))
}

func main() {
	files := Files{
		{"main.go", 1200, "go"}, {"README.md", 300, "md"}, {"util.go", 300, "go"},
		{"a.txt", 10, "txt"}, {"notes.md", 1200, "md"}, {"b.txt", 10, "txt"},
		{"x_test.go", 980, "go"},
	}
	sort.Sort(BySize{files})
	show("size", files)
	sort.Sort(sort.Reverse(BySize{files}))
	show("size desc", files)
	sort.Sort(ByExtThenPath{files})
	show("ext,path", files)
	fmt.Println("sorted by ext?", sort.IsSorted(ByExtThenPath{files}))

	size := func(a, b *File) bool { return a.Size < b.Size }
	path := func(a, b *File) bool { return a.Path < b.Path }
	ext := func(a, b *File) bool { return a.Ext < b.Ext }
	decreasingSize := func(a, b *File) bool { return a.Size > b.Size }

	OrderedBy(decreasingSize, ext, path).Sort(files)
	show("-size,ext", files)
	OrderedBy(ext, size).Sort(files)
	show("ext,size", files)

	sizes := make([]int, len(files))
	for i, f := range files {
		sizes[i] = int(f.Size)
	}
	sort.Ints(sizes)
	fmt.Println(sizes, sort.SearchInts(sizes, 300), sort.SearchInts(sizes, 301))
	i := sort.Search(len(sizes), func(i int) bool { return sizes[i] >= 1000 })
	fmt.Println("first >= 1000 at", i)
	names := []string{"delta", "Alpha", "charlie", "bravo"}
	sort.Strings(names)
	fmt.Println(names)
	sort.Slice(names, func(i, j int) bool { return strings.ToLower(names[i]) < strings.ToLower(names[j]) })
	fmt.Println(names)
	fl := sort.Float64Slice{2.5, -1, 3.25, 0}
	fl.Sort()
	fmt.Println(fl, fl.Search(2.5))
}
