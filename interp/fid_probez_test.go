package interp

import "testing"

// probeZPrograms are the class programs of probe-z, each run whole and
// split (runFidPrograms), printing what go run printed.
var probeZPrograms = []fidProgram{
	// A binary operation on values of a cell's type over a basic type
	// (Celsius, Mask, Word, Flag with methods) whose value goes straight
	// into an interface: returned as a cell's interface or any (also one
	// of several results), assigned to a field, an element, a map entry,
	// a variable, declared with an interface type at the package level
	// and in a function. yaegi gave the bare basic value (an assertion to
	// the type failed, %T printed float64), or stopped the cell
	// (rewrite/ifaceoperands.go).
	{name: "iface_binary_operands", src: `package main

import (
	"fmt"
	"strings"
)

type Shower interface{ Show() string }

type Celsius float64

func (c Celsius) Show() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Mask uint8

func (m Mask) Show() string { return fmt.Sprintf("%08b", uint8(m)) }

type Word string

func (w Word) Show() string { return strings.ToUpper(string(w)) }

type Flag bool

func (f Flag) Show() string { return map[bool]string{true: "on", false: "off"}[bool(f)] }

var base, step = Celsius(20), Celsius(1.5)

var warm Shower = base + step*2

func avg(a, b Celsius) Shower { return (a + b) / 2 }

func bits(m Mask) (Shower, any, error) { return m << 2, m | 1, nil }

func both(a, b Flag) any { return a && b }

type Panel struct {
	Main  Shower
	Extra []Shower
}

func main() {
	fmt.Println(warm.Show(), avg(10, 15).Show())
	s, a, _ := bits(3)
	fmt.Printf("%s %T %v\n", s.Show(), a, a.(Mask).Show())
	fmt.Printf("%T %v\n", both(true, false), both(true, true).(Flag).Show())
	var p Panel
	hello, world := Word("hello"), Word(" world")
	p.Main = hello + world
	p.Extra = append(p.Extra, nil)
	p.Extra[0] = Mask(0xF0) &^ Mask(0x30)
	var local Shower = -base + step
	m := map[string]Shower{}
	m["t"] = base * step
	for _, x := range []Shower{p.Main, p.Extra[0], local, m["t"]} {
		switch v := x.(type) {
		case Celsius:
			fmt.Println("celsius", v.Show())
		case Mask:
			fmt.Println("mask", v.Show())
		case Word:
			fmt.Println("word", v.Show())
		default:
			fmt.Printf("other %T\n", v)
		}
	}
	var total any
	total = base - step
	_, ok := total.(Celsius)
	fmt.Println(ok, total)
}
`, want: "23.0°C 12.5°C\n00001100 main.Mask 00000011\nmain.Flag on\nword HELLO WORLD\nmask 11000000\ncelsius -18.5°C\ncelsius 30.0°C\ntrue 18.5\n"},
}

func TestProbeZPrograms(t *testing.T) { runFidPrograms(t, probeZPrograms) }
