package main

import (
	"fmt"
	"strings"
)

type Node interface{ Accept(v Visitor) }

type Visitor interface {
	VisitText(t Text)
	VisitBold(b Bold)
	VisitList(l List)
}

type Text string
type Bold string
type List []Node

func (t Text) Accept(v Visitor) { v.VisitText(t) }
func (b Bold) Accept(v Visitor) { v.VisitBold(b) }
func (l List) Accept(v Visitor) { v.VisitList(l) }

type htmlRenderer struct{ sb strings.Builder }

func (h *htmlRenderer) VisitText(t Text) { h.sb.WriteString(string(t)) }
func (h *htmlRenderer) VisitBold(b Bold) { h.sb.WriteString("<b>" + string(b) + "</b>") }
func (h *htmlRenderer) VisitList(l List) {
	h.sb.WriteString("<ul>")
	for _, n := range l {
		h.sb.WriteString("<li>")
		n.Accept(h)
		h.sb.WriteString("</li>")
	}
	h.sb.WriteString("</ul>")
}

type counter struct{ texts, bolds, lists int }

func (c *counter) VisitText(Text) { c.texts++ }
func (c *counter) VisitBold(Bold) { c.bolds++ }
func (c *counter) VisitList(l List) {
	c.lists++
	for _, n := range l {
		n.Accept(c)
	}
}

func plain(n Node) string {
	switch x := n.(type) {
	case Text:
		return string(x)
	case Bold:
		return strings.ToUpper(string(x))
	case List:
		parts := []string{}
		for _, c := range x {
			parts = append(parts, plain(c))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return "?"
}

func main() {
	doc := List{Text("intro"), Bold("warning"), List{Text("a"), Bold("b")}, Text("end")}
	h := &htmlRenderer{}
	doc.Accept(h)
	fmt.Println(h.sb.String())
	c := &counter{}
	doc.Accept(c)
	fmt.Printf("%+v\n", *c)
	fmt.Println(plain(doc))
	for _, n := range doc {
		fmt.Printf("%T:%v ", n, n)
	}
	fmt.Println()
	var n Node = Bold("x")
	_, isText := n.(Text)
	b, isBold := n.(Bold)
	fmt.Println(isText, isBold, b, n == Node(Text("x")), n == Node(Bold("x")))
}
