package main

import (
	"fmt"
	"strings"
)

type Edit interface {
	Do(doc *[]string)
	Undo(doc *[]string)
	String() string
}

type Insert struct {
	At   int
	Text string
}

func (e Insert) Do(d *[]string) {
	*d = append((*d)[:e.At], append([]string{e.Text}, (*d)[e.At:]...)...)
}
func (e Insert) Undo(d *[]string) { *d = append((*d)[:e.At], (*d)[e.At+1:]...) }
func (e Insert) String() string   { return fmt.Sprintf("insert(%d,%q)", e.At, e.Text) }

type Replace struct {
	At       int
	Old, New string
}

func (e *Replace) Do(d *[]string) {
	e.Old = (*d)[e.At]
	(*d)[e.At] = e.New
}
func (e *Replace) Undo(d *[]string) { (*d)[e.At] = e.Old }
func (e *Replace) String() string   { return fmt.Sprintf("replace(%d,%q->%q)", e.At, e.Old, e.New) }

type Editor struct {
	doc        []string
	undo, redo []Edit
}

func (ed *Editor) Apply(e Edit) {
	e.Do(&ed.doc)
	ed.undo = append(ed.undo, e)
	ed.redo = nil
}

func (ed *Editor) Undo() bool {
	if len(ed.undo) == 0 {
		return false
	}
	e := ed.undo[len(ed.undo)-1]
	ed.undo = ed.undo[:len(ed.undo)-1]
	e.Undo(&ed.doc)
	ed.redo = append(ed.redo, e)
	return true
}

func (ed *Editor) Redo() bool {
	if len(ed.redo) == 0 {
		return false
	}
	e := ed.redo[len(ed.redo)-1]
	ed.redo = ed.redo[:len(ed.redo)-1]
	e.Do(&ed.doc)
	ed.undo = append(ed.undo, e)
	return true
}

func (ed *Editor) Show(label string) {
	fmt.Printf("%-10s %s | undo=%d redo=%d\n", label, strings.Join(ed.doc, " "), len(ed.undo), len(ed.redo))
}

func main() {
	ed := &Editor{doc: []string{"hello", "world"}}
	ed.Apply(Insert{1, "big"})
	ed.Apply(&Replace{At: 2, New: "gophers"})
	ed.Apply(Insert{0, "oh"})
	ed.Show("edited")

	ed.Undo()
	ed.Undo()
	ed.Show("undo x2")

	ed.Redo()
	ed.Show("redo")

	ed.Apply(Insert{3, "!"})
	fmt.Println("redo possible:", ed.Redo())
	ed.Show("final")
	fmt.Println(ed.undo)
}
