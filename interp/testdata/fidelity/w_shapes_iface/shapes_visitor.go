package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Accept(v Visitor)
}

type Visitor interface {
	VisitGroup(g *Group)
	VisitBox(b Box)
	VisitText(t Text)
}

type Box struct {
	W, H int
}

type Text struct {
	Body string
	Size int
}

type Group struct {
	Name     string
	Children []Node
}

func (b Box) Accept(v Visitor)    { v.VisitBox(b) }
func (t Text) Accept(v Visitor)   { v.VisitText(t) }
func (g *Group) Accept(v Visitor) { v.VisitGroup(g) }

type printer struct {
	sb    strings.Builder
	depth int
}

func (p *printer) line(format string, args ...any) {
	p.sb.WriteString(strings.Repeat("  ", p.depth))
	fmt.Fprintf(&p.sb, format, args...)
	p.sb.WriteByte('\n')
}

func (p *printer) VisitGroup(g *Group) {
	p.line("group %q (%d)", g.Name, len(g.Children))
	p.depth++
	for _, c := range g.Children {
		c.Accept(p)
	}
	p.depth--
}
func (p *printer) VisitBox(b Box)   { p.line("box %dx%d", b.W, b.H) }
func (p *printer) VisitText(t Text) { p.line("text %q size=%d", t.Body, t.Size) }

type stats struct {
	boxes, texts, groups int
	area                 int
	chars                int
}

func (s *stats) VisitGroup(g *Group) {
	s.groups++
	for _, c := range g.Children {
		c.Accept(s)
	}
}
func (s *stats) VisitBox(b Box)   { s.boxes++; s.area += b.W * b.H }
func (s *stats) VisitText(t Text) { s.texts++; s.chars += len(t.Body) }

func main() {
	doc := &Group{Name: "page", Children: []Node{
		Text{"Title", 24},
		&Group{Name: "row", Children: []Node{Box{10, 5}, Box{3, 3}, Text{"caption", 10}}},
		&Group{Name: "empty"},
		Box{W: 1, H: 100},
	}}
	p := &printer{}
	doc.Accept(p)
	fmt.Print(p.sb.String())
	var s stats
	doc.Accept(&s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%v\n", doc.Children[0])
	fmt.Printf("%+v\n", doc.Children[1].(*Group).Children)
	fmt.Printf("%T %T\n", doc.Children[3], doc.Children[2])
}
