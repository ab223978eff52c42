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

func main() {
	{
		var a any = Count(3)
		read := func() any { return a }
		a = Count(4)
		fmt.Printf("Count     reassigned %T %v\n", read(), read())
		_, isT := read().(Count)
		fmt.Printf("Count     assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case Count:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("Count     switch     %s\n", kind())
		list := []any{}
		for _, v := range []Count{Count(3), Count(4)} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("Count     appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v Count) { m[k] = v }
		put("k", Count(5))
		fmt.Printf("Count     map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("Count     eq         %v %v\n", same(Count(4)), same(Count(3)))
		fmt.Printf("Count     eq-twin    %v\n", func() bool { var p any = Count(3); return p == any(3) }())
	}

	{
		var a any = Name("ab")
		read := func() any { return a }
		a = Name("cd")
		fmt.Printf("Name      reassigned %T %v\n", read(), read())
		_, isT := read().(Name)
		fmt.Printf("Name      assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case Name:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("Name      switch     %s\n", kind())
		list := []any{}
		for _, v := range []Name{Name("ab"), Name("cd")} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("Name      appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v Name) { m[k] = v }
		put("k", Name("ef"))
		fmt.Printf("Name      map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("Name      eq         %v %v\n", same(Name("cd")), same(Name("ab")))
		fmt.Printf("Name      eq-twin    %v\n", func() bool { var p any = Name("ab"); return p == any("ab") }())
	}

	{
		var a any = Celsius(1.5)
		read := func() any { return a }
		a = Celsius(2.25)
		fmt.Printf("Celsius   reassigned %T %v\n", read(), read())
		_, isT := read().(Celsius)
		fmt.Printf("Celsius   assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case Celsius:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("Celsius   switch     %s\n", kind())
		list := []any{}
		for _, v := range []Celsius{Celsius(1.5), Celsius(2.25)} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("Celsius   appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v Celsius) { m[k] = v }
		put("k", Celsius(7))
		fmt.Printf("Celsius   map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("Celsius   eq         %v %v\n", same(Celsius(2.25)), same(Celsius(1.5)))
		fmt.Printf("Celsius   eq-twin    %v\n", func() bool { var p any = Celsius(1.5); return p == any(1.5) }())
	}

	{
		var a any = Flag(true)
		read := func() any { return a }
		a = Flag(false)
		fmt.Printf("Flag      reassigned %T %v\n", read(), read())
		_, isT := read().(Flag)
		fmt.Printf("Flag      assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case Flag:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("Flag      switch     %s\n", kind())
		list := []any{}
		for _, v := range []Flag{Flag(true), Flag(false)} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("Flag      appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v Flag) { m[k] = v }
		put("k", Flag(true))
		fmt.Printf("Flag      map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("Flag      eq         %v %v\n", same(Flag(false)), same(Flag(true)))
		fmt.Printf("Flag      eq-twin    %v\n", func() bool { var p any = Flag(true); return p == any(true) }())
	}

	{
		var a any = Money(250)
		read := func() any { return a }
		a = Money(1999)
		fmt.Printf("Money     reassigned %T %v\n", read(), read())
		_, isT := read().(Money)
		fmt.Printf("Money     assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case Money:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("Money     switch     %s\n", kind())
		list := []any{}
		for _, v := range []Money{Money(250), Money(1999)} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("Money     appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v Money) { m[k] = v }
		put("k", Money(5000))
		fmt.Printf("Money     map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("Money     eq         %v %v\n", same(Money(1999)), same(Money(250)))
		fmt.Printf("Money     eq-twin    %v\n", func() bool { var p any = Money(250); return p == any(int64(250)) }())
	}

	{
		var a any = Code(7)
		read := func() any { return a }
		a = Code(8)
		fmt.Printf("Code      reassigned %T %v\n", read(), read())
		_, isT := read().(Code)
		fmt.Printf("Code      assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case Code:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("Code      switch     %s\n", kind())
		list := []any{}
		for _, v := range []Code{Code(7), Code(8)} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("Code      appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v Code) { m[k] = v }
		put("k", Code(9))
		fmt.Printf("Code      map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("Code      eq         %v %v\n", same(Code(8)), same(Code(7)))
		fmt.Printf("Code      eq-twin    %v\n", func() bool { var p any = Code(7); return p == any(7) }())
	}

	{
		var a any = Point{1, 2}
		read := func() any { return a }
		a = Point{3, 4}
		fmt.Printf("Point     reassigned %T %v\n", read(), read())
		_, isT := read().(Point)
		fmt.Printf("Point     assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case Point:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("Point     switch     %s\n", kind())
		list := []any{}
		for _, v := range []Point{Point{1, 2}, Point{3, 4}} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("Point     appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v Point) { m[k] = v }
		put("k", Point{5, 6})
		fmt.Printf("Point     map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("Point     eq         %v %v\n", same(Point{3, 4}), same(Point{1, 2}))
		fmt.Printf("Point     eq-twin    %v\n", func() bool { var p any = Point{1, 2}; return p == any(struct{ X, Y int }{1, 2}) }())
	}

	{
		var a any = Vec{1, 2}
		read := func() any { return a }
		a = Vec{3, 4}
		fmt.Printf("Vec       reassigned %T %v\n", read(), read())
		_, isT := read().(Vec)
		fmt.Printf("Vec       assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case Vec:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("Vec       switch     %s\n", kind())
		list := []any{}
		for _, v := range []Vec{Vec{1, 2}, Vec{3, 4}} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("Vec       appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v Vec) { m[k] = v }
		put("k", Vec{5, 6})
		fmt.Printf("Vec       map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("Vec       eq         %v %v\n", same(Vec{3, 4}), same(Vec{1, 2}))
		fmt.Printf("Vec       eq-twin    %v\n", func() bool { var p any = Vec{1, 2}; return p == any(struct{ X, Y float64 }{1, 2}) }())
	}

	{
		var a any = &Point{1, 2}
		read := func() any { return a }
		a = &Point{3, 4}
		fmt.Printf("*Point    reassigned %T %v\n", read(), read())
		_, isT := read().(*Point)
		fmt.Printf("*Point    assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case *Point:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("*Point    switch     %s\n", kind())
		list := []any{}
		for _, v := range []*Point{&Point{1, 2}, &Point{3, 4}} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("*Point    appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v *Point) { m[k] = v }
		put("k", &Point{5, 6})
		fmt.Printf("*Point    map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("*Point    eq         %v %v\n", same(&Point{3, 4}), same(&Point{1, 2}))
	}

	{
		var a any = Trio{1, 2, 3}
		read := func() any { return a }
		a = Trio{4, 5, 6}
		fmt.Printf("Trio      reassigned %T %v\n", read(), read())
		_, isT := read().(Trio)
		fmt.Printf("Trio      assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case Trio:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("Trio      switch     %s\n", kind())
		list := []any{}
		for _, v := range []Trio{Trio{1, 2, 3}, Trio{4, 5, 6}} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("Trio      appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v Trio) { m[k] = v }
		put("k", Trio{7, 8, 9})
		fmt.Printf("Trio      map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("Trio      eq         %v %v\n", same(Trio{4, 5, 6}), same(Trio{1, 2, 3}))
		fmt.Printf("Trio      eq-twin    %v\n", func() bool { var p any = Trio{1, 2, 3}; return p == any([3]int{1, 2, 3}) }())
	}

	{
		var a any = IntList{1, 2}
		read := func() any { return a }
		a = IntList{3, 4}
		fmt.Printf("IntList   reassigned %T %v\n", read(), read())
		_, isT := read().(IntList)
		fmt.Printf("IntList   assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case IntList:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("IntList   switch     %s\n", kind())
		list := []any{}
		for _, v := range []IntList{IntList{1, 2}, IntList{3, 4}} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("IntList   appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v IntList) { m[k] = v }
		put("k", IntList{5, 6})
		fmt.Printf("IntList   map-value  %T %v\n", m["k"], m["k"])
	}

	{
		var a any = Bag{"a": 1}
		read := func() any { return a }
		a = Bag{"a": 2}
		fmt.Printf("Bag       reassigned %T %v\n", read(), read())
		_, isT := read().(Bag)
		fmt.Printf("Bag       assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case Bag:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("Bag       switch     %s\n", kind())
		list := []any{}
		for _, v := range []Bag{Bag{"a": 1}, Bag{"a": 2}} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("Bag       appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v Bag) { m[k] = v }
		put("k", Bag{"a": 3})
		fmt.Printf("Bag       map-value  %T %v\n", m["k"], m["k"])
	}

	{
		var a any = []Name{"a", "b"}
		read := func() any { return a }
		a = []Name{"c"}
		fmt.Printf("[]Name    reassigned %T %v\n", read(), read())
		_, isT := read().([]Name)
		fmt.Printf("[]Name    assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case []Name:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("[]Name    switch     %s\n", kind())
		list := []any{}
		for _, v := range [][]Name{[]Name{"a", "b"}, []Name{"c"}} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("[]Name    appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v []Name) { m[k] = v }
		put("k", []Name{"d", "e"})
		fmt.Printf("[]Name    map-value  %T %v\n", m["k"], m["k"])
	}

	{
		var a any = [2]Count{1, 2}
		read := func() any { return a }
		a = [2]Count{3, 4}
		fmt.Printf("[2]Count  reassigned %T %v\n", read(), read())
		_, isT := read().([2]Count)
		fmt.Printf("[2]Count  assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case [2]Count:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("[2]Count  switch     %s\n", kind())
		list := []any{}
		for _, v := range [][2]Count{[2]Count{1, 2}, [2]Count{3, 4}} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("[2]Count  appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v [2]Count) { m[k] = v }
		put("k", [2]Count{5, 6})
		fmt.Printf("[2]Count  map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("[2]Count  eq         %v %v\n", same([2]Count{3, 4}), same([2]Count{1, 2}))
		fmt.Printf("[2]Count  eq-twin    %v\n", func() bool { var p any = [2]Count{1, 2}; return p == any([2]int{1, 2}) }())
	}

	{
		var a any = map[Name]Count{"a": 1}
		read := func() any { return a }
		a = map[Name]Count{"b": 2}
		fmt.Printf("map       reassigned %T %v\n", read(), read())
		_, isT := read().(map[Name]Count)
		fmt.Printf("map       assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case map[Name]Count:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("map       switch     %s\n", kind())
		list := []any{}
		for _, v := range []map[Name]Count{map[Name]Count{"a": 1}, map[Name]Count{"b": 2}} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("map       appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v map[Name]Count) { m[k] = v }
		put("k", map[Name]Count{"c": 3})
		fmt.Printf("map       map-value  %T %v\n", m["k"], m["k"])
	}

	{
		var a any = struct {
			A Count
			B Name
		}{1, "x"}
		read := func() any { return a }
		a = struct {
			A Count
			B Name
		}{2, "y"}
		fmt.Printf("anon      reassigned %T %v\n", read(), read())
		_, isT := read().(struct {
			A Count
			B Name
		})
		fmt.Printf("anon      assert     %v\n", isT)
		kind := func() string {
			switch read().(type) {
			case struct {
				A Count
				B Name
			}:
				return "T"
			case fmt.Stringer:
				return "Stringer"
			case error:
				return "error"
			}
			return "other"
		}
		fmt.Printf("anon      switch     %s\n", kind())
		list := []any{}
		for _, v := range []struct {
			A Count
			B Name
		}{struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{2, "y"}} {
			list = append(list, func() any { return v }())
		}
		fmt.Printf("anon      appended   %T %v %v\n", list[0], list[0], list[1])
		m := map[string]any{}
		put := func(k string, v struct {
			A Count
			B Name
		}) {
			m[k] = v
		}
		put("k", struct {
			A Count
			B Name
		}{3, "z"})
		fmt.Printf("anon      map-value  %T %v\n", m["k"], m["k"])
		same := func(b any) bool { return read() == b }
		fmt.Printf("anon      eq         %v %v\n", same(struct {
			A Count
			B Name
		}{2, "y"}), same(struct {
			A Count
			B Name
		}{1, "x"}))
		fmt.Printf("anon      eq-twin    %v\n", func() bool {
			var p any = struct {
				A Count
				B Name
			}{1, "x"}
			return p == any(struct {
				A int
				B string
			}{1, "x"})
		}())
	}

}
