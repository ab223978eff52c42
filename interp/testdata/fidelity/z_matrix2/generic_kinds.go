package main

import (
	"cmp"
	"fmt"
	"slices"
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

func Ident[T any](v T) T { return v }

func Describe[T any](v T) string { return fmt.Sprintf("%T=%v", v, v) }

func Kind[T any](v T) string {
	switch any(v).(type) {
	case fmt.Stringer:
		return "Stringer"
	case error:
		return "error"
	case Count:
		return "Count"
	case int:
		return "int"
	case Name, string:
		return "stringish"
	case Point:
		return "Point"
	default:
		return "other"
	}
}

func Eq[T comparable](a, b T) bool { return a == b }

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func Pairs[T any](a, b T) [2]T { return [2]T{a, b} }

func Map[T, U any](xs []T, f func(T) U) []U {
	var r []U
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Largest[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Box[T any] struct{ V T }

func (b Box[T]) Get() T         { return b.V }
func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }
func (b *Box[T]) Set(v T)       { b.V = v }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Keys[K comparable, V any](m map[K]V) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	{
		v := Count(3)
		fmt.Println("Count    Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("Count    Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, Count(4))
		fmt.Println("Count    Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]Count{v, Count(4)}, func(x Count) string { return fmt.Sprint(x) })
		fmt.Println("Count    Map     ", strs)
		bx := Box[Count]{v}
		fmt.Println("Count    Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(Count(4))
		fmt.Println("Count    Box set ", bx.Get())
	}
	{
		z := Zero[Count]()
		fmt.Println("Count    Zero    ", fmt.Sprintf("%v %T", z, z))
	}
	{
		v := Count(3)
		fmt.Println("Count    Eq      ", Eq(v, v), Eq(v, Count(4)), Eq[any](v, 3), Index([]Count{Count(4), v}, v))
		s := Set[Count]{}
		s.Add(v)
		s.Add(v)
		s.Add(Count(4))
		fmt.Println("Count    Set     ", len(s), s.Has(v), s.Has(Count(5)), Set[any]{v: {}}.Has(3))
	}
	fmt.Println("Count    Largest ", Largest(Count(3), Count(5), Count(4)))
	fmt.Println("Count    Sum     ", Sum(Count(3), Count(4), Count(5)), fmt.Sprintf("%T", Sum(Count(3))))

	{
		v := Name("ab")
		fmt.Println("Name     Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("Name     Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, Name("cd"))
		fmt.Println("Name     Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]Name{v, Name("cd")}, func(x Name) string { return fmt.Sprint(x) })
		fmt.Println("Name     Map     ", strs)
		bx := Box[Name]{v}
		fmt.Println("Name     Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(Name("cd"))
		fmt.Println("Name     Box set ", bx.Get())
	}
	{
		z := Zero[Name]()
		fmt.Println("Name     Zero    ", fmt.Sprintf("%v %T", z, z))
	}
	{
		v := Name("ab")
		fmt.Println("Name     Eq      ", Eq(v, v), Eq(v, Name("cd")), Eq[any](v, "ab"), Index([]Name{Name("cd"), v}, v))
		s := Set[Name]{}
		s.Add(v)
		s.Add(v)
		s.Add(Name("cd"))
		fmt.Println("Name     Set     ", len(s), s.Has(v), s.Has(Name("ef")), Set[any]{v: {}}.Has("ab"))
	}
	fmt.Println("Name     Largest ", Largest(Name("ab"), Name("ef"), Name("cd")))

	{
		v := Celsius(1.5)
		fmt.Println("Celsius  Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("Celsius  Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, Celsius(2.25))
		fmt.Println("Celsius  Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]Celsius{v, Celsius(2.25)}, func(x Celsius) string { return fmt.Sprint(x) })
		fmt.Println("Celsius  Map     ", strs)
		bx := Box[Celsius]{v}
		fmt.Println("Celsius  Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(Celsius(2.25))
		fmt.Println("Celsius  Box set ", bx.Get())
	}
	{
		z := Zero[Celsius]()
		fmt.Println("Celsius  Zero    ", fmt.Sprintf("%v %T", z, z))
	}
	{
		v := Celsius(1.5)
		fmt.Println("Celsius  Eq      ", Eq(v, v), Eq(v, Celsius(2.25)), Eq[any](v, 1.5), Index([]Celsius{Celsius(2.25), v}, v))
		s := Set[Celsius]{}
		s.Add(v)
		s.Add(v)
		s.Add(Celsius(2.25))
		fmt.Println("Celsius  Set     ", len(s), s.Has(v), s.Has(Celsius(7)), Set[any]{v: {}}.Has(1.5))
	}
	fmt.Println("Celsius  Largest ", Largest(Celsius(1.5), Celsius(7), Celsius(2.25)))
	fmt.Println("Celsius  Sum     ", Sum(Celsius(1.5), Celsius(2.25), Celsius(7)), fmt.Sprintf("%T", Sum(Celsius(1.5))))

	{
		v := Flag(true)
		fmt.Println("Flag     Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("Flag     Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, Flag(false))
		fmt.Println("Flag     Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]Flag{v, Flag(false)}, func(x Flag) string { return fmt.Sprint(x) })
		fmt.Println("Flag     Map     ", strs)
		bx := Box[Flag]{v}
		fmt.Println("Flag     Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(Flag(false))
		fmt.Println("Flag     Box set ", bx.Get())
	}
	{
		z := Zero[Flag]()
		fmt.Println("Flag     Zero    ", fmt.Sprintf("%v %T", z, z))
	}
	{
		v := Flag(true)
		fmt.Println("Flag     Eq      ", Eq(v, v), Eq(v, Flag(false)), Eq[any](v, true), Index([]Flag{Flag(false), v}, v))
		s := Set[Flag]{}
		s.Add(v)
		s.Add(v)
		s.Add(Flag(false))
		fmt.Println("Flag     Set     ", len(s), s.Has(v), s.Has(Flag(true)), Set[any]{v: {}}.Has(true))
	}

	{
		v := Money(250)
		fmt.Println("Money    Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("Money    Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, Money(1999))
		fmt.Println("Money    Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]Money{v, Money(1999)}, func(x Money) string { return fmt.Sprint(x) })
		fmt.Println("Money    Map     ", strs)
		bx := Box[Money]{v}
		fmt.Println("Money    Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(Money(1999))
		fmt.Println("Money    Box set ", bx.Get())
	}
	{
		z := Zero[Money]()
		fmt.Println("Money    Zero    ", fmt.Sprintf("%v %T", z, z))
	}
	{
		v := Money(250)
		fmt.Println("Money    Eq      ", Eq(v, v), Eq(v, Money(1999)), Eq[any](v, int64(250)), Index([]Money{Money(1999), v}, v))
		s := Set[Money]{}
		s.Add(v)
		s.Add(v)
		s.Add(Money(1999))
		fmt.Println("Money    Set     ", len(s), s.Has(v), s.Has(Money(5000)), Set[any]{v: {}}.Has(int64(250)))
	}
	fmt.Println("Money    Largest ", Largest(Money(250), Money(5000), Money(1999)))
	fmt.Println("Money    Sum     ", Sum(Money(250), Money(1999), Money(5000)), fmt.Sprintf("%T", Sum(Money(250))))

	{
		v := Code(7)
		fmt.Println("Code     Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("Code     Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, Code(8))
		fmt.Println("Code     Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]Code{v, Code(8)}, func(x Code) string { return fmt.Sprint(x) })
		fmt.Println("Code     Map     ", strs)
		bx := Box[Code]{v}
		fmt.Println("Code     Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(Code(8))
		fmt.Println("Code     Box set ", bx.Get())
	}
	{
		z := Zero[Code]()
		fmt.Println("Code     Zero    ", fmt.Sprintf("%v %T", z, z))
	}
	{
		v := Code(7)
		fmt.Println("Code     Eq      ", Eq(v, v), Eq(v, Code(8)), Eq[any](v, 7), Index([]Code{Code(8), v}, v))
		s := Set[Code]{}
		s.Add(v)
		s.Add(v)
		s.Add(Code(8))
		fmt.Println("Code     Set     ", len(s), s.Has(v), s.Has(Code(9)), Set[any]{v: {}}.Has(7))
	}

	{
		v := Point{1, 2}
		fmt.Println("Point    Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("Point    Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, Point{3, 4})
		fmt.Println("Point    Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]Point{v, Point{3, 4}}, func(x Point) string { return fmt.Sprint(x) })
		fmt.Println("Point    Map     ", strs)
		bx := Box[Point]{v}
		fmt.Println("Point    Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(Point{3, 4})
		fmt.Println("Point    Box set ", bx.Get())
	}
	{
		z := Zero[Point]()
		fmt.Println("Point    Zero    ", fmt.Sprintf("%v %T", z, z))
	}
	{
		v := Point{1, 2}
		fmt.Println("Point    Eq      ", Eq(v, v), Eq(v, Point{3, 4}), Eq[any](v, struct{ X, Y int }{1, 2}), Index([]Point{Point{3, 4}, v}, v))
		s := Set[Point]{}
		s.Add(v)
		s.Add(v)
		s.Add(Point{3, 4})
		fmt.Println("Point    Set     ", len(s), s.Has(v), s.Has(Point{5, 6}), Set[any]{v: {}}.Has(struct{ X, Y int }{1, 2}))
	}

	{
		v := Pair{"k", 1}
		fmt.Println("Pair     Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("Pair     Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, Pair{"l", 2})
		fmt.Println("Pair     Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]Pair{v, Pair{"l", 2}}, func(x Pair) string { return fmt.Sprint(x) })
		fmt.Println("Pair     Map     ", strs)
		bx := Box[Pair]{v}
		fmt.Println("Pair     Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(Pair{"l", 2})
		fmt.Println("Pair     Box set ", bx.Get())
	}
	{
		z := Zero[Pair]()
		fmt.Println("Pair     Zero    ", fmt.Sprintf("%v %T", z, z))
	}
	{
		v := Pair{"k", 1}
		fmt.Println("Pair     Eq      ", Eq(v, v), Eq(v, Pair{"l", 2}), Eq[any](v, struct {
			K Name
			V Count
		}{"k", 1}), Index([]Pair{Pair{"l", 2}, v}, v))
		s := Set[Pair]{}
		s.Add(v)
		s.Add(v)
		s.Add(Pair{"l", 2})
		fmt.Println("Pair     Set     ", len(s), s.Has(v), s.Has(Pair{"m", 3}), Set[any]{v: {}}.Has(struct {
			K Name
			V Count
		}{"k", 1}))
	}

	{
		v := Vec{1, 2}
		fmt.Println("Vec      Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("Vec      Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, Vec{3, 4})
		fmt.Println("Vec      Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]Vec{v, Vec{3, 4}}, func(x Vec) string { return fmt.Sprint(x) })
		fmt.Println("Vec      Map     ", strs)
		bx := Box[Vec]{v}
		fmt.Println("Vec      Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(Vec{3, 4})
		fmt.Println("Vec      Box set ", bx.Get())
	}
	{
		z := Zero[Vec]()
		fmt.Println("Vec      Zero    ", fmt.Sprintf("%v %T", z, z))
	}
	{
		v := Vec{1, 2}
		fmt.Println("Vec      Eq      ", Eq(v, v), Eq(v, Vec{3, 4}), Eq[any](v, struct{ X, Y float64 }{1, 2}), Index([]Vec{Vec{3, 4}, v}, v))
		s := Set[Vec]{}
		s.Add(v)
		s.Add(v)
		s.Add(Vec{3, 4})
		fmt.Println("Vec      Set     ", len(s), s.Has(v), s.Has(Vec{5, 6}), Set[any]{v: {}}.Has(struct{ X, Y float64 }{1, 2}))
	}

	{
		v := &Point{1, 2}
		fmt.Println("*Point   Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("*Point   Ident   ", *Ident(v), **Ptr(v))
		p := Pairs(v, &Point{3, 4})
		fmt.Println("*Point   Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]*Point{v, &Point{3, 4}}, func(x *Point) string { return fmt.Sprint(*x) })
		fmt.Println("*Point   Map     ", strs)
		bx := Box[*Point]{v}
		fmt.Println("*Point   Box     ", *bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(&Point{3, 4})
		fmt.Println("*Point   Box set ", *bx.Get())
	}
	{
		v := &Point{1, 2}
		fmt.Println("*Point   Eq      ", Eq(v, v), Eq(v, &Point{3, 4}), Eq[any](v, &Point{1, 2}), Index([]*Point{&Point{3, 4}, v}, v))
		s := Set[*Point]{}
		s.Add(v)
		s.Add(v)
		s.Add(&Point{3, 4})
		fmt.Println("*Point   Set     ", len(s), s.Has(v), s.Has(&Point{5, 6}), Set[any]{v: {}}.Has(&Point{1, 2}))
	}

	{
		v := Trio{1, 2, 3}
		fmt.Println("Trio     Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("Trio     Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, Trio{4, 5, 6})
		fmt.Println("Trio     Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]Trio{v, Trio{4, 5, 6}}, func(x Trio) string { return fmt.Sprint(x) })
		fmt.Println("Trio     Map     ", strs)
		bx := Box[Trio]{v}
		fmt.Println("Trio     Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(Trio{4, 5, 6})
		fmt.Println("Trio     Box set ", bx.Get())
	}
	{
		z := Zero[Trio]()
		fmt.Println("Trio     Zero    ", fmt.Sprintf("%v %T", z, z))
	}
	{
		v := Trio{1, 2, 3}
		fmt.Println("Trio     Eq      ", Eq(v, v), Eq(v, Trio{4, 5, 6}), Eq[any](v, [3]int{1, 2, 3}), Index([]Trio{Trio{4, 5, 6}, v}, v))
		s := Set[Trio]{}
		s.Add(v)
		s.Add(v)
		s.Add(Trio{4, 5, 6})
		fmt.Println("Trio     Set     ", len(s), s.Has(v), s.Has(Trio{7, 8, 9}), Set[any]{v: {}}.Has([3]int{1, 2, 3}))
	}

	{
		v := IntList{1, 2}
		fmt.Println("IntList  Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("IntList  Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, IntList{3, 4})
		fmt.Println("IntList  Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]IntList{v, IntList{3, 4}}, func(x IntList) string { return fmt.Sprint(x) })
		fmt.Println("IntList  Map     ", strs)
		bx := Box[IntList]{v}
		fmt.Println("IntList  Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(IntList{3, 4})
		fmt.Println("IntList  Box set ", bx.Get())
	}
	{
		z := Zero[IntList]()
		fmt.Println("IntList  Zero    ", fmt.Sprintf("%v %T", z, z))
	}

	{
		v := Bag{"a": 1}
		fmt.Println("Bag      Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("Bag      Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, Bag{"a": 2})
		fmt.Println("Bag      Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]Bag{v, Bag{"a": 2}}, func(x Bag) string { return fmt.Sprint(x) })
		fmt.Println("Bag      Map     ", strs)
		bx := Box[Bag]{v}
		fmt.Println("Bag      Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(Bag{"a": 2})
		fmt.Println("Bag      Box set ", bx.Get())
	}
	{
		z := Zero[Bag]()
		fmt.Println("Bag      Zero    ", fmt.Sprintf("%v %T", z, z))
	}

	{
		v := struct {
			A Count
			B Name
		}{1, "x"}
		fmt.Println("anon     Describe", Describe(v), "|", Kind(v), "|", Kind[any](v), "|", Kind(&v))
		fmt.Println("anon     Ident   ", Ident(v), *Ptr(v))
		p := Pairs(v, struct {
			A Count
			B Name
		}{2, "y"})
		fmt.Println("anon     Pairs   ", len(p), fmt.Sprintf("%T", p))
		strs := Map([]struct {
			A Count
			B Name
		}{v, struct {
			A Count
			B Name
		}{2, "y"}}, func(x struct {
			A Count
			B Name
		}) string {
			return fmt.Sprint(x)
		})
		fmt.Println("anon     Map     ", strs)
		bx := Box[struct {
			A Count
			B Name
		}]{v}
		fmt.Println("anon     Box     ", bx.Get(), fmt.Sprintf("%T", bx))
		bx.Set(struct {
			A Count
			B Name
		}{2, "y"})
		fmt.Println("anon     Box set ", bx.Get())
	}
	{
		z := Zero[struct {
			A Count
			B Name
		}]()
		fmt.Println("anon     Zero    ", fmt.Sprintf("%v %T", z, z))
	}
	{
		v := struct {
			A Count
			B Name
		}{1, "x"}
		fmt.Println("anon     Eq      ", Eq(v, v), Eq(v, struct {
			A Count
			B Name
		}{2, "y"}), Eq[any](v, struct {
			A int
			B string
		}{1, "x"}), Index([]struct {
			A Count
			B Name
		}{struct {
			A Count
			B Name
		}{2, "y"}, v}, v))
		s := Set[struct {
			A Count
			B Name
		}]{}
		s.Add(v)
		s.Add(v)
		s.Add(struct {
			A Count
			B Name
		}{2, "y"})
		fmt.Println("anon     Set     ", len(s), s.Has(v), s.Has(struct {
			A Count
			B Name
		}{3, "z"}), Set[any]{v: {}}.Has(struct {
			A int
			B string
		}{1, "x"}))
	}

	ks := Keys(map[Name]Count{"b": 1, "a": 2})
	slices.Sort(ks)
	fmt.Println("Keys", ks, fmt.Sprintf("%T", ks))
	bm := Box[Money]{250}
	fmt.Println("Box[Money]", bm, bm.Get(), Box[Point]{Point{1, 2}}, []Box[Code]{{1}, {2}})
	var st fmt.Stringer = Box[Name]{"n"}
	fmt.Println("Box in Stringer", st.String(), st)
}
