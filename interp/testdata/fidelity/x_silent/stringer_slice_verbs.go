package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	temps := []fmt.Stringer{Celsius(21.5), Celsius(-3)}
	fmt.Printf("%5.1f\n", temps)
	fmt.Printf("%v %s\n", temps, temps)
	errs := []error{Code(4), Code(10), errors.New("x")}[:2]
	fmt.Printf("%d\n", errs)
	fmt.Printf("%x\n", errs[:2])
	pts := []fmt.Stringer{Pt{1, 2}}
	fmt.Printf("%d\n", pts)
	fmt.Printf("%v\n", pts)
}
