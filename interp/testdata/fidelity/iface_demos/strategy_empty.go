package main

import (
	"errors"
	"fmt"
	"strings"
)

type Greeter interface{ Greet(name string) string }

type English struct{}
type Spanish struct{}
type Pirate struct{}

func (English) Greet(n string) string { return "Hello, " + n }
func (Spanish) Greet(n string) string { return "¡Hola, " + n + "!" }
func (Pirate) Greet(n string) string  { return "Ahoy, " + strings.ToUpper(n) }

type Operation interface{ Apply(a, b int) (int, error) }
type Add struct{}
type Sub struct{}
type Div struct{}

var ErrDivZero = errors.New("division by zero")

func (Add) Apply(a, b int) (int, error) { return a + b, nil }
func (Sub) Apply(a, b int) (int, error) { return a - b, nil }
func (Div) Apply(a, b int) (int, error) {
	if b == 0 {
		return 0, ErrDivZero
	}
	return a / b, nil
}

type NotFound struct{}

func (NotFound) Error() string { return "not found" }

type Forbidden struct{}

func (*Forbidden) Error() string { return "forbidden" }

func lookup(key string) error {
	switch key {
	case "":
		return NotFound{}
	case "root":
		return &Forbidden{}
	}
	return nil
}

func main() {
	greeters := map[string]Greeter{"en": English{}, "es": Spanish{}, "pirate": Pirate{}}
	for _, lang := range []string{"en", "es", "pirate", "fr"} {
		g, ok := greeters[lang]
		if !ok {
			fmt.Println(lang, "unsupported")
			continue
		}
		fmt.Printf("%s (%T): %s\n", lang, g, g.Greet("gopher"))
	}
	ops := []Operation{Add{}, Sub{}, Div{}}
	for _, op := range ops {
		for _, pair := range [][2]int{{7, 2}, {1, 0}} {
			r, err := op.Apply(pair[0], pair[1])
			if err != nil {
				fmt.Printf("%T(%d,%d): error %v\n", op, pair[0], pair[1], err)
				continue
			}
			fmt.Printf("%T(%d,%d) = %d\n", op, pair[0], pair[1], r)
		}
	}
	for _, k := range []string{"", "root", "alice"} {
		err := lookup(k)
		var nf NotFound
		var fb *Forbidden
		switch {
		case err == nil:
			fmt.Printf("%q ok\n", k)
		case errors.As(err, &nf):
			fmt.Printf("%q: %v (NotFound)\n", k, err)
		case errors.As(err, &fb):
			fmt.Printf("%q: %v (Forbidden)\n", k, err)
		}
		switch err.(type) {
		case NotFound:
			fmt.Println("  switch: NotFound")
		case *Forbidden:
			fmt.Println("  switch: *Forbidden")
		case nil:
			fmt.Println("  switch: nil")
		}
	}
	var g Greeter = Pirate{}
	_, isEnglish := g.(English)
	_, isPirate := g.(Pirate)
	fmt.Println(isEnglish, isPirate, g == Greeter(Pirate{}), g == Greeter(English{}))
	fmt.Printf("%v|%+v|%T\n", g, English{}, Spanish{})
}
