package main

import (
	"fmt"
	"strings"
)

type Cell struct {
	Row, Col int
	Value    float64
}

// Format supports %v, %+v, %s, %d (row/col only) and width for the value.
func (c Cell) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Cell{R%d C%d = %g}", c.Row, c.Col, c.Value)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "Cell(%d,%d)", c.Row, c.Col)
			return
		}
		fallthrough
	case 's':
		ref := fmt.Sprintf("%c%d", 'A'+rune(c.Col), c.Row+1)
		if w, ok := f.Width(); ok {
			ref = fmt.Sprintf("%*s", w, ref)
		}
		fmt.Fprint(f, ref)
	case 'd':
		fmt.Fprintf(f, "%d:%d", c.Row, c.Col)
	case 'f':
		p, ok := f.Precision()
		if !ok {
			p = 2
		}
		fmt.Fprintf(f, "%.*f", p, c.Value)
	default:
		fmt.Fprintf(f, "%%!%c(Cell)", verb)
	}
}

type Sheet struct {
	Name  string
	Cells []Cell
}

func (s Sheet) GoString() string {
	return fmt.Sprintf("Sheet(%q, %d cells)", s.Name, len(s.Cells))
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

type Summary struct {
	Label string
	T     Temp
	Ptr   *Pt
	Val   Pt
}

func main() {
	c := Cell{2, 1, 3.14159}
	fmt.Printf("%v|%+v|%#v|%s|%6s|%-6s|%d|%f|%.4f|%x\n", c, c, c, c, c, c, c, c, c, c)
	fmt.Println(c, []Cell{{0, 0, 1}, {1, 25, 2}})
	fmt.Printf("%v\n", map[string]Cell{"b": {1, 1, 0}, "a": {0, 0, 0}})
	s := Sheet{"Q1", []Cell{c, {0, 3, 10}}}
	fmt.Printf("%#v\n", s)
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Println(strings.Repeat("-", 20))
	sm := Summary{"lab", 21.5, &Pt{1, 2}, Pt{3, 4}}
	fmt.Println(sm.T, sm.Ptr, sm.Val, &sm.Val)
	fmt.Printf("%v\n%+v\n", sm, sm)
	temps := []Temp{-3, 0.25, 40}
	fmt.Println(temps, map[Temp]bool{1: true})
	fmt.Printf("%s %v %.2f %5.1f\n", temps[0], temps, temps[1], float64(temps[2]))
	var anyT any = Temp(7)
	fmt.Printf("%v %T %d\n", anyT, anyT, []any{c, Temp(1)})
}
