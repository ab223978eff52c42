package main

import (
	"fmt"
	"html"
	"sort"
	"strings"
)

type Element struct {
	Tag      string
	Attrs    map[string]string
	Children []Renderable
}

type Text string

type Renderable interface {
	Render(b *strings.Builder, indent int)
}

func (t Text) Render(b *strings.Builder, indent int) {
	b.WriteString(strings.Repeat("  ", indent) + html.EscapeString(string(t)) + "\n")
}

func (e *Element) Render(b *strings.Builder, indent int) {
	pad := strings.Repeat("  ", indent)
	b.WriteString(pad + "<" + e.Tag)
	keys := make([]string, 0, len(e.Attrs))
	for k := range e.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(b, " %s=%q", k, e.Attrs[k])
	}
	if len(e.Children) == 0 {
		b.WriteString("/>\n")
		return
	}
	b.WriteString(">\n")
	for _, c := range e.Children {
		c.Render(b, indent+1)
	}
	b.WriteString(pad + "</" + e.Tag + ">\n")
}

func El(tag string, attrs map[string]string, kids ...Renderable) *Element {
	return &Element{tag, attrs, kids}
}

func main() {
	page := El("ul", map[string]string{"class": "list", "id": "main"},
		El("li", nil, Text("Fish & Chips")),
		El("li", map[string]string{"data-x": "1"}, Text(`<script>"x"</script>`)),
		El("br", nil),
	)

	var b strings.Builder
	page.Render(&b, 0)
	fmt.Print(b.String())

	fmt.Println(strings.Count(b.String(), "\n"), "lines")
}
