package main

import (
	"errors"
	"fmt"
	"strings"
)

type Buffer struct {
	text []rune
}

func (b *Buffer) String() string { return string(b.text) }

type Command interface {
	Do(b *Buffer) error
	Undo(b *Buffer)
}

type Insert struct {
	Pos  int
	Text string
}

type Delete struct {
	Pos, N  int
	removed []rune
}

var ErrRange = errors.New("position out of range")

func (c Insert) Do(b *Buffer) error {
	if c.Pos < 0 || c.Pos > len(b.text) {
		return fmt.Errorf("insert at %d: %w", c.Pos, ErrRange)
	}
	r := []rune(c.Text)
	b.text = append(b.text[:c.Pos], append(r, b.text[c.Pos:]...)...)
	return nil
}

func (c Insert) Undo(b *Buffer) {
	n := len([]rune(c.Text))
	b.text = append(b.text[:c.Pos], b.text[c.Pos+n:]...)
}

func (c *Delete) Do(b *Buffer) error {
	if c.Pos < 0 || c.Pos+c.N > len(b.text) {
		return fmt.Errorf("delete %d..%d: %w", c.Pos, c.Pos+c.N, ErrRange)
	}
	c.removed = append([]rune(nil), b.text[c.Pos:c.Pos+c.N]...)
	b.text = append(b.text[:c.Pos], b.text[c.Pos+c.N:]...)
	return nil
}

func (c *Delete) Undo(b *Buffer) {
	b.text = append(b.text[:c.Pos], append(c.removed, b.text[c.Pos:]...)...)
}

type Editor struct {
	buf        Buffer
	undo, redo []Command
}

func (e *Editor) Run(c Command) error {
	if err := c.Do(&e.buf); err != nil {
		return err
	}
	e.undo = append(e.undo, c)
	e.redo = nil
	return nil
}

func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.buf)
	e.redo = append(e.redo, c)
	return true
}

func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Do(&e.buf)
	e.undo = append(e.undo, c)
	return true
}

func main() {
	var e Editor
	steps := []Command{
		Insert{0, "hello"},
		Insert{5, " wörld"},
		&Delete{Pos: 0, N: 1},
		Insert{0, "J"},
		Insert{42, "!"},
		&Delete{Pos: 3, N: 20},
	}
	for _, c := range steps {
		if err := e.Run(c); err != nil {
			fmt.Printf("%-30v errors.Is=%v\n", err, errors.Is(err, ErrRange))
			continue
		}
		fmt.Printf("%-12q after %T %+v\n", e.buf.String(), c, c)
	}
	for e.Undo() {
		fmt.Println("undo ->", &e.buf)
	}
	e.Redo()
	e.Redo()
	fmt.Println("redo x2 ->", e.buf.String(), len(e.undo), len(e.redo))
	e.Run(Insert{len(e.buf.text), "?"})
	fmt.Println(e.buf.String(), e.Redo(), strings.Count(e.buf.String(), "l"))
}
