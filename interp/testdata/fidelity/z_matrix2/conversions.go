package main

import (
	"fmt"
	"strings"
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

type Fahrenheit float64

func (f Fahrenheit) C() Celsius { return Celsius((f - 32) * 5 / 9) }

type Small int8
type Letter rune
type Raw []byte
type Point2 struct{ X, Y int }

func (p Point2) Sum() int { return p.X + p.Y }

type PList []Point
type Counts map[Name]Count
type Op func(int) int
type Grid2 [2]Count

func describe(v any) string { return fmt.Sprintf("%T %v", v, v) }

func main() {
	c := Celsius(100)
	cnt := Count(3)
	l := Letter('g')
	n := Name("hi")
	p := Point{1, 2}
	arr := [3]int{1, 2, 3}
	sl := []int{4, 5}
	mp := map[string]int{"z": 26}
	pts := []Point{{1, 2}}
	double := func(i int) int { return 2 * i }

	fmt.Printf("%-42s %s\n", "Fahrenheit(c)", describe(Fahrenheit(c)))
	fmt.Printf("%-42s %s\n", "Celsius(Fahrenheit(212).C())", describe(Celsius(Fahrenheit(212).C())))
	fmt.Printf("%-42s %s\n", "Count(c)", describe(Count(c)))
	fmt.Printf("%-42s %s\n", "Code(cnt)", describe(Code(cnt)))
	fmt.Printf("%-42s %s\n", "Money(cnt)", describe(Money(cnt)))
	fmt.Printf("%-42s %s\n", "Count(Money(150))", describe(Count(Money(150))))
	fmt.Printf("%-42s %s\n", "Small(cnt)", describe(Small(cnt)))
	fmt.Printf("%-42s %s\n", "Small(300 + cnt)", describe(Small(300+cnt)))
	fmt.Printf("%-42s %s\n", "Count(Small(-3))", describe(Count(Small(-3))))
	fmt.Printf("%-42s %s\n", "Celsius(cnt)", describe(Celsius(cnt)))

	fmt.Printf("%-42s %s\n", "Count(c / 40)", describe(Count(c/40)))
	fmt.Printf("%-42s %s\n", "Money(Celsius(1.5) * 100)", describe(Money(Celsius(1.5)*100)))
	fmt.Printf("%-42s %s\n", "Name(l)", describe(Name(l)))
	fmt.Printf("%-42s %s\n", "string(l)", describe(string(l)))
	fmt.Printf("%-42s %s\n", "Letter(n[0])", describe(Letter(n[0])))
	fmt.Printf("%-42s %s\n", "Name(rune(cnt) + 'A')", describe(Name(rune(cnt)+'A')))
	fmt.Printf("%-42s %s\n", "Raw(n)", describe(Raw(n)))
	fmt.Printf("%-42s %s\n", "Name(Raw{104, 105})", describe(Name(Raw{104, 105})))
	fmt.Printf("%-42s %s\n", "[]byte(n)", describe([]byte(n)))
	fmt.Printf("%-42s %s\n", "[]rune(n)", describe([]rune(n)))

	fmt.Printf("%-42s %s\n", "Name([]rune{'x', 'y'})", describe(Name([]rune{'x', 'y'})))
	fmt.Printf("%-42s %s\n", "Point2(p)", describe(Point2(p)))
	fmt.Printf("%-42s %s\n", "Point(Point2{7, 8})", describe(Point(Point2{7, 8})))
	fmt.Printf("%-42s %s\n", "Point2(p).Sum()", describe(Point2(p).Sum()))
	fmt.Printf("%-42s %s\n", "struct{ X, Y int }(p)", describe(struct{ X, Y int }(p)))
	fmt.Printf("%-42s %s\n", "Point(struct{ X, Y int }{5, 5})", describe(Point(struct{ X, Y int }{5, 5})))
	fmt.Printf("%-42s %s\n", "(*Point2)(&p).Sum()", describe((*Point2)(&p).Sum()))
	fmt.Printf("%-42s %s\n", "Trio(arr)", describe(Trio(arr)))
	fmt.Printf("%-42s %s\n", "[3]int(Trio{4, 5, 6})", describe([3]int(Trio{4, 5, 6})))
	fmt.Printf("%-42s %s\n", "IntList(sl)", describe(IntList(sl)))

	fmt.Printf("%-42s %s\n", "[]int(IntList{9})", describe([]int(IntList{9})))
	fmt.Printf("%-42s %s\n", "Bag(mp)", describe(Bag(mp)))
	fmt.Printf("%-42s %s\n", "map[string]int(Bag{\"q\": 1})", describe(map[string]int(Bag{"q": 1})))
	fmt.Printf("%-42s %s\n", "PList(pts)", describe(PList(pts)))
	fmt.Printf("%-42s %s\n", "[]Point(PList{{1, 1}})", describe([]Point(PList{{1, 1}})))
	fmt.Printf("%-42s %s\n", "Counts{\"a\": 1}", describe(Counts{"a": 1}))
	fmt.Printf("%-42s %s\n", "map[Name]Count(Counts{\"b\": 2})", describe(map[Name]Count(Counts{"b": 2})))
	fmt.Printf("%-42s %s\n", "Op(double)(4)", describe(Op(double)(4)))
	fmt.Printf("%-42s %s\n", "Grid2{1, 2}", describe(Grid2{1, 2}))
	fmt.Printf("%-42s %s\n", "[2]Count(Grid2{3, 4})", describe([2]Count(Grid2{3, 4})))

	fmt.Printf("%-42s %s\n", "Flag(cnt > 2)", describe(Flag(cnt > 2)))
	fmt.Printf("%-42s %s\n", "bool(Flag(true))", describe(bool(Flag(true))))
	fmt.Printf("%-42s %s\n", "float64(c) + float64(cnt)", describe(float64(c)+float64(cnt)))
	fmt.Printf("%-42s %s\n", "int(Code(9)) + int(cnt)", describe(int(Code(9))+int(cnt)))
	fmt.Printf("%-42s %s\n", "Count(len(n))", describe(Count(len(n))))
	fmt.Printf("%-42s %s\n", "Name(strings.Repeat(string(n), 2))", describe(Name(strings.Repeat(string(n), 2))))
	fmt.Printf("%-42s %s\n", "Money(int64(cnt) * 100).String()", describe(Money(int64(cnt)*100).String()))
	fmt.Printf("%-42s %s\n", "Code(cnt).Error()", describe(Code(cnt).Error()))
	fmt.Printf("%-42s %s\n", "Celsius(Fahrenheit(c))", describe(Celsius(Fahrenheit(c))))
	fmt.Printf("%-42s %s\n", "Vec{float64(p.X), float64(p.Y)}", describe(Vec{float64(p.X), float64(p.Y)}))

	fmt.Printf("%-42s %s\n", "any(Count(1)) == any(Code(1))", describe(any(Count(1)) == any(Code(1))))
	fmt.Printf("%-42s %s\n", "any(Point2(p)) == any(p)", describe(any(Point2(p)) == any(p)))

	var f Fahrenheit = 50
	var cc Celsius = f.C()
	fmt.Println("method after conversion", cc, Fahrenheit(cc*9/5+32))
	cs := []Celsius{1, 2}
	fs := make([]Fahrenheit, len(cs))
	for i, x := range cs {
		fs[i] = Fahrenheit(x*9/5 + 32)
	}
	fmt.Println("converted slice", fs, describe(fs))
	op := Op(double)
	fmt.Println("func conversion", op(21), describe(op(1)))
}
