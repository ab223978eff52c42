package main

import "fmt"

// A small document model: every node is a value type held in an
// interface.
type Node interface{ Kind() string }

type Text struct{ S string }
type Para struct {
	Style string
	Body  Node
}
type Section struct {
	Title string
	First Node
	Rest  Node
}
type Empty struct{}

func (Text) Kind() string    { return "text" }
func (Para) Kind() string    { return "para" }
func (Section) Kind() string { return "section" }
func (Empty) Kind() string   { return "empty" }

func main() {
	doc := Section{"Intro",
		Para{"bold", Text{"hello"}},
		Section{"Sub", Para{"plain", Section{"Deep", Text{"x"}, Empty{}}}, Empty{}}}
	fmt.Printf("%v\n", doc)
	fmt.Printf("%+v\n", doc)
	var n Node = doc
	fmt.Println(n.Kind(), n)
}
