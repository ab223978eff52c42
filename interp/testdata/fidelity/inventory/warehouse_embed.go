package main

import "fmt"

type Location struct {
	Aisle, Shelf int
}

func (l Location) String() string { return fmt.Sprintf("A%02d-S%d", l.Aisle, l.Shelf) }

type Audited struct {
	changes int
}

func (a *Audited) Touch() { a.changes++ }

func (a Audited) Changes() int { return a.changes }

type Product struct {
	Location
	Audited
	Name  string
	Count int
}

func (p *Product) Move(l Location) {
	p.Location = l
	p.Touch()
}

type Describer interface {
	String() string
}

func main() {
	p := &Product{Location: Location{3, 2}, Name: "drill"}
	fmt.Println(p.Name, "at", p.Location)
	fmt.Println(p.Aisle, p.Shelf)

	p.Move(Location{12, 1})
	p.Move(Location{12, 4})
	p.Count += 5
	p.Touch()
	fmt.Println(p.Name, "at", p.Location, "changes:", p.Changes())

	var d Describer = p
	fmt.Println("describer:", d.String())
	fmt.Printf("%v\n", p.Location)
	fmt.Printf("%+v\n", p.Audited)
}
