package main

import "fmt"

type Celsius float64
type Count int
type Small int8
type Byte uint8
type Big uint64
type Flag bool
type Name string
type Letter rune
type Cplx complex128
type Raw []byte

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Tag string

func (t *Tag) String() string { return "tag:" + string(*t) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Level int

func (l Level) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "L%c%d", verb, int(l)) }

type Ident string

func (i Ident) GoString() string { return "Ident(" + string(i) + ")" }

type Point struct{ X, Y int }

type Labeled struct {
	Point
	Label  string
	hidden int
}

type Pair struct {
	Key   Name
	Val   Money
	Inner *Point
}

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Node struct{ ID int }

func (n *Node) String() string { return fmt.Sprintf("node#%d", n.ID) }

type Holder struct {
	A any
	S fmt.Stringer
	E error
}

type Grid [2][2]Count

func main() {
	fmt.Printf("Point          %%v     %v\n", Point{1, 2})
	fmt.Printf("Point          %%+v    %+v\n", Point{1, 2})
	fmt.Printf("Point          %%#v    %#v\n", Point{1, 2})
	fmt.Printf("Point          %%T     %T\n", Point{1, 2})
	fmt.Printf("Point          %%d     %d\n", Point{1, 2})
	fmt.Printf("Point          %%s     %s\n", Point{1, 2})
	fmt.Printf("Point          %%q     %q\n", Point{1, 2})
	fmt.Printf("Point          %%x     %x\n", Point{1, 2})
	fmt.Printf("Point          %%10v|  %10v|\n", Point{1, 2})
	fmt.Printf("Point          %%-10v| %-10v|\n", Point{1, 2})
	fmt.Printf("*Point         %%v     %v\n", &Point{3, 4})
	fmt.Printf("*Point         %%+v    %+v\n", &Point{3, 4})
	fmt.Printf("*Point         %%#v    %#v\n", &Point{3, 4})
	fmt.Printf("*Point         %%T     %T\n", &Point{3, 4})
	fmt.Printf("*Point         %%d     %d\n", &Point{3, 4})
	fmt.Printf("*Point         %%s     %s\n", &Point{3, 4})
	fmt.Printf("*Point         %%q     %q\n", &Point{3, 4})
	fmt.Printf("*Point         %%x     %x\n", &Point{3, 4})
	fmt.Printf("*Point         %%10v|  %10v|\n", &Point{3, 4})
	fmt.Printf("*Point         %%-10v| %-10v|\n", &Point{3, 4})
	fmt.Printf("Labeled        %%v     %v\n", Labeled{Point{5, 6}, "lab", 7})
	fmt.Printf("Labeled        %%+v    %+v\n", Labeled{Point{5, 6}, "lab", 7})
	fmt.Printf("Labeled        %%#v    %#v\n", Labeled{Point{5, 6}, "lab", 7})
	fmt.Printf("Labeled        %%T     %T\n", Labeled{Point{5, 6}, "lab", 7})
	fmt.Printf("Labeled        %%d     %d\n", Labeled{Point{5, 6}, "lab", 7})
	fmt.Printf("Labeled        %%s     %s\n", Labeled{Point{5, 6}, "lab", 7})
	fmt.Printf("Labeled        %%q     %q\n", Labeled{Point{5, 6}, "lab", 7})
	fmt.Printf("Labeled        %%x     %x\n", Labeled{Point{5, 6}, "lab", 7})
	fmt.Printf("Labeled        %%10v|  %10v|\n", Labeled{Point{5, 6}, "lab", 7})
	fmt.Printf("Labeled        %%-10v| %-10v|\n", Labeled{Point{5, 6}, "lab", 7})
	fmt.Printf("*Labeled       %%v     %v\n", &Labeled{Label: "p"})
	fmt.Printf("*Labeled       %%+v    %+v\n", &Labeled{Label: "p"})
	fmt.Printf("*Labeled       %%#v    %#v\n", &Labeled{Label: "p"})
	fmt.Printf("*Labeled       %%T     %T\n", &Labeled{Label: "p"})
	fmt.Printf("*Labeled       %%d     %d\n", &Labeled{Label: "p"})
	fmt.Printf("*Labeled       %%s     %s\n", &Labeled{Label: "p"})
	fmt.Printf("*Labeled       %%q     %q\n", &Labeled{Label: "p"})
	fmt.Printf("*Labeled       %%x     %x\n", &Labeled{Label: "p"})
	fmt.Printf("*Labeled       %%10v|  %10v|\n", &Labeled{Label: "p"})
	fmt.Printf("*Labeled       %%-10v| %-10v|\n", &Labeled{Label: "p"})

	fmt.Printf("Pair           %%v     %v\n", Pair{"k", 150, nil})
	fmt.Printf("Pair           %%+v    %+v\n", Pair{"k", 150, nil})
	fmt.Printf("Pair           %%#v    %#v\n", Pair{"k", 150, nil})
	fmt.Printf("Pair           %%T     %T\n", Pair{"k", 150, nil})
	fmt.Printf("Pair           %%d     %d\n", Pair{"k", 150, nil})
	fmt.Printf("Pair           %%s     %s\n", Pair{"k", 150, nil})
	fmt.Printf("Pair           %%q     %q\n", Pair{"k", 150, nil})
	fmt.Printf("Pair           %%x     %x\n", Pair{"k", 150, nil})
	fmt.Printf("Pair           %%10v|  %10v|\n", Pair{"k", 150, nil})
	fmt.Printf("Pair           %%-10v| %-10v|\n", Pair{"k", 150, nil})
	fmt.Printf("Pair{}         %%v     %v\n", Pair{})
	fmt.Printf("Pair{}         %%+v    %+v\n", Pair{})
	fmt.Printf("Pair{}         %%#v    %#v\n", Pair{})
	fmt.Printf("Pair{}         %%T     %T\n", Pair{})
	fmt.Printf("Pair{}         %%d     %d\n", Pair{})
	fmt.Printf("Pair{}         %%s     %s\n", Pair{})
	fmt.Printf("Pair{}         %%q     %q\n", Pair{})
	fmt.Printf("Pair{}         %%x     %x\n", Pair{})
	fmt.Printf("Pair{}         %%10v|  %10v|\n", Pair{})
	fmt.Printf("Pair{}         %%-10v| %-10v|\n", Pair{})
	fmt.Printf("Grid           %%v     %v\n", Grid{{1, 2}, {3, 4}})
	fmt.Printf("Grid           %%+v    %+v\n", Grid{{1, 2}, {3, 4}})
	fmt.Printf("Grid           %%#v    %#v\n", Grid{{1, 2}, {3, 4}})
	fmt.Printf("Grid           %%T     %T\n", Grid{{1, 2}, {3, 4}})
	fmt.Printf("Grid           %%d     %d\n", Grid{{1, 2}, {3, 4}})
	fmt.Printf("Grid           %%s     %s\n", Grid{{1, 2}, {3, 4}})
	fmt.Printf("Grid           %%q     %q\n", Grid{{1, 2}, {3, 4}})
	fmt.Printf("Grid           %%x     %x\n", Grid{{1, 2}, {3, 4}})
	fmt.Printf("Grid           %%10v|  %10v|\n", Grid{{1, 2}, {3, 4}})
	fmt.Printf("Grid           %%-10v| %-10v|\n", Grid{{1, 2}, {3, 4}})

	fmt.Printf("nil []Count    %%v     %v\n", []Count(nil))
	fmt.Printf("nil []Count    %%+v    %+v\n", []Count(nil))
	fmt.Printf("nil []Count    %%#v    %#v\n", []Count(nil))
	fmt.Printf("nil []Count    %%T     %T\n", []Count(nil))
	fmt.Printf("nil []Count    %%d     %d\n", []Count(nil))
	fmt.Printf("nil []Count    %%s     %s\n", []Count(nil))
	fmt.Printf("nil []Count    %%q     %q\n", []Count(nil))
	fmt.Printf("nil []Count    %%x     %x\n", []Count(nil))
	fmt.Printf("nil []Count    %%10v|  %10v|\n", []Count(nil))
	fmt.Printf("nil []Count    %%-10v| %-10v|\n", []Count(nil))
	fmt.Printf("nil map        %%v     %v\n", map[Name]int(nil))
	fmt.Printf("nil map        %%+v    %+v\n", map[Name]int(nil))
	fmt.Printf("nil map        %%#v    %#v\n", map[Name]int(nil))
	fmt.Printf("nil map        %%T     %T\n", map[Name]int(nil))
	fmt.Printf("nil map        %%d     %d\n", map[Name]int(nil))
	fmt.Printf("nil map        %%s     %s\n", map[Name]int(nil))
	fmt.Printf("nil map        %%q     %q\n", map[Name]int(nil))
	fmt.Printf("nil map        %%x     %x\n", map[Name]int(nil))
	fmt.Printf("nil map        %%10v|  %10v|\n", map[Name]int(nil))
	fmt.Printf("nil map        %%-10v| %-10v|\n", map[Name]int(nil))
	fmt.Printf("nil *Point     %%v     %v\n", (*Point)(nil))
	fmt.Printf("nil *Point     %%+v    %+v\n", (*Point)(nil))
	fmt.Printf("nil *Point     %%#v    %#v\n", (*Point)(nil))
	fmt.Printf("nil *Point     %%T     %T\n", (*Point)(nil))
	fmt.Printf("nil *Point     %%d     %d\n", (*Point)(nil))
	fmt.Printf("nil *Point     %%s     %s\n", (*Point)(nil))
	fmt.Printf("nil *Point     %%q     %q\n", (*Point)(nil))
	fmt.Printf("nil *Point     %%x     %x\n", (*Point)(nil))
	fmt.Printf("nil *Point     %%10v|  %10v|\n", (*Point)(nil))
	fmt.Printf("nil *Point     %%-10v| %-10v|\n", (*Point)(nil))
	fmt.Printf("nil error      %%v     %v\n", error(nil))
	fmt.Printf("nil error      %%+v    %+v\n", error(nil))
	fmt.Printf("nil error      %%#v    %#v\n", error(nil))
	fmt.Printf("nil error      %%T     %T\n", error(nil))
	fmt.Printf("nil error      %%d     %d\n", error(nil))
	fmt.Printf("nil error      %%s     %s\n", error(nil))
	fmt.Printf("nil error      %%q     %q\n", error(nil))
	fmt.Printf("nil error      %%x     %x\n", error(nil))
	fmt.Printf("nil error      %%10v|  %10v|\n", error(nil))
	fmt.Printf("nil error      %%-10v| %-10v|\n", error(nil))
	fmt.Printf("nil any        %%v     %v\n", any(nil))
	fmt.Printf("nil any        %%+v    %+v\n", any(nil))
	fmt.Printf("nil any        %%#v    %#v\n", any(nil))
	fmt.Printf("nil any        %%T     %T\n", any(nil))
	fmt.Printf("nil any        %%d     %d\n", any(nil))
	fmt.Printf("nil any        %%s     %s\n", any(nil))
	fmt.Printf("nil any        %%q     %q\n", any(nil))
	fmt.Printf("nil any        %%x     %x\n", any(nil))
	fmt.Printf("nil any        %%10v|  %10v|\n", any(nil))
	fmt.Printf("nil any        %%-10v| %-10v|\n", any(nil))

	fmt.Printf("[]Point        %%v     %v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("[]Point        %%+v    %+v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("[]Point        %%#v    %#v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("[]Point        %%T     %T\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("[]Point        %%d     %d\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("[]Point        %%s     %s\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("[]Point        %%q     %q\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("[]Point        %%x     %x\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("[]Point        %%10v|  %10v|\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("[]Point        %%-10v| %-10v|\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("map[Point]Name %%v     %v\n", map[Point]Name{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("map[Point]Name %%+v    %+v\n", map[Point]Name{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("map[Point]Name %%#v    %#v\n", map[Point]Name{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("map[Point]Name %%T     %T\n", map[Point]Name{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("map[Point]Name %%d     %d\n", map[Point]Name{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("map[Point]Name %%s     %s\n", map[Point]Name{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("map[Point]Name %%q     %q\n", map[Point]Name{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("map[Point]Name %%x     %x\n", map[Point]Name{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("map[Point]Name %%10v|  %10v|\n", map[Point]Name{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("map[Point]Name %%-10v| %-10v|\n", map[Point]Name{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("struct{}       %%v     %v\n", struct {
		A Count
		b Name
	}{1, "x"})
	fmt.Printf("struct{}       %%+v    %+v\n", struct {
		A Count
		b Name
	}{1, "x"})
	fmt.Printf("struct{}       %%#v    %#v\n", struct {
		A Count
		b Name
	}{1, "x"})
	fmt.Printf("struct{}       %%T     %T\n", struct {
		A Count
		b Name
	}{1, "x"})
	fmt.Printf("struct{}       %%d     %d\n", struct {
		A Count
		b Name
	}{1, "x"})
	fmt.Printf("struct{}       %%s     %s\n", struct {
		A Count
		b Name
	}{1, "x"})
	fmt.Printf("struct{}       %%q     %q\n", struct {
		A Count
		b Name
	}{1, "x"})
	fmt.Printf("struct{}       %%x     %x\n", struct {
		A Count
		b Name
	}{1, "x"})
	fmt.Printf("struct{}       %%10v|  %10v|\n", struct {
		A Count
		b Name
	}{1, "x"})
	fmt.Printf("struct{}       %%-10v| %-10v|\n", struct {
		A Count
		b Name
	}{1, "x"})

}
