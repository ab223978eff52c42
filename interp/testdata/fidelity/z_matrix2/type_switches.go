package main

import (
	"fmt"
)

type Count int
type Name string
type Celsius float64
type Flag bool

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int64(m)/100, int64(m)%100) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Point struct{ X, Y int }

type Pair struct {
	K Name
	V Count
}

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Trio [3]int
type IntList []int
type Bag map[string]int

type Shower interface{ Show() string }

type Tag string

func (t Tag) Show() string { return "#" + string(t) }

type Cell struct{ R, C int }

func (c Cell) Show() string { return fmt.Sprintf("r%dc%d", c.R, c.C) }

type Grid [2]int

func (g Grid) Show() string { return fmt.Sprint(g[0], "x", g[1]) }

type Ref struct{ N int }

func (r *Ref) Show() string { return fmt.Sprint("ref", r.N) }

type Level int

func (l Level) Show() string { return fmt.Sprint("L", int(l)) }

type Rank int

func (r Rank) Show() string { return fmt.Sprint("R", int(r)) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Shower:
		return "Shower " + x.Show()
	case fmt.Stringer, error:
		return fmt.Sprintf("Stringer/error %T", x)
	case Count, Code:
		return fmt.Sprintf("Count/Code %T", x)
	case int, int64:
		return fmt.Sprintf("int/int64 %T", x)
	case Name:
		return "Name " + string(x)
	case string:
		return "string " + x
	case Point, *Point:
		return fmt.Sprintf("Point/*Point %T", x)
	case struct{ X, Y int }:
		return "anon XY"
	case Trio:
		return fmt.Sprint("Trio ", x[0])
	case [3]int:
		return "array3"
	case IntList, []int:
		return fmt.Sprintf("list %T", x)
	case interface{ Len() int }:
		return "Len"
	default:
		return fmt.Sprintf("default %T", x)
	}
}

func asserts(v any) string {
	_, s := v.(fmt.Stringer)
	_, e := v.(error)
	_, sh := v.(Shower)
	c, isC := v.(Count)
	_, isInt := v.(int)
	n, isN := v.(Name)
	_, isStr := v.(string)
	p, isP := v.(Point)
	_, isPP := v.(*Point)
	_, isA := v.(struct{ X, Y int })
	_, isT := v.([3]int)
	return fmt.Sprint(s, e, sh, c, isC, isInt, n, isN, isStr, p, isP, isPP, isA, isT)
}

func main() {
	fmt.Printf("%-26s %s | %s\n", "Count(3)", classify(Count(3)), asserts(Count(3)))
	fmt.Printf("%-26s %s | %s\n", "3", classify(3), asserts(3))
	fmt.Printf("%-26s %s | %s\n", "Code(3)", classify(Code(3)), asserts(Code(3)))
	fmt.Printf("%-26s %s | %s\n", "Money(3)", classify(Money(3)), asserts(Money(3)))
	fmt.Printf("%-26s %s | %s\n", "int64(3)", classify(int64(3)), asserts(int64(3)))
	fmt.Printf("%-26s %s | %s\n", "Name(\"n\")", classify(Name("n")), asserts(Name("n")))
	fmt.Printf("%-26s %s | %s\n", "\"n\"", classify("n"), asserts("n"))
	fmt.Printf("%-26s %s | %s\n", "Tag(\"n\")", classify(Tag("n")), asserts(Tag("n")))
	fmt.Printf("%-26s %s | %s\n", "Level(3)", classify(Level(3)), asserts(Level(3)))
	fmt.Printf("%-26s %s | %s\n", "Rank(3)", classify(Rank(3)), asserts(Rank(3)))
	fmt.Printf("%-26s %s | %s\n", "Point{1, 2}", classify(Point{1, 2}), asserts(Point{1, 2}))
	fmt.Printf("%-26s %s | %s\n", "&Point{1, 2}", classify(&Point{1, 2}), asserts(&Point{1, 2}))
	fmt.Printf("%-26s %s | %s\n", "struct{ X, Y int }{1, 2}", classify(struct{ X, Y int }{1, 2}), asserts(struct{ X, Y int }{1, 2}))
	fmt.Printf("%-26s %s | %s\n", "Cell{1, 2}", classify(Cell{1, 2}), asserts(Cell{1, 2}))
	fmt.Printf("%-26s %s | %s\n", "Vec{1, 2}", classify(Vec{1, 2}), asserts(Vec{1, 2}))
	fmt.Printf("%-26s %s | %s\n", "Trio{1, 2, 3}", classify(Trio{1, 2, 3}), asserts(Trio{1, 2, 3}))
	fmt.Printf("%-26s %s | %s\n", "[3]int{1, 2, 3}", classify([3]int{1, 2, 3}), asserts([3]int{1, 2, 3}))
	fmt.Printf("%-26s %s | %s\n", "Grid{1, 2}", classify(Grid{1, 2}), asserts(Grid{1, 2}))
	fmt.Printf("%-26s %s | %s\n", "IntList{1}", classify(IntList{1}), asserts(IntList{1}))
	fmt.Printf("%-26s %s | %s\n", "[]int{1}", classify([]int{1}), asserts([]int{1}))
	fmt.Printf("%-26s %s | %s\n", "Bag{\"a\": 1}", classify(Bag{"a": 1}), asserts(Bag{"a": 1}))
	fmt.Printf("%-26s %s | %s\n", "&Ref{1}", classify(&Ref{1}), asserts(&Ref{1}))
	fmt.Printf("%-26s %s | %s\n", "Celsius(3)", classify(Celsius(3)), asserts(Celsius(3)))
	fmt.Printf("%-26s %s | %s\n", "Flag(true)", classify(Flag(true)), asserts(Flag(true)))
	fmt.Printf("%-26s %s | %s\n", "nil", classify(nil), asserts(nil))
	fmt.Printf("%-26s %s | %s\n", "error(Code(4))", classify(error(Code(4))), asserts(error(Code(4))))
	fmt.Printf("%-26s %s | %s\n", "fmt.Stringer(Money(5))", classify(fmt.Stringer(Money(5))), asserts(fmt.Stringer(Money(5))))
	fmt.Printf("%-26s %s | %s\n", "Shower(Level(6))", classify(Shower(Level(6))), asserts(Shower(Level(6))))
	fmt.Printf("%-26s %s | %s\n", "struct{ A Count; B Name }{1, \"x\"}", classify(struct {
		A Count
		B Name
	}{1, "x"}), asserts(struct {
		A Count
		B Name
	}{1, "x"}))

	var sv Shower = Level(2)
	switch x := sv.(type) {
	case Rank:
		fmt.Println("sv Rank", x)
	case Level, Tag:
		fmt.Println("sv Level/Tag", x.Show())
	}
	if l, ok := sv.(Level); ok {
		fmt.Println("sv Level ok", int(l)+1)
	}
	if _, ok := sv.(interface{ Show() string }); ok {
		fmt.Println("sv anon iface ok")
	}
	var ev error = Code(5)
	switch x := ev.(type) {
	case fmt.Stringer:
		fmt.Println("ev Stringer", x)
	case Code:
		fmt.Println("ev Code", int(x))
	}
	c, ok := ev.(Code)
	fmt.Println("ev comma-ok", int(c), ok)
	m, ok := ev.(interface{ String() string })
	fmt.Println("ev String comma-ok", m, ok)
}
