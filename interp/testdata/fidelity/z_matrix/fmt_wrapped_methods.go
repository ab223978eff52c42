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
	nd := Node{5}

	fmt.Printf("any(Money)     %%v     %v\n", any(Money(250)))
	fmt.Printf("any(Money)     %%+v    %+v\n", any(Money(250)))
	fmt.Printf("any(Money)     %%#v    %#v\n", any(Money(250)))
	fmt.Printf("any(Money)     %%T     %T\n", any(Money(250)))
	fmt.Printf("any(Money)     %%d     %d\n", any(Money(250)))
	fmt.Printf("any(Money)     %%s     %s\n", any(Money(250)))
	fmt.Printf("any(Money)     %%q     %q\n", any(Money(250)))
	fmt.Printf("any(Money)     %%x     %x\n", any(Money(250)))
	fmt.Printf("Stringer(Vec)  %%v     %v\n", fmt.Stringer(Vec{1, 2}))
	fmt.Printf("Stringer(Vec)  %%+v    %+v\n", fmt.Stringer(Vec{1, 2}))
	fmt.Printf("Stringer(Vec)  %%#v    %#v\n", fmt.Stringer(Vec{1, 2}))
	fmt.Printf("Stringer(Vec)  %%T     %T\n", fmt.Stringer(Vec{1, 2}))
	fmt.Printf("Stringer(Vec)  %%d     %d\n", fmt.Stringer(Vec{1, 2}))
	fmt.Printf("Stringer(Vec)  %%s     %s\n", fmt.Stringer(Vec{1, 2}))
	fmt.Printf("Stringer(Vec)  %%q     %q\n", fmt.Stringer(Vec{1, 2}))
	fmt.Printf("Stringer(Vec)  %%x     %x\n", fmt.Stringer(Vec{1, 2}))
	fmt.Printf("error(Code)    %%v     %v\n", error(Code(9)))
	fmt.Printf("error(Code)    %%+v    %+v\n", error(Code(9)))
	fmt.Printf("error(Code)    %%#v    %#v\n", error(Code(9)))
	fmt.Printf("error(Code)    %%T     %T\n", error(Code(9)))
	fmt.Printf("error(Code)    %%d     %d\n", error(Code(9)))
	fmt.Printf("error(Code)    %%s     %s\n", error(Code(9)))
	fmt.Printf("error(Code)    %%q     %q\n", error(Code(9)))
	fmt.Printf("error(Code)    %%x     %x\n", error(Code(9)))

	fmt.Printf("[]any          %%v     %v\n", []any{Money(5), Code(2), Level(1), Count(3), Name("n"), nil})
	fmt.Printf("[]any          %%+v    %+v\n", []any{Money(5), Code(2), Level(1), Count(3), Name("n"), nil})
	fmt.Printf("[]any          %%#v    %#v\n", []any{Money(5), Code(2), Level(1), Count(3), Name("n"), nil})
	fmt.Printf("[]any          %%T     %T\n", []any{Money(5), Code(2), Level(1), Count(3), Name("n"), nil})
	fmt.Printf("[]any          %%d     %d\n", []any{Money(5), Code(2), Level(1), Count(3), Name("n"), nil})
	fmt.Printf("[]any          %%s     %s\n", []any{Money(5), Code(2), Level(1), Count(3), Name("n"), nil})
	fmt.Printf("[]any          %%q     %q\n", []any{Money(5), Code(2), Level(1), Count(3), Name("n"), nil})
	fmt.Printf("[]any          %%x     %x\n", []any{Money(5), Code(2), Level(1), Count(3), Name("n"), nil})
	fmt.Printf("map[str]any    %%v     %v\n", map[string]any{"a": Money(5), "b": Vec{0, 1}, "c": &nd})
	fmt.Printf("map[str]any    %%+v    %+v\n", map[string]any{"a": Money(5), "b": Vec{0, 1}, "c": &nd})
	fmt.Printf("map[str]any    %%s     %s\n", map[string]any{"a": Money(5), "b": Vec{0, 1}, "c": &nd})
	fmt.Printf("map[str]any    %%q     %q\n", map[string]any{"a": Money(5), "b": Vec{0, 1}, "c": &nd})
	fmt.Printf("map[str]any    %%T     %T\n", map[string]any{"a": Money(5), "b": Vec{0, 1}, "c": &nd})
	fmt.Printf("map[str]any    %%8v|   %8v|\n", map[string]any{"a": Money(5), "b": Vec{0, 1}, "c": &nd})

	fmt.Printf("Holder         %%v     %v\n", Holder{A: Money(1), S: Vec{2, 3}, E: Code(4)})
	fmt.Printf("Holder         %%+v    %+v\n", Holder{A: Money(1), S: Vec{2, 3}, E: Code(4)})
	fmt.Printf("Holder         %%#v    %#v\n", Holder{A: Money(1), S: Vec{2, 3}, E: Code(4)})
	fmt.Printf("Holder         %%T     %T\n", Holder{A: Money(1), S: Vec{2, 3}, E: Code(4)})
	fmt.Printf("Holder         %%d     %d\n", Holder{A: Money(1), S: Vec{2, 3}, E: Code(4)})
	fmt.Printf("Holder         %%s     %s\n", Holder{A: Money(1), S: Vec{2, 3}, E: Code(4)})
	fmt.Printf("Holder         %%q     %q\n", Holder{A: Money(1), S: Vec{2, 3}, E: Code(4)})
	fmt.Printf("Holder         %%x     %x\n", Holder{A: Money(1), S: Vec{2, 3}, E: Code(4)})
	fmt.Printf("*Holder        %%v     %v\n", &Holder{A: Count(8), S: &nd})
	fmt.Printf("*Holder        %%+v    %+v\n", &Holder{A: Count(8), S: &nd})
	fmt.Printf("*Holder        %%s     %s\n", &Holder{A: Count(8), S: &nd})
	fmt.Printf("*Holder        %%q     %q\n", &Holder{A: Count(8), S: &nd})
	fmt.Printf("*Holder        %%T     %T\n", &Holder{A: Count(8), S: &nd})
	fmt.Printf("*Holder        %%8v|   %8v|\n", &Holder{A: Count(8), S: &nd})
	fmt.Printf("Holder{}       %%v     %v\n", Holder{})
	fmt.Printf("Holder{}       %%+v    %+v\n", Holder{})
	fmt.Printf("Holder{}       %%#v    %#v\n", Holder{})
	fmt.Printf("Holder{}       %%T     %T\n", Holder{})
	fmt.Printf("Holder{}       %%d     %d\n", Holder{})
	fmt.Printf("Holder{}       %%s     %s\n", Holder{})
	fmt.Printf("Holder{}       %%q     %q\n", Holder{})
	fmt.Printf("Holder{}       %%x     %x\n", Holder{})

	fmt.Printf("[]Money        %%v     %v\n", []Money{1, 202})
	fmt.Printf("[]Money        %%+v    %+v\n", []Money{1, 202})
	fmt.Printf("[]Money        %%#v    %#v\n", []Money{1, 202})
	fmt.Printf("[]Money        %%T     %T\n", []Money{1, 202})
	fmt.Printf("[]Money        %%d     %d\n", []Money{1, 202})
	fmt.Printf("[]Money        %%s     %s\n", []Money{1, 202})
	fmt.Printf("[]Money        %%q     %q\n", []Money{1, 202})
	fmt.Printf("[]Money        %%x     %x\n", []Money{1, 202})
	fmt.Printf("[2]Vec         %%v     %v\n", [2]Vec{{1, 1}, {2, 2}})
	fmt.Printf("[2]Vec         %%+v    %+v\n", [2]Vec{{1, 1}, {2, 2}})
	fmt.Printf("[2]Vec         %%#v    %#v\n", [2]Vec{{1, 1}, {2, 2}})
	fmt.Printf("[2]Vec         %%T     %T\n", [2]Vec{{1, 1}, {2, 2}})
	fmt.Printf("[2]Vec         %%d     %d\n", [2]Vec{{1, 1}, {2, 2}})
	fmt.Printf("[2]Vec         %%s     %s\n", [2]Vec{{1, 1}, {2, 2}})
	fmt.Printf("[2]Vec         %%q     %q\n", [2]Vec{{1, 1}, {2, 2}})
	fmt.Printf("[2]Vec         %%x     %x\n", [2]Vec{{1, 1}, {2, 2}})
	fmt.Printf("map[Name]Money %%v     %v\n", map[Name]Money{"b": 3, "a": 4})
	fmt.Printf("map[Name]Money %%+v    %+v\n", map[Name]Money{"b": 3, "a": 4})
	fmt.Printf("map[Name]Money %%#v    %#v\n", map[Name]Money{"b": 3, "a": 4})
	fmt.Printf("map[Name]Money %%T     %T\n", map[Name]Money{"b": 3, "a": 4})
	fmt.Printf("map[Name]Money %%d     %d\n", map[Name]Money{"b": 3, "a": 4})
	fmt.Printf("map[Name]Money %%s     %s\n", map[Name]Money{"b": 3, "a": 4})
	fmt.Printf("map[Name]Money %%q     %q\n", map[Name]Money{"b": 3, "a": 4})
	fmt.Printf("map[Name]Money %%x     %x\n", map[Name]Money{"b": 3, "a": 4})
	fmt.Printf("[]*Node        %%v     %v\n", []*Node{&nd, nil})
	fmt.Printf("[]*Node        %%+v    %+v\n", []*Node{&nd, nil})
	fmt.Printf("[]*Node        %%s     %s\n", []*Node{&nd, nil})
	fmt.Printf("[]*Node        %%q     %q\n", []*Node{&nd, nil})
	fmt.Printf("[]*Node        %%T     %T\n", []*Node{&nd, nil})
	fmt.Printf("[]*Node        %%8v|   %8v|\n", []*Node{&nd, nil})

	fmt.Printf("[]error        %%v     %v\n", []error{Code(1), nil})
	fmt.Printf("[]error        %%+v    %+v\n", []error{Code(1), nil})
	fmt.Printf("[]error        %%#v    %#v\n", []error{Code(1), nil})
	fmt.Printf("[]error        %%T     %T\n", []error{Code(1), nil})
	fmt.Printf("[]error        %%d     %d\n", []error{Code(1), nil})
	fmt.Printf("[]error        %%s     %s\n", []error{Code(1), nil})
	fmt.Printf("[]error        %%q     %q\n", []error{Code(1), nil})
	fmt.Printf("[]error        %%x     %x\n", []error{Code(1), nil})
	fmt.Printf("[]Stringer     %%v     %v\n", []fmt.Stringer{Money(3), Vec{}, &nd})
	fmt.Printf("[]Stringer     %%+v    %+v\n", []fmt.Stringer{Money(3), Vec{}, &nd})
	fmt.Printf("[]Stringer     %%s     %s\n", []fmt.Stringer{Money(3), Vec{}, &nd})
	fmt.Printf("[]Stringer     %%q     %q\n", []fmt.Stringer{Money(3), Vec{}, &nd})
	fmt.Printf("[]Stringer     %%T     %T\n", []fmt.Stringer{Money(3), Vec{}, &nd})
	fmt.Printf("[]Stringer     %%8v|   %8v|\n", []fmt.Stringer{Money(3), Vec{}, &nd})
	fmt.Printf("map[Code]Level %%v     %v\n", map[Code]Level{2: 1, 1: 2})
	fmt.Printf("map[Code]Level %%+v    %+v\n", map[Code]Level{2: 1, 1: 2})
	fmt.Printf("map[Code]Level %%#v    %#v\n", map[Code]Level{2: 1, 1: 2})
	fmt.Printf("map[Code]Level %%T     %T\n", map[Code]Level{2: 1, 1: 2})
	fmt.Printf("map[Code]Level %%d     %d\n", map[Code]Level{2: 1, 1: 2})
	fmt.Printf("map[Code]Level %%s     %s\n", map[Code]Level{2: 1, 1: 2})
	fmt.Printf("map[Code]Level %%q     %q\n", map[Code]Level{2: 1, 1: 2})
	fmt.Printf("map[Code]Level %%x     %x\n", map[Code]Level{2: 1, 1: 2})

}
