package main

import (
	"fmt"
	"io"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string     { return b.name }
func (b Base) Sound() string    { return "..." }
func (b Base) Describe() string { return b.Name() + " says " + b.Sound() }

type Dog struct {
	Base
	tricks []string
}

func (d Dog) Sound() string { return "Woof" }

type Cat struct {
	*Base
	lives int
}

func (c Cat) Sound() string { return "Meow" }

type ReadCounter struct {
	io.Reader
	n int
}

func (r *ReadCounter) Read(p []byte) (int, error) {
	n, err := r.Reader.Read(p)
	r.n += n
	return n, err
}

type Named interface{ Name() string }
type Sounder interface{ Sound() string }
type Both interface {
	Named
	Sounder
}

type Inner struct{ V int }

func (i *Inner) Inc() { i.V++ }

type Outer struct {
	Inner
	V string
}

func main() {
	d := Dog{Base{"Rex"}, []string{"sit"}}
	c := Cat{&Base{"Tom"}, 9}
	animals := []Animal{d, c, Base{"Generic"}}
	for _, a := range animals {
		fmt.Printf("%s: %s (%T)\n", a.Name(), a.Sound(), a)
	}
	fmt.Println(d.Describe(), "|", c.Describe())
	fmt.Println(d.Base.Sound(), d.name, c.name)
	var b Both = d
	fmt.Println(b.Name(), b.Sound())
	if s, ok := b.(Sounder); ok {
		fmt.Println("sounder", s.Sound())
	}
	_, isDog := Animal(c).(Dog)
	fmt.Println(isDog)

	rc := &ReadCounter{Reader: strings.NewReader("hello world, this is a reader")}
	data, _ := io.ReadAll(rc)
	fmt.Println(len(data), rc.n)

	o := Outer{Inner{1}, "outer"}
	o.Inc()
	o.Inner.Inc()
	fmt.Println(o.V, o.Inner.V)
	fmt.Printf("%v %+v\n", o, o)
	fmt.Printf("%+v\n", d)
	ptrs := []*Outer{&o, {Inner{10}, "x"}}
	for _, p := range ptrs {
		p.Inc()
	}
	fmt.Println(ptrs[0].Inner.V, ptrs[1].Inner.V)
	var n Named = &c
	fmt.Println(n.Name())
	type local struct {
		Dog
		extra int
	}
	l := local{d, 1}
	fmt.Println(l.Name(), l.Sound(), l.tricks, l.extra)
}
