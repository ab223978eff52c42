package main

import "fmt"

type Base struct {
	ID    int
	calls int
}

func (b *Base) Touch() int   { b.calls++; return b.calls }
func (b Base) Ident() string { return fmt.Sprintf("base#%d", b.ID) }

type Toucher interface{ Touch() int }
type Identer interface{ Ident() string }

type ByValue struct {
	Base
	Name string
}

type ByPtr struct {
	*Base
	Name string
}

type Deep struct {
	ByPtr
	Extra int
}

func (d Deep) Ident() string { return "deep/" + d.ByPtr.Ident() }

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d *Dog) Sound() string { return d.name + " says woof" }

type Kennel struct {
	Animal
	size int
}

func main() {
	v := ByValue{Base{ID: 1}, "v"}
	v.Touch()
	v.Touch()
	fmt.Println(v.calls, v.Ident())
	// ByValue is not a Toucher but *ByValue is.
	var t Toucher = &v
	t.Touch()
	fmt.Println(v.calls)
	var i Identer = v
	v.ID = 99
	fmt.Println(i.Ident(), v.Ident())

	shared := &Base{ID: 2}
	p1 := ByPtr{shared, "p1"}
	p2 := ByPtr{shared, "p2"}
	p1.Touch()
	p2.Touch()
	var t2 Toucher = p1 // ByPtr value has Touch via *Base
	t2.Touch()
	fmt.Println(shared.calls, p1.calls, p2.Ident())

	d := Deep{ByPtr{&Base{ID: 3}, "d"}, 5}
	d.Touch()
	var id Identer = d
	fmt.Println(id.Ident(), d.Base.Ident(), d.calls)
	fmt.Printf("%v %+v\n", v, v)
	fmt.Printf("%+v\n", d.ByPtr.Base)
	fmt.Printf("%T %T\n", t2, id)

	k := Kennel{&Dog{"rex"}, 3}
	fmt.Println(k.Sound())
	var a Animal = k
	fmt.Println(a.Sound())
	k.Animal = &Dog{"fido"}
	fmt.Println(k.Sound(), a.Sound())
	fmt.Printf("%T %v\n", a, k.size)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var empty ByPtr
		fmt.Println(empty.Name == "")
		empty.Touch()
	}()
}
