package main

import (
	"errors"
	"fmt"
	"strings"
)

type Doc struct {
	text []rune
}

func (d *Doc) String() string { return string(d.text) }

type Command interface {
	Do(d *Doc) error
	Undo(d *Doc)
	fmt.Stringer
}

type Insert struct {
	At   int
	Text string
}

func (c Insert) Do(d *Doc) error {
	if c.At < 0 || c.At > len(d.text) {
		return &RangeError{"insert", c.At, len(d.text)}
	}
	rs := []rune(c.Text)
	d.text = append(d.text[:c.At], append(rs, d.text[c.At:]...)...)
	return nil
}
func (c Insert) Undo(d *Doc) {
	n := len([]rune(c.Text))
	d.text = append(d.text[:c.At], d.text[c.At+n:]...)
}
func (c Insert) String() string { return fmt.Sprintf("ins(%d,%q)", c.At, c.Text) }

type Delete struct {
	At, N   int
	removed []rune
}

func (c *Delete) Do(d *Doc) error {
	if c.At < 0 || c.At+c.N > len(d.text) {
		return &RangeError{"delete", c.At + c.N, len(d.text)}
	}
	c.removed = append([]rune(nil), d.text[c.At:c.At+c.N]...)
	d.text = append(d.text[:c.At], d.text[c.At+c.N:]...)
	return nil
}
func (c *Delete) Undo(d *Doc) {
	d.text = append(d.text[:c.At], append(append([]rune(nil), c.removed...), d.text[c.At:]...)...)
}
func (c *Delete) String() string { return fmt.Sprintf("del(%d,%d)=%q", c.At, c.N, string(c.removed)) }

type Batch []Command

func (b Batch) Do(d *Doc) error {
	for i, c := range b {
		if err := c.Do(d); err != nil {
			for j := i - 1; j >= 0; j-- {
				b[j].Undo(d)
			}
			return fmt.Errorf("batch step %d: %w", i, err)
		}
	}
	return nil
}
func (b Batch) Undo(d *Doc) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i].Undo(d)
	}
}
func (b Batch) String() string {
	s := make([]string, len(b))
	for i, c := range b {
		s[i] = c.String()
	}
	return "[" + strings.Join(s, " ") + "]"
}

type RangeError struct {
	Op       string
	Pos, Len int
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("%s: position %d outside 0..%d", e.Op, e.Pos, e.Len)
}

var ErrNothing = errors.New("nothing to undo/redo")

type Editor struct {
	doc        Doc
	undo, redo []Command
}

func (e *Editor) Exec(c Command) error {
	if err := c.Do(&e.doc); err != nil {
		return err
	}
	e.undo = append(e.undo, c)
	e.redo = nil
	return nil
}

func (e *Editor) Undo() error {
	if len(e.undo) == 0 {
		return ErrNothing
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	return nil
}

func (e *Editor) Redo() error {
	if len(e.redo) == 0 {
		return ErrNothing
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	if err := c.Do(&e.doc); err != nil {
		return err
	}
	e.undo = append(e.undo, c)
	return nil
}

func main() {
	ed := &Editor{}
	steps := []func() error{
		func() error { return ed.Exec(Insert{0, "héllo world"}) },
		func() error { return ed.Exec(&Delete{At: 5, N: 6}) },
		func() error { return ed.Exec(Insert{5, ", gophers"}) },
		ed.Undo,
		ed.Undo,
		ed.Redo,
		func() error { return ed.Exec(Batch{Insert{0, ">> "}, &Delete{At: 3, N: 1}, Insert{3, "H"}}) },
		func() error { return ed.Exec(Batch{Insert{0, "x"}, &Delete{At: 50, N: 2}}) },
		ed.Redo,
		ed.Undo,
		ed.Undo,
		ed.Undo,
		ed.Undo,
	}
	for i, st := range steps {
		err := st()
		var re *RangeError
		switch {
		case errors.Is(err, ErrNothing):
			fmt.Printf("%2d: (nothing) %q\n", i, ed.doc.String())
		case errors.As(err, &re):
			fmt.Printf("%2d: range %s %d: %v | %q\n", i, re.Op, re.Pos, err, &ed.doc)
		default:
			fmt.Printf("%2d: %q undo=%v redo=%d\n", i, ed.doc.String(), ed.undo, len(ed.redo))
		}
	}
	fmt.Println(&ed.doc, len(ed.doc.text))
	fmt.Printf("%v|%s\n", ed.redo, Batch(ed.redo))
}
