package main

import "fmt"

// Assertions to interfaces of values of the cells' types over basic
// types, recovered and printed, as a plugin loader that checks what it
// was given does.
type Port int
type Label string
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprint(p.X, ",", p.Y) }

func check(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-8s %v\n", name+":", r)
		}
	}()
	f()
	fmt.Printf("%-8s ok\n", name+":")
}

func main() {
	var p any = Port(8080)
	var l any = Label("db")
	var t any = Temp(21.5)
	check("port", func() { _ = p.(fmt.Stringer) })
	check("port", func() { _ = p.(error) })
	check("label", func() { _ = l.(interface{ Len() int }) })
	check("temp", func() { _ = t.(fmt.Stringer) })
	check("temp", func() { _ = t.(error) })

	var s fmt.Stringer = Temp(3)
	check("stringer", func() { _ = s.(Point) })
	check("stringer", func() { _ = s.(Temp) })
	check("stringer", func() { _ = s.(error) })
}
