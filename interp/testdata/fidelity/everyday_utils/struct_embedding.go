package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }
func (b Base) Describe() string {
	return fmt.Sprintf("%s says %s", b.Name(), b.Sound())
}

type Dog struct {
	Base
	*Logger
	Tricks []string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	Base
	Lives int
}

func (c *Cat) Sound() string { c.Lives--; return "meow" }

type Robot struct {
	Dog
	Model string
}

func main() {
	lg := &Logger{prefix: "[log] "}
	d := Dog{Base{"rex"}, lg, []string{"sit"}}
	c := &Cat{Base{"tom"}, 9}
	r := Robot{Dog{Base{"k9"}, lg, nil}, "mk2"}
	animals := []Animal{d, c, r, Base{"generic"}}
	for _, a := range animals {
		fmt.Printf("%-8s %-5s %T\n", a.Name(), a.Sound(), a)
	}
	fmt.Println(d.Describe(), "|", r.Describe(), "|", c.Describe())
	d.Logf("%s knows %d tricks", d.name, len(d.Tricks))
	r.Logf("model %s of %s", r.Model, r.Name())
	fmt.Println(strings.Join(lg.lines, "\n"))
	fmt.Println(c.Lives, r.Dog.Base.name, r.name, r.Sound())
	fmt.Printf("%v\n%+v\n", c, Cat{Base{"x"}, 1})
	type Named interface{ Name() string }
	var n Named = r
	if a, ok := n.(Animal); ok {
		fmt.Println("robot is an animal:", a.Sound())
	}
	_, isCat := n.(*Cat)
	fmt.Println(isCat)
}
