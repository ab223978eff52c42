package main

import "fmt"

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(msg string) {
	l.lines++
	fmt.Printf("%s %d: %s\n", l.prefix, l.lines, msg)
}

type Animal struct {
	Name string
}

func (a Animal) Describe() string { return "animal " + a.Name }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	*Logger
	Breed string
}

func (d Dog) Sound() string { return "woof" }

func main() {
	d := Dog{Animal{"Rex"}, &Logger{prefix: "[dog]"}, "lab"}
	d.Log(d.Describe())
	d.Log(d.Sound() + " / " + d.Animal.Sound())
	fmt.Println(d.Name, d.lines)

	type describer interface{ Describe() string }
	var x describer = d
	fmt.Println(x.Describe())
	fmt.Printf("%+v\n", d.Animal)
}
