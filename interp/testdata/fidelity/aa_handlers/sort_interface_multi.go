package main

import (
	"fmt"
	"sort"
	"strings"
)

type File struct {
	Name string
	Size int64
	Dir  bool
	Ext  string
}

type lessFunc func(a, b *File) int

type multiSorter struct {
	files []File
	less  []lessFunc
}

func (ms *multiSorter) Len() int      { return len(ms.files) }
func (ms *multiSorter) Swap(i, j int) { ms.files[i], ms.files[j] = ms.files[j], ms.files[i] }
func (ms *multiSorter) Less(i, j int) bool {
	a, b := &ms.files[i], &ms.files[j]
	for _, l := range ms.less {
		if c := l(a, b); c != 0 {
			return c < 0
		}
	}
	return false
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }
func (ms *multiSorter) Sort(files []File) {
	ms.files = files
	sort.Sort(ms)
}

func dirsFirst(a, b *File) int {
	switch {
	case a.Dir == b.Dir:
		return 0
	case a.Dir:
		return -1
	}
	return 1
}

func byExt(a, b *File) int  { return strings.Compare(a.Ext, b.Ext) }
func byName(a, b *File) int { return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) }
func bySizeDesc(a, b *File) int {
	switch {
	case a.Size > b.Size:
		return -1
	case a.Size < b.Size:
		return 1
	}
	return 0
}

func human(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%dB", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f%cB", float64(n)/float64(div), "KMGT"[exp])
}

func main() {
	files := []File{
		{"README.md", 2048, false, ".md"}, {"src", 0, true, ""}, {"main.go", 15360, false, ".go"},
		{"Makefile", 512, false, ""}, {"docs", 0, true, ""}, {"util.go", 15360, false, ".go"},
		{"big.bin", 5 << 30, false, ".bin"}, {"notes.md", 100, false, ".md"},
	}
	for _, order := range []struct {
		name string
		by   []lessFunc
	}{
		{"dirs, name", []lessFunc{dirsFirst, byName}},
		{"ext, size desc, name", []lessFunc{byExt, bySizeDesc, byName}},
		{"size desc", []lessFunc{bySizeDesc}},
	} {
		OrderedBy(order.by...).Sort(files)
		var parts []string
		for _, f := range files {
			n := f.Name
			if f.Dir {
				n += "/"
			} else {
				n += "(" + human(f.Size) + ")"
			}
			parts = append(parts, n)
		}
		fmt.Printf("%-22s %s\n", order.name+":", strings.Join(parts, " "))
	}
}
