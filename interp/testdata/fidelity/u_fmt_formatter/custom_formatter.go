package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y float64 }

// Format implements fmt.Formatter with support for verbs and flags.
func (v Vec) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Vec{X:%g, Y:%g}", v.X, v.Y)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "main.Vec{%#v, %#v}", v.X, v.Y)
			return
		}
		fmt.Fprintf(f, "(%g, %g)", v.X, v.Y)
	case 'f', 'g', 'e':
		prec, ok := f.Precision()
		if !ok {
			prec = 2
		}
		format := fmt.Sprintf("(%%.%d%c, %%.%d%c)", prec, verb, prec, verb)
		s := fmt.Sprintf(format, v.X, v.Y)
		if w, ok := f.Width(); ok && len(s) < w {
			if f.Flag('-') {
				s += strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		fmt.Fprint(f, s)
	default:
		fmt.Fprintf(f, "%%!%c(Vec)", verb)
	}
}

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Secret string

func (Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string { return strings.Repeat("*", len(s)) }

type Entry struct {
	Lvl Level
	Msg string
	Pos Vec
}

func main() {
	v := Vec{1.5, -2}
	fmt.Printf("%v|%+v|%#v\n", v, v, v)
	fmt.Printf("%f|%.1f|%12.3f|%-14.0f|\n", v, v, v, v)
	fmt.Printf("%e|%d|%s\n", v, v, v)
	fmt.Println(v, []Vec{v, {0, 0}})
	fmt.Println(fmt.Sprint(v), fmt.Sprintf("%10v|", v))

	for l := Debug; l <= Warn+1; l++ {
		fmt.Printf("%v %d %s %q %5s| %-6v|\n", l, l, l, l, l, l)
	}
	e := Entry{Warn, "disk low", Vec{3, 4}}
	fmt.Printf("%v\n%+v\n", e, e)
	pw := Secret("hunter2")
	fmt.Printf("%v %s %#v %q %x\n", pw, pw, pw, pw, string(pw))
	m := map[Level]int{Warn: 2, Debug: 5}
	fmt.Println(m)
	fmt.Printf("%v %d\n", []Level{Info, Warn}, []Level{Info, Warn})
	fmt.Printf("%08.3f|%+d|%x|%X|%o|%b|%c|%U\n", 3.14159, 42, 255, 255, 8, 5, 'G', 'G')
	fmt.Printf("%6.2f%%|%-8s|%8s|%.3s|%t\n", 99.5, "left", "right", "truncate", true)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%v %v\n", &e.Pos, struct{ A, B any }{nil, Level(1)})
	fmt.Printf("%!|%z|%d\n", 1)
}
