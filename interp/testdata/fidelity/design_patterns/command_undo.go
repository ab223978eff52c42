package main

import (
	"fmt"
	"strings"
)

type Command interface {
	Execute(d *Document)
	Undo(d *Document)
	Describe() string
}

type Document struct {
	text []rune
}

func (d *Document) String() string { return string(d.text) }

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Execute(d *Document) {
	r := []rune(c.Text)
	d.text = append(d.text[:c.Pos], append(r, d.text[c.Pos:]...)...)
}
func (c Insert) Undo(d *Document) {
	n := len([]rune(c.Text))
	d.text = append(d.text[:c.Pos], d.text[c.Pos+n:]...)
}
func (c Insert) Describe() string { return fmt.Sprintf("insert %q at %d", c.Text, c.Pos) }

type Delete struct {
	Pos, N  int
	removed []rune
}

func (c *Delete) Execute(d *Document) {
	c.removed = append([]rune(nil), d.text[c.Pos:c.Pos+c.N]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.N:]...)
}
func (c *Delete) Undo(d *Document) {
	Insert{c.Pos, string(c.removed)}.Execute(d)
}
func (c *Delete) Describe() string {
	return fmt.Sprintf("delete %d at %d (%q)", c.N, c.Pos, string(c.removed))
}

type Upper struct{}

var upperSaved []string

func (Upper) Execute(d *Document) {
	upperSaved = append(upperSaved, string(d.text))
	d.text = []rune(strings.ToUpper(string(d.text)))
}
func (Upper) Undo(d *Document) {
	last := upperSaved[len(upperSaved)-1]
	upperSaved = upperSaved[:len(upperSaved)-1]
	d.text = []rune(last)
}
func (Upper) Describe() string { return "upper" }

type Editor struct {
	doc        Document
	undo, redo []Command
}

func (e *Editor) Do(c Command) {
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	e.redo = e.redo[:0]
	fmt.Printf("do   %-28s -> %q\n", c.Describe(), e.doc.String())
}

func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		fmt.Println("undo: nothing")
		return false
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	fmt.Printf("undo %-28s -> %q\n", c.Describe(), e.doc.String())
	return true
}

func (e *Editor) Redo() {
	if len(e.redo) == 0 {
		fmt.Println("redo: nothing")
		return
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	fmt.Printf("redo %-28s -> %q\n", c.Describe(), e.doc.String())
}

func main() {
	var e Editor
	e.Do(Insert{0, "hello"})
	e.Do(Insert{5, " world"})
	e.Do(&Delete{Pos: 0, N: 1})
	e.Do(Insert{0, "J"})
	e.Do(Upper{})
	e.Undo()
	e.Undo()
	e.Redo()
	e.Do(Insert{6, "wide "})
	e.Redo()
	for e.Undo() {
	}
	fmt.Println(len(e.undo), len(e.redo), e.doc.String() == "")
	fmt.Printf("%v|%s|\n", &e.doc, e.doc.text)
}
