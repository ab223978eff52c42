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

func eq(a, b any) (r string) {
	defer func() {
		if p := recover(); p != nil {
			r = fmt.Sprint("panic: ", p)
		}
	}()
	return fmt.Sprint(a == b)
}

func put(m map[any]string, k any, v string) (r string) {
	defer func() {
		if p := recover(); p != nil {
			r = fmt.Sprint("panic: ", p)
		}
	}()
	m[k] = v
	return "ok"
}

func get(m map[any]string, k any) (r string) {
	defer func() {
		if p := recover(); p != nil {
			r = fmt.Sprint("panic: ", p)
		}
	}()
	v, ok := m[k]
	return fmt.Sprint(v, " ", ok)
}

func main() {
	{
		x := Count(3)
		fmt.Println("Count    eq-lit  ", eq(Count(3), Count(3)))
		fmt.Println("Count    eq-var  ", eq(x, x))
		fmt.Println("Count    eq-twin ", eq(x, 3))
		fmt.Println("Count    eq-other", eq(x, Count(4)))
		var i, j any = x, x
		fmt.Println("Count    eq-any  ", eq(i, j), eq(i, 3))
		m := map[any]string{}
		fmt.Println("Count    put     ", put(m, x, "one"), put(m, 3, "twin"), put(m, Count(4), "two"), put(m, x, "again"))
		fmt.Println("Count    get     ", len(m), get(m, x), "|", get(m, 3), "|", get(m, Count(4)), "|", get(m, Count(5)))
	}

	{
		x := Name("ab")
		fmt.Println("Name     eq-lit  ", eq(Name("ab"), Name("ab")))
		fmt.Println("Name     eq-var  ", eq(x, x))
		fmt.Println("Name     eq-twin ", eq(x, "ab"))
		fmt.Println("Name     eq-other", eq(x, Name("cd")))
		var i, j any = x, x
		fmt.Println("Name     eq-any  ", eq(i, j), eq(i, "ab"))
		m := map[any]string{}
		fmt.Println("Name     put     ", put(m, x, "one"), put(m, "ab", "twin"), put(m, Name("cd"), "two"), put(m, x, "again"))
		fmt.Println("Name     get     ", len(m), get(m, x), "|", get(m, "ab"), "|", get(m, Name("cd")), "|", get(m, Name("ef")))
	}

	{
		x := Celsius(1.5)
		fmt.Println("Celsius  eq-lit  ", eq(Celsius(1.5), Celsius(1.5)))
		fmt.Println("Celsius  eq-var  ", eq(x, x))
		fmt.Println("Celsius  eq-twin ", eq(x, 1.5))
		fmt.Println("Celsius  eq-other", eq(x, Celsius(2.25)))
		var i, j any = x, x
		fmt.Println("Celsius  eq-any  ", eq(i, j), eq(i, 1.5))
		m := map[any]string{}
		fmt.Println("Celsius  put     ", put(m, x, "one"), put(m, 1.5, "twin"), put(m, Celsius(2.25), "two"), put(m, x, "again"))
		fmt.Println("Celsius  get     ", len(m), get(m, x), "|", get(m, 1.5), "|", get(m, Celsius(2.25)), "|", get(m, Celsius(7)))
	}

	{
		x := Flag(true)
		fmt.Println("Flag     eq-lit  ", eq(Flag(true), Flag(true)))
		fmt.Println("Flag     eq-var  ", eq(x, x))
		fmt.Println("Flag     eq-twin ", eq(x, true))
		fmt.Println("Flag     eq-other", eq(x, Flag(false)))
		var i, j any = x, x
		fmt.Println("Flag     eq-any  ", eq(i, j), eq(i, true))
		m := map[any]string{}
		fmt.Println("Flag     put     ", put(m, x, "one"), put(m, true, "twin"), put(m, Flag(false), "two"), put(m, x, "again"))
		fmt.Println("Flag     get     ", len(m), get(m, x), "|", get(m, true), "|", get(m, Flag(false)), "|", get(m, Flag(true)))
	}

	{
		x := Money(250)
		fmt.Println("Money    eq-lit  ", eq(Money(250), Money(250)))
		fmt.Println("Money    eq-var  ", eq(x, x))
		fmt.Println("Money    eq-twin ", eq(x, int64(250)))
		fmt.Println("Money    eq-other", eq(x, Money(1999)))
		var i, j any = x, x
		fmt.Println("Money    eq-any  ", eq(i, j), eq(i, int64(250)))
		m := map[any]string{}
		fmt.Println("Money    put     ", put(m, x, "one"), put(m, int64(250), "twin"), put(m, Money(1999), "two"), put(m, x, "again"))
		fmt.Println("Money    get     ", len(m), get(m, x), "|", get(m, int64(250)), "|", get(m, Money(1999)), "|", get(m, Money(5000)))
	}

	{
		x := Code(7)
		fmt.Println("Code     eq-lit  ", eq(Code(7), Code(7)))
		fmt.Println("Code     eq-var  ", eq(x, x))
		fmt.Println("Code     eq-twin ", eq(x, 7))
		fmt.Println("Code     eq-other", eq(x, Code(8)))
		var i, j any = x, x
		fmt.Println("Code     eq-any  ", eq(i, j), eq(i, 7))
		m := map[any]string{}
		fmt.Println("Code     put     ", put(m, x, "one"), put(m, 7, "twin"), put(m, Code(8), "two"), put(m, x, "again"))
		fmt.Println("Code     get     ", len(m), get(m, x), "|", get(m, 7), "|", get(m, Code(8)), "|", get(m, Code(9)))
	}

	{
		x := Point{1, 2}
		fmt.Println("Point    eq-lit  ", eq(Point{1, 2}, Point{1, 2}))
		fmt.Println("Point    eq-var  ", eq(x, x))
		fmt.Println("Point    eq-twin ", eq(x, struct{ X, Y int }{1, 2}))
		fmt.Println("Point    eq-other", eq(x, Point{3, 4}))
		var i, j any = x, x
		fmt.Println("Point    eq-any  ", eq(i, j), eq(i, struct{ X, Y int }{1, 2}))
		m := map[any]string{}
		fmt.Println("Point    put     ", put(m, x, "one"), put(m, struct{ X, Y int }{1, 2}, "twin"), put(m, Point{3, 4}, "two"), put(m, x, "again"))
		fmt.Println("Point    get     ", len(m), get(m, x), "|", get(m, struct{ X, Y int }{1, 2}), "|", get(m, Point{3, 4}), "|", get(m, Point{5, 6}))
	}

	{
		x := Pair{"k", 1}
		fmt.Println("Pair     eq-lit  ", eq(Pair{"k", 1}, Pair{"k", 1}))
		fmt.Println("Pair     eq-var  ", eq(x, x))
		fmt.Println("Pair     eq-twin ", eq(x, struct {
			K Name
			V Count
		}{"k", 1}))
		fmt.Println("Pair     eq-other", eq(x, Pair{"l", 2}))
		var i, j any = x, x
		fmt.Println("Pair     eq-any  ", eq(i, j), eq(i, struct {
			K Name
			V Count
		}{"k", 1}))
		m := map[any]string{}
		fmt.Println("Pair     put     ", put(m, x, "one"), put(m, struct {
			K Name
			V Count
		}{"k", 1}, "twin"), put(m, Pair{"l", 2}, "two"), put(m, x, "again"))
		fmt.Println("Pair     get     ", len(m), get(m, x), "|", get(m, struct {
			K Name
			V Count
		}{"k", 1}), "|", get(m, Pair{"l", 2}), "|", get(m, Pair{"m", 3}))
	}

	{
		x := Vec{1, 2}
		fmt.Println("Vec      eq-lit  ", eq(Vec{1, 2}, Vec{1, 2}))
		fmt.Println("Vec      eq-var  ", eq(x, x))
		fmt.Println("Vec      eq-twin ", eq(x, struct{ X, Y float64 }{1, 2}))
		fmt.Println("Vec      eq-other", eq(x, Vec{3, 4}))
		var i, j any = x, x
		fmt.Println("Vec      eq-any  ", eq(i, j), eq(i, struct{ X, Y float64 }{1, 2}))
		m := map[any]string{}
		fmt.Println("Vec      put     ", put(m, x, "one"), put(m, struct{ X, Y float64 }{1, 2}, "twin"), put(m, Vec{3, 4}, "two"), put(m, x, "again"))
		fmt.Println("Vec      get     ", len(m), get(m, x), "|", get(m, struct{ X, Y float64 }{1, 2}), "|", get(m, Vec{3, 4}), "|", get(m, Vec{5, 6}))
	}

	{
		x := &Point{1, 2}
		fmt.Println("*Point   eq-lit  ", eq(&Point{1, 2}, &Point{1, 2}))
		fmt.Println("*Point   eq-var  ", eq(x, x))
		fmt.Println("*Point   eq-twin ", eq(x, &Point{1, 2}))
		fmt.Println("*Point   eq-other", eq(x, &Point{3, 4}))
		var i, j any = x, x
		fmt.Println("*Point   eq-any  ", eq(i, j), eq(i, &Point{1, 2}))
		m := map[any]string{}
		fmt.Println("*Point   put     ", put(m, x, "one"), put(m, &Point{1, 2}, "twin"), put(m, &Point{3, 4}, "two"), put(m, x, "again"))
		fmt.Println("*Point   get     ", len(m), get(m, x), "|", get(m, &Point{1, 2}), "|", get(m, &Point{3, 4}), "|", get(m, &Point{5, 6}))
	}

	{
		x := Trio{1, 2, 3}
		fmt.Println("Trio     eq-lit  ", eq(Trio{1, 2, 3}, Trio{1, 2, 3}))
		fmt.Println("Trio     eq-var  ", eq(x, x))
		fmt.Println("Trio     eq-twin ", eq(x, [3]int{1, 2, 3}))
		fmt.Println("Trio     eq-other", eq(x, Trio{4, 5, 6}))
		var i, j any = x, x
		fmt.Println("Trio     eq-any  ", eq(i, j), eq(i, [3]int{1, 2, 3}))
		m := map[any]string{}
		fmt.Println("Trio     put     ", put(m, x, "one"), put(m, [3]int{1, 2, 3}, "twin"), put(m, Trio{4, 5, 6}, "two"), put(m, x, "again"))
		fmt.Println("Trio     get     ", len(m), get(m, x), "|", get(m, [3]int{1, 2, 3}), "|", get(m, Trio{4, 5, 6}), "|", get(m, Trio{7, 8, 9}))
	}

	{
		x := IntList{1, 2}
		fmt.Println("IntList  eq-lit  ", eq(IntList{1, 2}, IntList{1, 2}))
		fmt.Println("IntList  eq-var  ", eq(x, x))
		fmt.Println("IntList  eq-twin ", eq(x, []int{1, 2}))
		fmt.Println("IntList  eq-other", eq(x, IntList{3, 4}))
		var i, j any = x, x
		fmt.Println("IntList  eq-any  ", eq(i, j), eq(i, []int{1, 2}))
		m := map[any]string{}
		fmt.Println("IntList  put     ", put(m, x, "one"), put(m, []int{1, 2}, "twin"), put(m, IntList{3, 4}, "two"), put(m, x, "again"))
		fmt.Println("IntList  get     ", len(m), get(m, x), "|", get(m, []int{1, 2}), "|", get(m, IntList{3, 4}), "|", get(m, IntList{5, 6}))
	}

	{
		x := Bag{"a": 1}
		fmt.Println("Bag      eq-lit  ", eq(Bag{"a": 1}, Bag{"a": 1}))
		fmt.Println("Bag      eq-var  ", eq(x, x))
		fmt.Println("Bag      eq-twin ", eq(x, map[string]int{"a": 1}))
		fmt.Println("Bag      eq-other", eq(x, Bag{"a": 2}))
		var i, j any = x, x
		fmt.Println("Bag      eq-any  ", eq(i, j), eq(i, map[string]int{"a": 1}))
		m := map[any]string{}
		fmt.Println("Bag      put     ", put(m, x, "one"), put(m, map[string]int{"a": 1}, "twin"), put(m, Bag{"a": 2}, "two"), put(m, x, "again"))
		fmt.Println("Bag      get     ", len(m), get(m, x), "|", get(m, map[string]int{"a": 1}), "|", get(m, Bag{"a": 2}), "|", get(m, Bag{"a": 3}))
	}

	{
		x := struct {
			A Count
			B Name
		}{1, "x"}
		fmt.Println("anon     eq-lit  ", eq(struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{1, "x"}))
		fmt.Println("anon     eq-var  ", eq(x, x))
		fmt.Println("anon     eq-twin ", eq(x, struct {
			A int
			B string
		}{1, "x"}))
		fmt.Println("anon     eq-other", eq(x, struct {
			A Count
			B Name
		}{2, "y"}))
		var i, j any = x, x
		fmt.Println("anon     eq-any  ", eq(i, j), eq(i, struct {
			A int
			B string
		}{1, "x"}))
		m := map[any]string{}
		fmt.Println("anon     put     ", put(m, x, "one"), put(m, struct {
			A int
			B string
		}{1, "x"}, "twin"), put(m, struct {
			A Count
			B Name
		}{2, "y"}, "two"), put(m, x, "again"))
		fmt.Println("anon     get     ", len(m), get(m, x), "|", get(m, struct {
			A int
			B string
		}{1, "x"}), "|", get(m, struct {
			A Count
			B Name
		}{2, "y"}), "|", get(m, struct {
			A Count
			B Name
		}{3, "z"}))
	}

	sm := map[Shower]int{}
	r1 := &Ref{1}
	keys := []Shower{Tag("a"), Cell{1, 2}, Grid{1, 2}, r1, Level(1), Rank(1), Tag("a"), Cell{1, 2}, &Ref{1}, Grid{2, 1}}
	for i, k := range keys {
		sm[k] += i + 1
	}
	fmt.Println("shower len", len(sm))

	probes := []Shower{Tag("a"), Tag("b"), Cell{1, 2}, Cell{2, 1}, Grid{1, 2}, r1, &Ref{1}, Level(1), Rank(1), Level(2)}
	for _, p := range probes {
		v, ok := sm[p]
		fmt.Println("shower get", p.Show(), v, ok)
	}

	fmt.Println("shower eq", Shower(Level(1)) == Shower(Rank(1)), Shower(Level(1)) == Level(1), Shower(Tag("a")) == Tag("a"), Shower(Cell{1, 2}) == Cell{1, 2})
	fmt.Println("shower eq any", any(Level(1)) == any(Rank(1)), any(Level(1)) == any(1), any(Tag("a")) == any("a"), any(Grid{1, 2}) == any([2]int{1, 2}))

	am := map[any]int{}
	for i, k := range []any{Level(1), Rank(1), 1, Count(1), Code(1), Money(1), int64(1), Tag("a"), Name("a"), "a", Grid{1, 2}, Trio{1, 2, 0}, [2]int{1, 2}} {
		am[k] = i
	}
	fmt.Println("any keys", len(am), am[Level(1)], am[Rank(1)], am[1], am[Count(1)], am[Code(1)], am[Money(1)], am[int64(1)], am[Tag("a")], am[Name("a")], am["a"], am[Grid{1, 2}], am[[2]int{1, 2}])
	type key struct {
		S Shower
		N Name
	}
	km := map[key]int{{Level(1), "a"}: 1, {Rank(1), "a"}: 2, {Tag("x"), "b"}: 3}
	fmt.Println("struct keys", len(km), km[key{Level(1), "a"}], km[key{Rank(1), "a"}], km[key{Tag("x"), "b"}], km[key{Level(2), "a"}])
}
