package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Accept(v Visitor)
}

type Visitor interface {
	VisitFile(*File)
	VisitDir(*Dir)
}

type File struct {
	Name string
	Size int
}

type Dir struct {
	Name     string
	Children []Node
}

func (f *File) Accept(v Visitor) { v.VisitFile(f) }
func (d *Dir) Accept(v Visitor)  { v.VisitDir(d) }

type sizer struct{ total int }

func (s *sizer) VisitFile(f *File) { s.total += f.Size }
func (s *sizer) VisitDir(d *Dir) {
	for _, c := range d.Children {
		c.Accept(s)
	}
}

type printer struct {
	depth int
	b     strings.Builder
}

func (p *printer) VisitFile(f *File) {
	fmt.Fprintf(&p.b, "%s%s (%d)\n", strings.Repeat("  ", p.depth), f.Name, f.Size)
}

func (p *printer) VisitDir(d *Dir) {
	fmt.Fprintf(&p.b, "%s%s/\n", strings.Repeat("  ", p.depth), d.Name)
	p.depth++
	for _, c := range d.Children {
		c.Accept(p)
	}
	p.depth--
}

type finder struct {
	pred  func(*File) bool
	found []string
	path  []string
}

func (f *finder) VisitFile(x *File) {
	if f.pred(x) {
		f.found = append(f.found, strings.Join(append(f.path, x.Name), "/"))
	}
}

func (f *finder) VisitDir(d *Dir) {
	f.path = append(f.path, d.Name)
	for _, c := range d.Children {
		c.Accept(f)
	}
	f.path = f.path[:len(f.path)-1]
}

func main() {
	root := &Dir{"root", []Node{
		&File{"a.txt", 120},
		&Dir{"src", []Node{&File{"main.go", 900}, &File{"util.go", 300}, &Dir{"empty", nil}}},
		&Dir{"docs", []Node{&File{"readme.md", 50}}},
	}}
	s := &sizer{}
	root.Accept(s)
	fmt.Println("total", s.total)
	p := &printer{}
	root.Accept(p)
	fmt.Print(p.b.String())
	f := &finder{pred: func(x *File) bool { return strings.HasSuffix(x.Name, ".go") || x.Size < 100 }}
	root.Accept(f)
	fmt.Println(f.found, len(f.path))
	var visitors = map[string]Visitor{"size": &sizer{}, "print": &printer{}}
	for _, k := range []string{"size", "print"} {
		root.Children[1].Accept(visitors[k])
	}
	fmt.Println(visitors["size"].(*sizer).total, strings.Count(visitors["print"].(*printer).b.String(), "\n"))
	sub := root.Children[1].(*Dir)
	fmt.Println(sub.Name, len(sub.Children), *sub.Children[0].(*File))
}
