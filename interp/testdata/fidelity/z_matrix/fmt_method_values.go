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
	m := Money(99)
	tg := Tag("go")
	nd := Node{5}

	fmt.Printf("Money          %%v     %v\n", Money(1234))
	fmt.Printf("Money          %%+v    %+v\n", Money(1234))
	fmt.Printf("Money          %%#v    %#v\n", Money(1234))
	fmt.Printf("Money          %%T     %T\n", Money(1234))
	fmt.Printf("Money          %%d     %d\n", Money(1234))
	fmt.Printf("Money          %%s     %s\n", Money(1234))
	fmt.Printf("Money          %%q     %q\n", Money(1234))
	fmt.Printf("Money          %%x     %x\n", Money(1234))
	fmt.Printf("Money          %%8v|   %8v|\n", Money(1234))
	fmt.Printf("Money          %%-8v|  %-8v|\n", Money(1234))
	fmt.Printf("Money          %%6.2f  %6.2f\n", Money(1234))
	fmt.Printf("*Money         %%v     %v\n", &m)
	fmt.Printf("*Money         %%+v    %+v\n", &m)
	fmt.Printf("*Money         %%s     %s\n", &m)
	fmt.Printf("*Money         %%q     %q\n", &m)
	fmt.Printf("*Money         %%T     %T\n", &m)
	fmt.Printf("*Money         %%8v|   %8v|\n", &m)
	fmt.Printf("Tag            %%v     %v\n", tg)
	fmt.Printf("Tag            %%+v    %+v\n", tg)
	fmt.Printf("Tag            %%#v    %#v\n", tg)
	fmt.Printf("Tag            %%T     %T\n", tg)
	fmt.Printf("Tag            %%d     %d\n", tg)
	fmt.Printf("Tag            %%s     %s\n", tg)
	fmt.Printf("Tag            %%q     %q\n", tg)
	fmt.Printf("Tag            %%x     %x\n", tg)
	fmt.Printf("Tag            %%8v|   %8v|\n", tg)
	fmt.Printf("Tag            %%-8v|  %-8v|\n", tg)
	fmt.Printf("Tag            %%6.2f  %6.2f\n", tg)
	fmt.Printf("*Tag           %%v     %v\n", &tg)
	fmt.Printf("*Tag           %%+v    %+v\n", &tg)
	fmt.Printf("*Tag           %%s     %s\n", &tg)
	fmt.Printf("*Tag           %%q     %q\n", &tg)
	fmt.Printf("*Tag           %%T     %T\n", &tg)
	fmt.Printf("*Tag           %%8v|   %8v|\n", &tg)

	fmt.Printf("Code           %%v     %v\n", Code(7))
	fmt.Printf("Code           %%+v    %+v\n", Code(7))
	fmt.Printf("Code           %%#v    %#v\n", Code(7))
	fmt.Printf("Code           %%T     %T\n", Code(7))
	fmt.Printf("Code           %%d     %d\n", Code(7))
	fmt.Printf("Code           %%s     %s\n", Code(7))
	fmt.Printf("Code           %%q     %q\n", Code(7))
	fmt.Printf("Code           %%x     %x\n", Code(7))
	fmt.Printf("Code           %%8v|   %8v|\n", Code(7))
	fmt.Printf("Code           %%-8v|  %-8v|\n", Code(7))
	fmt.Printf("Code           %%6.2f  %6.2f\n", Code(7))
	fmt.Printf("Level          %%v     %v\n", Level(3))
	fmt.Printf("Level          %%+v    %+v\n", Level(3))
	fmt.Printf("Level          %%#v    %#v\n", Level(3))
	fmt.Printf("Level          %%T     %T\n", Level(3))
	fmt.Printf("Level          %%d     %d\n", Level(3))
	fmt.Printf("Level          %%s     %s\n", Level(3))
	fmt.Printf("Level          %%q     %q\n", Level(3))
	fmt.Printf("Level          %%x     %x\n", Level(3))
	fmt.Printf("Level          %%8v|   %8v|\n", Level(3))
	fmt.Printf("Level          %%-8v|  %-8v|\n", Level(3))
	fmt.Printf("Level          %%6.2f  %6.2f\n", Level(3))
	fmt.Printf("Ident          %%v     %v\n", Ident("id"))
	fmt.Printf("Ident          %%+v    %+v\n", Ident("id"))
	fmt.Printf("Ident          %%#v    %#v\n", Ident("id"))
	fmt.Printf("Ident          %%T     %T\n", Ident("id"))
	fmt.Printf("Ident          %%d     %d\n", Ident("id"))
	fmt.Printf("Ident          %%s     %s\n", Ident("id"))
	fmt.Printf("Ident          %%q     %q\n", Ident("id"))
	fmt.Printf("Ident          %%x     %x\n", Ident("id"))
	fmt.Printf("Ident          %%8v|   %8v|\n", Ident("id"))
	fmt.Printf("Ident          %%-8v|  %-8v|\n", Ident("id"))
	fmt.Printf("Ident          %%6.2f  %6.2f\n", Ident("id"))
	fmt.Printf("nil *Money     %%v     %v\n", (*Money)(nil))
	fmt.Printf("nil *Money     %%+v    %+v\n", (*Money)(nil))
	fmt.Printf("nil *Money     %%#v    %#v\n", (*Money)(nil))
	fmt.Printf("nil *Money     %%T     %T\n", (*Money)(nil))
	fmt.Printf("nil *Money     %%d     %d\n", (*Money)(nil))
	fmt.Printf("nil *Money     %%s     %s\n", (*Money)(nil))
	fmt.Printf("nil *Money     %%q     %q\n", (*Money)(nil))
	fmt.Printf("nil *Money     %%x     %x\n", (*Money)(nil))
	fmt.Printf("nil *Money     %%8v|   %8v|\n", (*Money)(nil))
	fmt.Printf("nil *Money     %%-8v|  %-8v|\n", (*Money)(nil))
	fmt.Printf("nil *Money     %%6.2f  %6.2f\n", (*Money)(nil))
	fmt.Printf("nil *Node      %%v     %v\n", (*Node)(nil))
	fmt.Printf("nil *Node      %%+v    %+v\n", (*Node)(nil))
	fmt.Printf("nil *Node      %%#v    %#v\n", (*Node)(nil))
	fmt.Printf("nil *Node      %%T     %T\n", (*Node)(nil))
	fmt.Printf("nil *Node      %%d     %d\n", (*Node)(nil))
	fmt.Printf("nil *Node      %%s     %s\n", (*Node)(nil))
	fmt.Printf("nil *Node      %%q     %q\n", (*Node)(nil))
	fmt.Printf("nil *Node      %%x     %x\n", (*Node)(nil))
	fmt.Printf("nil *Node      %%8v|   %8v|\n", (*Node)(nil))
	fmt.Printf("nil *Node      %%-8v|  %-8v|\n", (*Node)(nil))
	fmt.Printf("nil *Node      %%6.2f  %6.2f\n", (*Node)(nil))

	fmt.Printf("Vec            %%v     %v\n", Vec{1.5, 2})
	fmt.Printf("Vec            %%+v    %+v\n", Vec{1.5, 2})
	fmt.Printf("Vec            %%#v    %#v\n", Vec{1.5, 2})
	fmt.Printf("Vec            %%T     %T\n", Vec{1.5, 2})
	fmt.Printf("Vec            %%d     %d\n", Vec{1.5, 2})
	fmt.Printf("Vec            %%s     %s\n", Vec{1.5, 2})
	fmt.Printf("Vec            %%q     %q\n", Vec{1.5, 2})
	fmt.Printf("Vec            %%x     %x\n", Vec{1.5, 2})
	fmt.Printf("Vec            %%8v|   %8v|\n", Vec{1.5, 2})
	fmt.Printf("Vec            %%-8v|  %-8v|\n", Vec{1.5, 2})
	fmt.Printf("Vec            %%6.2f  %6.2f\n", Vec{1.5, 2})
	fmt.Printf("*Vec           %%v     %v\n", &Vec{3, 4})
	fmt.Printf("*Vec           %%+v    %+v\n", &Vec{3, 4})
	fmt.Printf("*Vec           %%#v    %#v\n", &Vec{3, 4})
	fmt.Printf("*Vec           %%T     %T\n", &Vec{3, 4})
	fmt.Printf("*Vec           %%d     %d\n", &Vec{3, 4})
	fmt.Printf("*Vec           %%s     %s\n", &Vec{3, 4})
	fmt.Printf("*Vec           %%q     %q\n", &Vec{3, 4})
	fmt.Printf("*Vec           %%x     %x\n", &Vec{3, 4})
	fmt.Printf("*Vec           %%8v|   %8v|\n", &Vec{3, 4})
	fmt.Printf("*Vec           %%-8v|  %-8v|\n", &Vec{3, 4})
	fmt.Printf("*Vec           %%6.2f  %6.2f\n", &Vec{3, 4})
	fmt.Printf("Node           %%v     %v\n", nd)
	fmt.Printf("Node           %%+v    %+v\n", nd)
	fmt.Printf("Node           %%#v    %#v\n", nd)
	fmt.Printf("Node           %%T     %T\n", nd)
	fmt.Printf("Node           %%d     %d\n", nd)
	fmt.Printf("Node           %%s     %s\n", nd)
	fmt.Printf("Node           %%q     %q\n", nd)
	fmt.Printf("Node           %%x     %x\n", nd)
	fmt.Printf("Node           %%8v|   %8v|\n", nd)
	fmt.Printf("Node           %%-8v|  %-8v|\n", nd)
	fmt.Printf("Node           %%6.2f  %6.2f\n", nd)
	fmt.Printf("*Node          %%v     %v\n", &nd)
	fmt.Printf("*Node          %%+v    %+v\n", &nd)
	fmt.Printf("*Node          %%#v    %#v\n", &nd)
	fmt.Printf("*Node          %%T     %T\n", &nd)
	fmt.Printf("*Node          %%d     %d\n", &nd)
	fmt.Printf("*Node          %%s     %s\n", &nd)
	fmt.Printf("*Node          %%q     %q\n", &nd)
	fmt.Printf("*Node          %%x     %x\n", &nd)
	fmt.Printf("*Node          %%8v|   %8v|\n", &nd)
	fmt.Printf("*Node          %%-8v|  %-8v|\n", &nd)
	fmt.Printf("*Node          %%6.2f  %6.2f\n", &nd)

}
