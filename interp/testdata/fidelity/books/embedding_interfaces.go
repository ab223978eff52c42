package main

import (
	"fmt"
	"io"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

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
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Cat struct {
	*Base
	*Logger
}

func (c Cat) Sound() string {
	c.Log("%s meowed", c.name)
	return "Meow"
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type ReadCounter struct {
	io.Reader
	N int
}

func (r *ReadCounter) Read(p []byte) (int, error) {
	n, err := r.Reader.Read(p)
	r.N += n
	return n, err
}

type Named interface{ Name() string }
type Speaker interface {
	Named
	Sound() string
}

func main() {
	d := Dog{Base{"Rex"}, "beagle"}
	fmt.Println(d.Name(), d.Sound(), d.Base.Sound())
	fmt.Println(d.Describe())

	c := Cat{&Base{"Tom"}, &Logger{prefix: "[cat] "}}
	animals := []Animal{d, c, Base{"thing"}}
	for _, a := range animals {
		fmt.Printf("%-6s %-5s %T\n", a.Name(), a.Sound(), a)
	}
	fmt.Println(c.lines)

	var sp Speaker = d
	var n Named = sp
	fmt.Println(n.Name(), sp.Sound())

	var sb strings.Builder
	uw := upperWriter{&sb}
	fmt.Fprintf(uw, "hello %s, %d\n", "gopher", 42)
	io.WriteString(uw, "done")
	fmt.Println(sb.String())

	rc := &ReadCounter{Reader: strings.NewReader("some text to read through")}
	data, err := io.ReadAll(rc)
	fmt.Println(len(data), rc.N, err)

	var w io.Writer = &sb
	if _, ok := w.(io.Reader); !ok {
		fmt.Println("strings.Builder is not a Reader")
	}
	if s, ok := w.(fmt.Stringer); ok {
		fmt.Println("but it is a Stringer of length", len(s.String()))
	}
	type withID struct {
		Dog
		ID int
	}
	x := withID{d, 7}
	fmt.Printf("%v %+v %s\n", x, x, x.Name())
}
