package main

import "fmt"

type Document struct {
	Title   string
	state   DocState
	log     []string
	reviews int
}

type DocState interface {
	Name() string
	Edit(d *Document, text string) error
	Submit(d *Document) error
	Approve(d *Document) error
	Reject(d *Document, reason string) error
}

type base struct{}

func (base) Edit(d *Document, _ string) error {
	return fmt.Errorf("cannot edit in state %s", d.state.Name())
}
func (base) Submit(d *Document) error { return fmt.Errorf("cannot submit in state %s", d.state.Name()) }
func (base) Approve(d *Document) error {
	return fmt.Errorf("cannot approve in state %s", d.state.Name())
}
func (base) Reject(d *Document, _ string) error {
	return fmt.Errorf("cannot reject in state %s", d.state.Name())
}

type Draft struct{ base }
type Review struct{ base }
type Published struct{ base }

func (Draft) Name() string { return "draft" }
func (Draft) Edit(d *Document, text string) error {
	d.Title = text
	d.log = append(d.log, "edited: "+text)
	return nil
}
func (Draft) Submit(d *Document) error {
	if d.Title == "" {
		return fmt.Errorf("empty title")
	}
	d.state = Review{}
	d.log = append(d.log, "submitted")
	return nil
}

func (Review) Name() string { return "review" }
func (Review) Approve(d *Document) error {
	d.reviews++
	if d.reviews < 2 {
		d.log = append(d.log, fmt.Sprintf("approval %d/2", d.reviews))
		return nil
	}
	d.state = Published{}
	d.log = append(d.log, "published")
	return nil
}
func (Review) Reject(d *Document, reason string) error {
	d.state = Draft{}
	d.reviews = 0
	d.log = append(d.log, "rejected: "+reason)
	return nil
}

func (Published) Name() string { return "published" }

func main() {
	d := &Document{state: Draft{}}
	actions := []struct {
		name string
		do   func() error
	}{
		{"submit", func() error { return d.state.Submit(d) }},
		{"edit", func() error { return d.state.Edit(d, "Go Generics") }},
		{"approve", func() error { return d.state.Approve(d) }},
		{"submit", func() error { return d.state.Submit(d) }},
		{"edit", func() error { return d.state.Edit(d, "oops") }},
		{"approve", func() error { return d.state.Approve(d) }},
		{"reject", func() error { return d.state.Reject(d, "typos") }},
		{"edit", func() error { return d.state.Edit(d, "Go Generics, 2nd ed") }},
		{"submit", func() error { return d.state.Submit(d) }},
		{"approve", func() error { return d.state.Approve(d) }},
		{"approve", func() error { return d.state.Approve(d) }},
		{"reject", func() error { return d.state.Reject(d, "late") }},
	}
	for _, a := range actions {
		before := d.state.Name()
		err := a.do()
		status := "ok"
		if err != nil {
			status = "ERR " + err.Error()
		}
		fmt.Printf("%-8s %-9s -> %-9s %s\n", a.name, before, d.state.Name(), status)
	}
	for i, l := range d.log {
		fmt.Println(i, l)
	}
	fmt.Printf("%q %T\n", d.Title, d.state)
}
