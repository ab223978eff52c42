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

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Trio [3]int
type IntList []int
type Bag map[string]int

func Id[T any](v T) T { return v }

func Zero[T any]() T {
	var z T
	return z
}

func AsAny[T any](v T) any { return v }

func Back[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func Eq[T comparable](a, b T) bool { return a == b }

func EqAny[T comparable](a T, b any) bool { return any(a) == b }

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func (b *Box[T]) Set(v T) { b.V = v }

func KindOf[T any](v T) string {
	switch any(v).(type) {
	case fmt.Stringer:
		return "stringer"
	case error:
		return "error"
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func Pick[T any](xs []T, i int) T { return xs[i] }

func Collect[T any](xs ...T) []T { return append([]T(nil), xs...) }

func Apply[T any](v T, f func(T) T) T { return f(v) }

type Pair2[K comparable, V any] struct {
	K K
	V V
}

func MakePair[K comparable, V any](k K, v V) Pair2[K, V] { return Pair2[K, V]{k, v} }

func SumOf[T ~int | ~int64 | ~float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func JoinOf[T ~string](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x + "/"
	}
	return s
}

func Strs[T fmt.Stringer](xs ...T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.String())
	}
	return out
}

func main() {
	{
		fmt.Printf("Count     id         %v %T\n", (Id(Count(3))), Id(Count(3)))
		fmt.Printf("Count     zero       %T %v\n", Zero[Count](), Zero[Count]())
		fmt.Printf("Count     as-any     %T %v\n", AsAny(Count(4)), AsAny(Count(4)))
		v, ok := Back[Count](AsAny(Count(3)))
		fmt.Printf("Count     back       %v %v\n", (v), ok)
		b := Box[Count]{Count(3)}
		b.Set(Count(4))
		fmt.Printf("Count     box        %T %v\n", b, (b.Get()))
		fmt.Printf("Count     kind       %s\n", KindOf(Count(3)))
		fmt.Printf("Count     pick       %v %T\n", (Pick([]Count{Count(3), Count(4)}, 1)), Pick([]Count{Count(3), Count(4)}, 1))
		c := Collect(Count(3), Count(5))
		fmt.Printf("Count     collect    %T %d\n", c, len(c))
		fmt.Printf("Count     apply      %v\n", (Apply(Count(3), func(x Count) Count { x++; return x })))
		p := MakePair("k", Count(5))
		fmt.Printf("Count     pair       %T %v\n", p, (p.V))
		_, ok2 := Back[Count](any(3))
		fmt.Printf("Count     back-twin  %v\n", ok2)
		fmt.Printf("Count     eq         %v %v\n", Eq(Count(3), Count(3)), Eq(Count(3), Count(4)))
		fmt.Printf("Count     eq-any     %v %v\n", EqAny(Count(3), Count(3)), EqAny(Count(3), 3))
		mp := MakePair(Count(3), 1)
		fmt.Printf("Count     key-pair   %T %v\n", mp, mp.K == Count(3))
	}

	{
		fmt.Printf("Name      id         %v %T\n", (Id(Name("ab"))), Id(Name("ab")))
		fmt.Printf("Name      zero       %T %v\n", Zero[Name](), Zero[Name]())
		fmt.Printf("Name      as-any     %T %v\n", AsAny(Name("cd")), AsAny(Name("cd")))
		v, ok := Back[Name](AsAny(Name("ab")))
		fmt.Printf("Name      back       %v %v\n", (v), ok)
		b := Box[Name]{Name("ab")}
		b.Set(Name("cd"))
		fmt.Printf("Name      box        %T %v\n", b, (b.Get()))
		fmt.Printf("Name      kind       %s\n", KindOf(Name("ab")))
		fmt.Printf("Name      pick       %v %T\n", (Pick([]Name{Name("ab"), Name("cd")}, 1)), Pick([]Name{Name("ab"), Name("cd")}, 1))
		c := Collect(Name("ab"), Name("ef"))
		fmt.Printf("Name      collect    %T %d\n", c, len(c))
		fmt.Printf("Name      apply      %v\n", (Apply(Name("ab"), func(x Name) Name { x += "!"; return x })))
		p := MakePair("k", Name("ef"))
		fmt.Printf("Name      pair       %T %v\n", p, (p.V))
		_, ok2 := Back[Name](any("ab"))
		fmt.Printf("Name      back-twin  %v\n", ok2)
		fmt.Printf("Name      eq         %v %v\n", Eq(Name("ab"), Name("ab")), Eq(Name("ab"), Name("cd")))
		fmt.Printf("Name      eq-any     %v %v\n", EqAny(Name("ab"), Name("ab")), EqAny(Name("ab"), "ab"))
		mp := MakePair(Name("ab"), 1)
		fmt.Printf("Name      key-pair   %T %v\n", mp, mp.K == Name("ab"))
	}

	{
		fmt.Printf("Celsius   id         %v %T\n", (Id(Celsius(1.5))), Id(Celsius(1.5)))
		fmt.Printf("Celsius   zero       %T %v\n", Zero[Celsius](), Zero[Celsius]())
		fmt.Printf("Celsius   as-any     %T %v\n", AsAny(Celsius(2.25)), AsAny(Celsius(2.25)))
		v, ok := Back[Celsius](AsAny(Celsius(1.5)))
		fmt.Printf("Celsius   back       %v %v\n", (v), ok)
		b := Box[Celsius]{Celsius(1.5)}
		b.Set(Celsius(2.25))
		fmt.Printf("Celsius   box        %T %v\n", b, (b.Get()))
		fmt.Printf("Celsius   kind       %s\n", KindOf(Celsius(1.5)))
		fmt.Printf("Celsius   pick       %v %T\n", (Pick([]Celsius{Celsius(1.5), Celsius(2.25)}, 1)), Pick([]Celsius{Celsius(1.5), Celsius(2.25)}, 1))
		c := Collect(Celsius(1.5), Celsius(7))
		fmt.Printf("Celsius   collect    %T %d\n", c, len(c))
		fmt.Printf("Celsius   apply      %v\n", (Apply(Celsius(1.5), func(x Celsius) Celsius { x *= 2; return x })))
		p := MakePair("k", Celsius(7))
		fmt.Printf("Celsius   pair       %T %v\n", p, (p.V))
		_, ok2 := Back[Celsius](any(1.5))
		fmt.Printf("Celsius   back-twin  %v\n", ok2)
		fmt.Printf("Celsius   eq         %v %v\n", Eq(Celsius(1.5), Celsius(1.5)), Eq(Celsius(1.5), Celsius(2.25)))
		fmt.Printf("Celsius   eq-any     %v %v\n", EqAny(Celsius(1.5), Celsius(1.5)), EqAny(Celsius(1.5), 1.5))
		mp := MakePair(Celsius(1.5), 1)
		fmt.Printf("Celsius   key-pair   %T %v\n", mp, mp.K == Celsius(1.5))
	}

	{
		fmt.Printf("Flag      id         %v %T\n", (Id(Flag(true))), Id(Flag(true)))
		fmt.Printf("Flag      zero       %T %v\n", Zero[Flag](), Zero[Flag]())
		fmt.Printf("Flag      as-any     %T %v\n", AsAny(Flag(false)), AsAny(Flag(false)))
		v, ok := Back[Flag](AsAny(Flag(true)))
		fmt.Printf("Flag      back       %v %v\n", (v), ok)
		b := Box[Flag]{Flag(true)}
		b.Set(Flag(false))
		fmt.Printf("Flag      box        %T %v\n", b, (b.Get()))
		fmt.Printf("Flag      kind       %s\n", KindOf(Flag(true)))
		fmt.Printf("Flag      pick       %v %T\n", (Pick([]Flag{Flag(true), Flag(false)}, 1)), Pick([]Flag{Flag(true), Flag(false)}, 1))
		c := Collect(Flag(true), Flag(true))
		fmt.Printf("Flag      collect    %T %d\n", c, len(c))
		fmt.Printf("Flag      apply      %v\n", (Apply(Flag(true), func(x Flag) Flag { x = !x; return x })))
		p := MakePair("k", Flag(true))
		fmt.Printf("Flag      pair       %T %v\n", p, (p.V))
		_, ok2 := Back[Flag](any(true))
		fmt.Printf("Flag      back-twin  %v\n", ok2)
		fmt.Printf("Flag      eq         %v %v\n", Eq(Flag(true), Flag(true)), Eq(Flag(true), Flag(false)))
		fmt.Printf("Flag      eq-any     %v %v\n", EqAny(Flag(true), Flag(true)), EqAny(Flag(true), true))
		mp := MakePair(Flag(true), 1)
		fmt.Printf("Flag      key-pair   %T %v\n", mp, mp.K == Flag(true))
	}

	{
		fmt.Printf("Money     id         %v %T\n", (Id(Money(250))), Id(Money(250)))
		fmt.Printf("Money     zero       %T %v\n", Zero[Money](), Zero[Money]())
		fmt.Printf("Money     as-any     %T %v\n", AsAny(Money(1999)), AsAny(Money(1999)))
		v, ok := Back[Money](AsAny(Money(250)))
		fmt.Printf("Money     back       %v %v\n", (v), ok)
		b := Box[Money]{Money(250)}
		b.Set(Money(1999))
		fmt.Printf("Money     box        %T %v\n", b, (b.Get()))
		fmt.Printf("Money     kind       %s\n", KindOf(Money(250)))
		fmt.Printf("Money     pick       %v %T\n", (Pick([]Money{Money(250), Money(1999)}, 1)), Pick([]Money{Money(250), Money(1999)}, 1))
		c := Collect(Money(250), Money(5000))
		fmt.Printf("Money     collect    %T %d\n", c, len(c))
		fmt.Printf("Money     apply      %v\n", (Apply(Money(250), func(x Money) Money { x += 100; return x })))
		p := MakePair("k", Money(5000))
		fmt.Printf("Money     pair       %T %v\n", p, (p.V))
		_, ok2 := Back[Money](any(int64(250)))
		fmt.Printf("Money     back-twin  %v\n", ok2)
		fmt.Printf("Money     eq         %v %v\n", Eq(Money(250), Money(250)), Eq(Money(250), Money(1999)))
		fmt.Printf("Money     eq-any     %v %v\n", EqAny(Money(250), Money(250)), EqAny(Money(250), int64(250)))
		mp := MakePair(Money(250), 1)
		fmt.Printf("Money     key-pair   %T %v\n", mp, mp.K == Money(250))
	}

	{
		fmt.Printf("Code      id         %v %T\n", (Id(Code(7))), Id(Code(7)))
		fmt.Printf("Code      zero       %T %v\n", Zero[Code](), Zero[Code]())
		fmt.Printf("Code      as-any     %T %v\n", AsAny(Code(8)), AsAny(Code(8)))
		v, ok := Back[Code](AsAny(Code(7)))
		fmt.Printf("Code      back       %v %v\n", (v), ok)
		b := Box[Code]{Code(7)}
		b.Set(Code(8))
		fmt.Printf("Code      box        %T %v\n", b, (b.Get()))
		fmt.Printf("Code      kind       %s\n", KindOf(Code(7)))
		fmt.Printf("Code      pick       %v %T\n", (Pick([]Code{Code(7), Code(8)}, 1)), Pick([]Code{Code(7), Code(8)}, 1))
		c := Collect(Code(7), Code(9))
		fmt.Printf("Code      collect    %T %d\n", c, len(c))
		fmt.Printf("Code      apply      %v\n", (Apply(Code(7), func(x Code) Code { x++; return x })))
		p := MakePair("k", Code(9))
		fmt.Printf("Code      pair       %T %v\n", p, (p.V))
		_, ok2 := Back[Code](any(7))
		fmt.Printf("Code      back-twin  %v\n", ok2)
		fmt.Printf("Code      eq         %v %v\n", Eq(Code(7), Code(7)), Eq(Code(7), Code(8)))
		fmt.Printf("Code      eq-any     %v %v\n", EqAny(Code(7), Code(7)), EqAny(Code(7), 7))
		mp := MakePair(Code(7), 1)
		fmt.Printf("Code      key-pair   %T %v\n", mp, mp.K == Code(7))
	}

	{
		fmt.Printf("Point     id         %v %T\n", (Id(Point{1, 2})), Id(Point{1, 2}))
		fmt.Printf("Point     zero       %T %v\n", Zero[Point](), Zero[Point]())
		fmt.Printf("Point     as-any     %T %v\n", AsAny(Point{3, 4}), AsAny(Point{3, 4}))
		v, ok := Back[Point](AsAny(Point{1, 2}))
		fmt.Printf("Point     back       %v %v\n", (v), ok)
		b := Box[Point]{Point{1, 2}}
		b.Set(Point{3, 4})
		fmt.Printf("Point     box        %T %v\n", b, (b.Get()))
		fmt.Printf("Point     kind       %s\n", KindOf(Point{1, 2}))
		fmt.Printf("Point     pick       %v %T\n", (Pick([]Point{Point{1, 2}, Point{3, 4}}, 1)), Pick([]Point{Point{1, 2}, Point{3, 4}}, 1))
		c := Collect(Point{1, 2}, Point{5, 6})
		fmt.Printf("Point     collect    %T %d\n", c, len(c))
		fmt.Printf("Point     apply      %v\n", (Apply(Point{1, 2}, func(x Point) Point { x.X = 9; return x })))
		p := MakePair("k", Point{5, 6})
		fmt.Printf("Point     pair       %T %v\n", p, (p.V))
		_, ok2 := Back[Point](any(struct{ X, Y int }{1, 2}))
		fmt.Printf("Point     back-twin  %v\n", ok2)
		fmt.Printf("Point     eq         %v %v\n", Eq(Point{1, 2}, Point{1, 2}), Eq(Point{1, 2}, Point{3, 4}))
		fmt.Printf("Point     eq-any     %v %v\n", EqAny(Point{1, 2}, Point{1, 2}), EqAny(Point{1, 2}, struct{ X, Y int }{1, 2}))
		mp := MakePair(Point{1, 2}, 1)
		fmt.Printf("Point     key-pair   %T %v\n", mp, mp.K == Point{1, 2})
	}

	{
		fmt.Printf("Vec       id         %v %T\n", (Id(Vec{1, 2})), Id(Vec{1, 2}))
		fmt.Printf("Vec       zero       %T %v\n", Zero[Vec](), Zero[Vec]())
		fmt.Printf("Vec       as-any     %T %v\n", AsAny(Vec{3, 4}), AsAny(Vec{3, 4}))
		v, ok := Back[Vec](AsAny(Vec{1, 2}))
		fmt.Printf("Vec       back       %v %v\n", (v), ok)
		b := Box[Vec]{Vec{1, 2}}
		b.Set(Vec{3, 4})
		fmt.Printf("Vec       box        %T %v\n", b, (b.Get()))
		fmt.Printf("Vec       kind       %s\n", KindOf(Vec{1, 2}))
		fmt.Printf("Vec       pick       %v %T\n", (Pick([]Vec{Vec{1, 2}, Vec{3, 4}}, 1)), Pick([]Vec{Vec{1, 2}, Vec{3, 4}}, 1))
		c := Collect(Vec{1, 2}, Vec{5, 6})
		fmt.Printf("Vec       collect    %T %d\n", c, len(c))
		fmt.Printf("Vec       apply      %v\n", (Apply(Vec{1, 2}, func(x Vec) Vec { x.X = 9; return x })))
		p := MakePair("k", Vec{5, 6})
		fmt.Printf("Vec       pair       %T %v\n", p, (p.V))
		_, ok2 := Back[Vec](any(struct{ X, Y float64 }{1, 2}))
		fmt.Printf("Vec       back-twin  %v\n", ok2)
		fmt.Printf("Vec       eq         %v %v\n", Eq(Vec{1, 2}, Vec{1, 2}), Eq(Vec{1, 2}, Vec{3, 4}))
		fmt.Printf("Vec       eq-any     %v %v\n", EqAny(Vec{1, 2}, Vec{1, 2}), EqAny(Vec{1, 2}, struct{ X, Y float64 }{1, 2}))
		mp := MakePair(Vec{1, 2}, 1)
		fmt.Printf("Vec       key-pair   %T %v\n", mp, mp.K == Vec{1, 2})
	}

	{
		fmt.Printf("*Point    id         %v %T\n", *(Id(&Point{1, 2})), Id(&Point{1, 2}))
		fmt.Printf("*Point    zero       %T %v\n", Zero[*Point](), Zero[*Point]())
		fmt.Printf("*Point    as-any     %T %v\n", AsAny(&Point{3, 4}), AsAny(&Point{3, 4}))
		v, ok := Back[*Point](AsAny(&Point{1, 2}))
		fmt.Printf("*Point    back       %v %v\n", *(v), ok)
		b := Box[*Point]{&Point{1, 2}}
		b.Set(&Point{3, 4})
		fmt.Printf("*Point    box        %T %v\n", b, *(b.Get()))
		fmt.Printf("*Point    kind       %s\n", KindOf(&Point{1, 2}))
		fmt.Printf("*Point    pick       %v %T\n", *(Pick([]*Point{&Point{1, 2}, &Point{3, 4}}, 1)), Pick([]*Point{&Point{1, 2}, &Point{3, 4}}, 1))
		c := Collect(&Point{1, 2}, &Point{5, 6})
		fmt.Printf("*Point    collect    %T %d\n", c, len(c))
		fmt.Printf("*Point    apply      %v\n", *(Apply(&Point{1, 2}, func(x *Point) *Point { x.X = 9; return x })))
		p := MakePair("k", &Point{5, 6})
		fmt.Printf("*Point    pair       %T %v\n", p, *(p.V))
		fmt.Printf("*Point    eq         %v %v\n", Eq(&Point{1, 2}, &Point{1, 2}), Eq(&Point{1, 2}, &Point{3, 4}))
		mp := MakePair(&Point{1, 2}, 1)
		fmt.Printf("*Point    key-pair   %T %v\n", mp, mp.K == &Point{1, 2})
	}

	{
		fmt.Printf("Trio      id         %v %T\n", (Id(Trio{1, 2, 3})), Id(Trio{1, 2, 3}))
		fmt.Printf("Trio      zero       %T %v\n", Zero[Trio](), Zero[Trio]())
		fmt.Printf("Trio      as-any     %T %v\n", AsAny(Trio{4, 5, 6}), AsAny(Trio{4, 5, 6}))
		v, ok := Back[Trio](AsAny(Trio{1, 2, 3}))
		fmt.Printf("Trio      back       %v %v\n", (v), ok)
		b := Box[Trio]{Trio{1, 2, 3}}
		b.Set(Trio{4, 5, 6})
		fmt.Printf("Trio      box        %T %v\n", b, (b.Get()))
		fmt.Printf("Trio      kind       %s\n", KindOf(Trio{1, 2, 3}))
		fmt.Printf("Trio      pick       %v %T\n", (Pick([]Trio{Trio{1, 2, 3}, Trio{4, 5, 6}}, 1)), Pick([]Trio{Trio{1, 2, 3}, Trio{4, 5, 6}}, 1))
		c := Collect(Trio{1, 2, 3}, Trio{7, 8, 9})
		fmt.Printf("Trio      collect    %T %d\n", c, len(c))
		fmt.Printf("Trio      apply      %v\n", (Apply(Trio{1, 2, 3}, func(x Trio) Trio { x[0] = 9; return x })))
		p := MakePair("k", Trio{7, 8, 9})
		fmt.Printf("Trio      pair       %T %v\n", p, (p.V))
		_, ok2 := Back[Trio](any([3]int{1, 2, 3}))
		fmt.Printf("Trio      back-twin  %v\n", ok2)
		fmt.Printf("Trio      eq         %v %v\n", Eq(Trio{1, 2, 3}, Trio{1, 2, 3}), Eq(Trio{1, 2, 3}, Trio{4, 5, 6}))
		fmt.Printf("Trio      eq-any     %v %v\n", EqAny(Trio{1, 2, 3}, Trio{1, 2, 3}), EqAny(Trio{1, 2, 3}, [3]int{1, 2, 3}))
		mp := MakePair(Trio{1, 2, 3}, 1)
		fmt.Printf("Trio      key-pair   %T %v\n", mp, mp.K == Trio{1, 2, 3})
	}

	{
		fmt.Printf("IntList   id         %v %T\n", (Id(IntList{1, 2})), Id(IntList{1, 2}))
		fmt.Printf("IntList   zero       %T %v\n", Zero[IntList](), Zero[IntList]())
		fmt.Printf("IntList   as-any     %T %v\n", AsAny(IntList{3, 4}), AsAny(IntList{3, 4}))
		v, ok := Back[IntList](AsAny(IntList{1, 2}))
		fmt.Printf("IntList   back       %v %v\n", (v), ok)
		b := Box[IntList]{IntList{1, 2}}
		b.Set(IntList{3, 4})
		fmt.Printf("IntList   box        %T %v\n", b, (b.Get()))
		fmt.Printf("IntList   kind       %s\n", KindOf(IntList{1, 2}))
		fmt.Printf("IntList   pick       %v %T\n", (Pick([]IntList{IntList{1, 2}, IntList{3, 4}}, 1)), Pick([]IntList{IntList{1, 2}, IntList{3, 4}}, 1))
		c := Collect(IntList{1, 2}, IntList{5, 6})
		fmt.Printf("IntList   collect    %T %d\n", c, len(c))
		fmt.Printf("IntList   apply      %v\n", (Apply(IntList{1, 2}, func(x IntList) IntList { x[0] = 9; return x })))
		p := MakePair("k", IntList{5, 6})
		fmt.Printf("IntList   pair       %T %v\n", p, (p.V))
		_, ok2 := Back[IntList](any([]int{1, 2}))
		fmt.Printf("IntList   back-twin  %v\n", ok2)
	}

	{
		fmt.Printf("Bag       id         %v %T\n", (Id(Bag{"a": 1})), Id(Bag{"a": 1}))
		fmt.Printf("Bag       zero       %T %v\n", Zero[Bag](), Zero[Bag]())
		fmt.Printf("Bag       as-any     %T %v\n", AsAny(Bag{"a": 2}), AsAny(Bag{"a": 2}))
		v, ok := Back[Bag](AsAny(Bag{"a": 1}))
		fmt.Printf("Bag       back       %v %v\n", (v), ok)
		b := Box[Bag]{Bag{"a": 1}}
		b.Set(Bag{"a": 2})
		fmt.Printf("Bag       box        %T %v\n", b, (b.Get()))
		fmt.Printf("Bag       kind       %s\n", KindOf(Bag{"a": 1}))
		fmt.Printf("Bag       pick       %v %T\n", (Pick([]Bag{Bag{"a": 1}, Bag{"a": 2}}, 1)), Pick([]Bag{Bag{"a": 1}, Bag{"a": 2}}, 1))
		c := Collect(Bag{"a": 1}, Bag{"a": 3})
		fmt.Printf("Bag       collect    %T %d\n", c, len(c))
		fmt.Printf("Bag       apply      %v\n", (Apply(Bag{"a": 1}, func(x Bag) Bag { x["a"] = 9; return x })))
		p := MakePair("k", Bag{"a": 3})
		fmt.Printf("Bag       pair       %T %v\n", p, (p.V))
		_, ok2 := Back[Bag](any(map[string]int{"a": 1}))
		fmt.Printf("Bag       back-twin  %v\n", ok2)
	}

	{
		fmt.Printf("[]Name    id         %v %T\n", (Id([]Name{"a", "b"})), Id([]Name{"a", "b"}))
		fmt.Printf("[]Name    zero       %T %v\n", Zero[[]Name](), Zero[[]Name]())
		fmt.Printf("[]Name    as-any     %T %v\n", AsAny([]Name{"c"}), AsAny([]Name{"c"}))
		v, ok := Back[[]Name](AsAny([]Name{"a", "b"}))
		fmt.Printf("[]Name    back       %v %v\n", (v), ok)
		b := Box[[]Name]{[]Name{"a", "b"}}
		b.Set([]Name{"c"})
		fmt.Printf("[]Name    box        %T %v\n", b, (b.Get()))
		fmt.Printf("[]Name    kind       %s\n", KindOf([]Name{"a", "b"}))
		fmt.Printf("[]Name    pick       %v %T\n", (Pick([][]Name{[]Name{"a", "b"}, []Name{"c"}}, 1)), Pick([][]Name{[]Name{"a", "b"}, []Name{"c"}}, 1))
		c := Collect([]Name{"a", "b"}, []Name{"d", "e"})
		fmt.Printf("[]Name    collect    %T %d\n", c, len(c))
		fmt.Printf("[]Name    apply      %v\n", (Apply([]Name{"a", "b"}, func(x []Name) []Name { x[0] = "z"; return x })))
		p := MakePair("k", []Name{"d", "e"})
		fmt.Printf("[]Name    pair       %T %v\n", p, (p.V))
		_, ok2 := Back[[]Name](any([]string{"a", "b"}))
		fmt.Printf("[]Name    back-twin  %v\n", ok2)
	}

	{
		fmt.Printf("[2]Count  id         %v %T\n", (Id([2]Count{1, 2})), Id([2]Count{1, 2}))
		fmt.Printf("[2]Count  zero       %T %v\n", Zero[[2]Count](), Zero[[2]Count]())
		fmt.Printf("[2]Count  as-any     %T %v\n", AsAny([2]Count{3, 4}), AsAny([2]Count{3, 4}))
		v, ok := Back[[2]Count](AsAny([2]Count{1, 2}))
		fmt.Printf("[2]Count  back       %v %v\n", (v), ok)
		b := Box[[2]Count]{[2]Count{1, 2}}
		b.Set([2]Count{3, 4})
		fmt.Printf("[2]Count  box        %T %v\n", b, (b.Get()))
		fmt.Printf("[2]Count  kind       %s\n", KindOf([2]Count{1, 2}))
		fmt.Printf("[2]Count  pick       %v %T\n", (Pick([][2]Count{[2]Count{1, 2}, [2]Count{3, 4}}, 1)), Pick([][2]Count{[2]Count{1, 2}, [2]Count{3, 4}}, 1))
		c := Collect([2]Count{1, 2}, [2]Count{5, 6})
		fmt.Printf("[2]Count  collect    %T %d\n", c, len(c))
		fmt.Printf("[2]Count  apply      %v\n", (Apply([2]Count{1, 2}, func(x [2]Count) [2]Count { x[0] = 9; return x })))
		p := MakePair("k", [2]Count{5, 6})
		fmt.Printf("[2]Count  pair       %T %v\n", p, (p.V))
		_, ok2 := Back[[2]Count](any([2]int{1, 2}))
		fmt.Printf("[2]Count  back-twin  %v\n", ok2)
		fmt.Printf("[2]Count  eq         %v %v\n", Eq([2]Count{1, 2}, [2]Count{1, 2}), Eq([2]Count{1, 2}, [2]Count{3, 4}))
		fmt.Printf("[2]Count  eq-any     %v %v\n", EqAny([2]Count{1, 2}, [2]Count{1, 2}), EqAny([2]Count{1, 2}, [2]int{1, 2}))
		mp := MakePair([2]Count{1, 2}, 1)
		fmt.Printf("[2]Count  key-pair   %T %v\n", mp, mp.K == [2]Count{1, 2})
	}

	{
		fmt.Printf("map       id         %v %T\n", (Id(map[Name]Count{"a": 1})), Id(map[Name]Count{"a": 1}))
		fmt.Printf("map       zero       %T %v\n", Zero[map[Name]Count](), Zero[map[Name]Count]())
		fmt.Printf("map       as-any     %T %v\n", AsAny(map[Name]Count{"b": 2}), AsAny(map[Name]Count{"b": 2}))
		v, ok := Back[map[Name]Count](AsAny(map[Name]Count{"a": 1}))
		fmt.Printf("map       back       %v %v\n", (v), ok)
		b := Box[map[Name]Count]{map[Name]Count{"a": 1}}
		b.Set(map[Name]Count{"b": 2})
		fmt.Printf("map       box        %T %v\n", b, (b.Get()))
		fmt.Printf("map       kind       %s\n", KindOf(map[Name]Count{"a": 1}))
		fmt.Printf("map       pick       %v %T\n", (Pick([]map[Name]Count{map[Name]Count{"a": 1}, map[Name]Count{"b": 2}}, 1)), Pick([]map[Name]Count{map[Name]Count{"a": 1}, map[Name]Count{"b": 2}}, 1))
		c := Collect(map[Name]Count{"a": 1}, map[Name]Count{"c": 3})
		fmt.Printf("map       collect    %T %d\n", c, len(c))
		fmt.Printf("map       apply      %v\n", (Apply(map[Name]Count{"a": 1}, func(x map[Name]Count) map[Name]Count { x["a"] = 9; return x })))
		p := MakePair("k", map[Name]Count{"c": 3})
		fmt.Printf("map       pair       %T %v\n", p, (p.V))
		_, ok2 := Back[map[Name]Count](any(map[string]int{"a": 1}))
		fmt.Printf("map       back-twin  %v\n", ok2)
	}

	{
		fmt.Printf("anon      id         %v %T\n", (Id(struct {
			A Count
			B Name
		}{1, "x"})), Id(struct {
			A Count
			B Name
		}{1, "x"}))
		fmt.Printf("anon      zero       %T %v\n", Zero[struct {
			A Count
			B Name
		}](), Zero[struct {
			A Count
			B Name
		}]())
		fmt.Printf("anon      as-any     %T %v\n", AsAny(struct {
			A Count
			B Name
		}{2, "y"}), AsAny(struct {
			A Count
			B Name
		}{2, "y"}))
		v, ok := Back[struct {
			A Count
			B Name
		}](AsAny(struct {
			A Count
			B Name
		}{1, "x"}))
		fmt.Printf("anon      back       %v %v\n", (v), ok)
		b := Box[struct {
			A Count
			B Name
		}]{struct {
			A Count
			B Name
		}{1, "x"}}
		b.Set(struct {
			A Count
			B Name
		}{2, "y"})
		fmt.Printf("anon      box        %T %v\n", b, (b.Get()))
		fmt.Printf("anon      kind       %s\n", KindOf(struct {
			A Count
			B Name
		}{1, "x"}))
		fmt.Printf("anon      pick       %v %T\n", (Pick([]struct {
			A Count
			B Name
		}{struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{2, "y"}}, 1)), Pick([]struct {
			A Count
			B Name
		}{struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{2, "y"}}, 1))
		c := Collect(struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{3, "z"})
		fmt.Printf("anon      collect    %T %d\n", c, len(c))
		fmt.Printf("anon      apply      %v\n", (Apply(struct {
			A Count
			B Name
		}{1, "x"}, func(x struct {
			A Count
			B Name
		}) struct {
			A Count
			B Name
		} {
			x.A = 9
			return x
		})))
		p := MakePair("k", struct {
			A Count
			B Name
		}{3, "z"})
		fmt.Printf("anon      pair       %T %v\n", p, (p.V))
		_, ok2 := Back[struct {
			A Count
			B Name
		}](any(struct {
			A int
			B string
		}{1, "x"}))
		fmt.Printf("anon      back-twin  %v\n", ok2)
		fmt.Printf("anon      eq         %v %v\n", Eq(struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{1, "x"}), Eq(struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{2, "y"}))
		fmt.Printf("anon      eq-any     %v %v\n", EqAny(struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{1, "x"}), EqAny(struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A int
			B string
		}{1, "x"}))
		mp := MakePair(struct {
			A Count
			B Name
		}{1, "x"}, 1)
		fmt.Printf("anon      key-pair   %T %v\n", mp, mp.K == struct {
			A Count
			B Name
		}{1, "x"})
	}

	fmt.Println("sum   ", SumOf(Count(1), Count(2)), SumOf(Money(150), Money(75)), SumOf(Celsius(1.5), 2))
	fmt.Printf("sum-T  %T %T %T\n", SumOf(Count(1)), SumOf(Money(1)), SumOf(Code(1)))
	fmt.Println("join  ", JoinOf(Name("a"), Name("b")), JoinOf("x", "y"))
	fmt.Printf("join-T %T %T\n", JoinOf(Name("a")), JoinOf("x"))
	fmt.Println("strs  ", Strs(Money(1), Money(250)), Strs(Vec{1, 2}))
	fmt.Println("code  ", SumOf(Code(3), Code(4)))
}
