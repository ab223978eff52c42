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

func main() {
	fmt.Println("kind     op        result")

	a0 := Count(3)
	a0c := a0
	a0c++
	fmt.Println("Count    assign  ", a0, a0c)
	func(x Count) {
		x++
		fmt.Println("Count    param   ", a0, x)
	}(a0)
	{
		s := []Count{Count(3), Count(4)}
		for _, x := range s {
			x++
		}
		fmt.Println("Count    range   ", s[0], s[1])
		for i := range s {
			s[0]++
			_ = i
		}
		fmt.Println("Count    rangeidx", s[0], s[1])
	}
	{
		s := make([]Count, 1, 1)
		s[0] = Count(3)
		t := append(s, Count(4))
		t[0]++
		fmt.Println("Count    append  ", s[0], t[0])
	}
	{
		q := [2]Count{Count(3), Count(4)}
		r := q
		r[0]++
		fmt.Println("Count    array   ", q[0], r[0])
	}
	{
		st := struct{ F Count }{Count(3)}
		st2 := st
		st2.F++
		fmt.Println("Count    field   ", st.F, st2.F)
	}
	{
		m := map[string]Count{"k": Count(3)}
		x := m["k"]
		x++
		fmt.Println("Count    mapread ", m["k"], x)
	}
	{
		x := Count(3)
		var i any = x
		x++
		y := i.(Count)
		fmt.Println("Count    boxed   ", x, y)
	}
	{
		x := Count(3)
		f := func() Count { return x }
		x++
		y := f()
		fmt.Println("Count    closure ", y)
	}

	a1 := Name("ab")
	a1c := a1
	a1c += "!"
	fmt.Println("Name     assign  ", a1, a1c)
	func(x Name) {
		x += "!"
		fmt.Println("Name     param   ", a1, x)
	}(a1)
	{
		s := []Name{Name("ab"), Name("cd")}
		for _, x := range s {
			x += "!"
		}
		fmt.Println("Name     range   ", s[0], s[1])
		for i := range s {
			s[0] += "!"
			_ = i
		}
		fmt.Println("Name     rangeidx", s[0], s[1])
	}
	{
		s := make([]Name, 1, 1)
		s[0] = Name("ab")
		t := append(s, Name("cd"))
		t[0] += "!"
		fmt.Println("Name     append  ", s[0], t[0])
	}
	{
		q := [2]Name{Name("ab"), Name("cd")}
		r := q
		r[0] += "!"
		fmt.Println("Name     array   ", q[0], r[0])
	}
	{
		st := struct{ F Name }{Name("ab")}
		st2 := st
		st2.F += "!"
		fmt.Println("Name     field   ", st.F, st2.F)
	}
	{
		m := map[string]Name{"k": Name("ab")}
		x := m["k"]
		x += "!"
		fmt.Println("Name     mapread ", m["k"], x)
	}
	{
		x := Name("ab")
		var i any = x
		x += "!"
		y := i.(Name)
		fmt.Println("Name     boxed   ", x, y)
	}
	{
		x := Name("ab")
		f := func() Name { return x }
		x += "!"
		y := f()
		fmt.Println("Name     closure ", y)
	}

	a2 := Celsius(1.5)
	a2c := a2
	a2c *= 2
	fmt.Println("Celsius  assign  ", a2, a2c)
	func(x Celsius) {
		x *= 2
		fmt.Println("Celsius  param   ", a2, x)
	}(a2)
	{
		s := []Celsius{Celsius(1.5), Celsius(2.25)}
		for _, x := range s {
			x *= 2
		}
		fmt.Println("Celsius  range   ", s[0], s[1])
		for i := range s {
			s[0] *= 2
			_ = i
		}
		fmt.Println("Celsius  rangeidx", s[0], s[1])
	}
	{
		s := make([]Celsius, 1, 1)
		s[0] = Celsius(1.5)
		t := append(s, Celsius(2.25))
		t[0] *= 2
		fmt.Println("Celsius  append  ", s[0], t[0])
	}
	{
		q := [2]Celsius{Celsius(1.5), Celsius(2.25)}
		r := q
		r[0] *= 2
		fmt.Println("Celsius  array   ", q[0], r[0])
	}
	{
		st := struct{ F Celsius }{Celsius(1.5)}
		st2 := st
		st2.F *= 2
		fmt.Println("Celsius  field   ", st.F, st2.F)
	}
	{
		m := map[string]Celsius{"k": Celsius(1.5)}
		x := m["k"]
		x *= 2
		fmt.Println("Celsius  mapread ", m["k"], x)
	}
	{
		x := Celsius(1.5)
		var i any = x
		x *= 2
		y := i.(Celsius)
		fmt.Println("Celsius  boxed   ", x, y)
	}
	{
		x := Celsius(1.5)
		f := func() Celsius { return x }
		x *= 2
		y := f()
		fmt.Println("Celsius  closure ", y)
	}

	a3 := Flag(true)
	a3c := a3
	a3c = !a3c
	fmt.Println("Flag     assign  ", a3, a3c)
	func(x Flag) {
		x = !x
		fmt.Println("Flag     param   ", a3, x)
	}(a3)
	{
		s := []Flag{Flag(true), Flag(false)}
		for _, x := range s {
			x = !x
		}
		fmt.Println("Flag     range   ", s[0], s[1])
		for i := range s {
			s[0] = !s[0]
			_ = i
		}
		fmt.Println("Flag     rangeidx", s[0], s[1])
	}
	{
		s := make([]Flag, 1, 1)
		s[0] = Flag(true)
		t := append(s, Flag(false))
		t[0] = !t[0]
		fmt.Println("Flag     append  ", s[0], t[0])
	}
	{
		q := [2]Flag{Flag(true), Flag(false)}
		r := q
		r[0] = !r[0]
		fmt.Println("Flag     array   ", q[0], r[0])
	}
	{
		st := struct{ F Flag }{Flag(true)}
		st2 := st
		st2.F = !st2.F
		fmt.Println("Flag     field   ", st.F, st2.F)
	}
	{
		m := map[string]Flag{"k": Flag(true)}
		x := m["k"]
		x = !x
		fmt.Println("Flag     mapread ", m["k"], x)
	}
	{
		x := Flag(true)
		var i any = x
		x = !x
		y := i.(Flag)
		fmt.Println("Flag     boxed   ", x, y)
	}
	{
		x := Flag(true)
		f := func() Flag { return x }
		x = !x
		y := f()
		fmt.Println("Flag     closure ", y)
	}

	a4 := Money(250)
	a4c := a4
	a4c += 100
	fmt.Println("Money    assign  ", a4, a4c)
	func(x Money) {
		x += 100
		fmt.Println("Money    param   ", a4, x)
	}(a4)
	{
		s := []Money{Money(250), Money(1999)}
		for _, x := range s {
			x += 100
		}
		fmt.Println("Money    range   ", s[0], s[1])
		for i := range s {
			s[0] += 100
			_ = i
		}
		fmt.Println("Money    rangeidx", s[0], s[1])
	}
	{
		s := make([]Money, 1, 1)
		s[0] = Money(250)
		t := append(s, Money(1999))
		t[0] += 100
		fmt.Println("Money    append  ", s[0], t[0])
	}
	{
		q := [2]Money{Money(250), Money(1999)}
		r := q
		r[0] += 100
		fmt.Println("Money    array   ", q[0], r[0])
	}
	{
		st := struct{ F Money }{Money(250)}
		st2 := st
		st2.F += 100
		fmt.Println("Money    field   ", st.F, st2.F)
	}
	{
		m := map[string]Money{"k": Money(250)}
		x := m["k"]
		x += 100
		fmt.Println("Money    mapread ", m["k"], x)
	}
	{
		x := Money(250)
		var i any = x
		x += 100
		y := i.(Money)
		fmt.Println("Money    boxed   ", x, y)
	}
	{
		x := Money(250)
		f := func() Money { return x }
		x += 100
		y := f()
		fmt.Println("Money    closure ", y)
	}

	a5 := Code(7)
	a5c := a5
	a5c++
	fmt.Println("Code     assign  ", a5, a5c)
	func(x Code) {
		x++
		fmt.Println("Code     param   ", a5, x)
	}(a5)
	{
		s := []Code{Code(7), Code(8)}
		for _, x := range s {
			x++
		}
		fmt.Println("Code     range   ", s[0], s[1])
		for i := range s {
			s[0]++
			_ = i
		}
		fmt.Println("Code     rangeidx", s[0], s[1])
	}
	{
		s := make([]Code, 1, 1)
		s[0] = Code(7)
		t := append(s, Code(8))
		t[0]++
		fmt.Println("Code     append  ", s[0], t[0])
	}
	{
		q := [2]Code{Code(7), Code(8)}
		r := q
		r[0]++
		fmt.Println("Code     array   ", q[0], r[0])
	}
	{
		st := struct{ F Code }{Code(7)}
		st2 := st
		st2.F++
		fmt.Println("Code     field   ", st.F, st2.F)
	}
	{
		m := map[string]Code{"k": Code(7)}
		x := m["k"]
		x++
		fmt.Println("Code     mapread ", m["k"], x)
	}
	{
		x := Code(7)
		var i any = x
		x++
		y := i.(Code)
		fmt.Println("Code     boxed   ", x, y)
	}
	{
		x := Code(7)
		f := func() Code { return x }
		x++
		y := f()
		fmt.Println("Code     closure ", y)
	}

	a6 := Point{1, 2}
	a6c := a6
	a6c.X = 9
	fmt.Println("Point    assign  ", a6, a6c)
	func(x Point) {
		x.X = 9
		fmt.Println("Point    param   ", a6, x)
	}(a6)
	{
		s := []Point{Point{1, 2}, Point{3, 4}}
		for _, x := range s {
			x.X = 9
		}
		fmt.Println("Point    range   ", s[0], s[1])
		for i := range s {
			s[0].X = 9
			_ = i
		}
		fmt.Println("Point    rangeidx", s[0], s[1])
	}
	{
		s := make([]Point, 1, 1)
		s[0] = Point{1, 2}
		t := append(s, Point{3, 4})
		t[0].X = 9
		fmt.Println("Point    append  ", s[0], t[0])
	}
	{
		q := [2]Point{Point{1, 2}, Point{3, 4}}
		r := q
		r[0].X = 9
		fmt.Println("Point    array   ", q[0], r[0])
	}
	{
		st := struct{ F Point }{Point{1, 2}}
		st2 := st
		st2.F.X = 9
		fmt.Println("Point    field   ", st.F, st2.F)
	}
	{
		m := map[string]Point{"k": Point{1, 2}}
		x := m["k"]
		x.X = 9
		fmt.Println("Point    mapread ", m["k"], x)
	}
	{
		x := Point{1, 2}
		var i any = x
		x.X = 9
		y := i.(Point)
		fmt.Println("Point    boxed   ", x, y)
	}
	{
		x := Point{1, 2}
		f := func() Point { return x }
		x.X = 9
		y := f()
		fmt.Println("Point    closure ", y)
	}

	a7 := Pair{"k", 1}
	a7c := a7
	a7c.V++
	fmt.Println("Pair     assign  ", a7, a7c)
	func(x Pair) {
		x.V++
		fmt.Println("Pair     param   ", a7, x)
	}(a7)
	{
		s := []Pair{Pair{"k", 1}, Pair{"l", 2}}
		for _, x := range s {
			x.V++
		}
		fmt.Println("Pair     range   ", s[0], s[1])
		for i := range s {
			s[0].V++
			_ = i
		}
		fmt.Println("Pair     rangeidx", s[0], s[1])
	}
	{
		s := make([]Pair, 1, 1)
		s[0] = Pair{"k", 1}
		t := append(s, Pair{"l", 2})
		t[0].V++
		fmt.Println("Pair     append  ", s[0], t[0])
	}
	{
		q := [2]Pair{Pair{"k", 1}, Pair{"l", 2}}
		r := q
		r[0].V++
		fmt.Println("Pair     array   ", q[0], r[0])
	}
	{
		st := struct{ F Pair }{Pair{"k", 1}}
		st2 := st
		st2.F.V++
		fmt.Println("Pair     field   ", st.F, st2.F)
	}
	{
		m := map[string]Pair{"k": Pair{"k", 1}}
		x := m["k"]
		x.V++
		fmt.Println("Pair     mapread ", m["k"], x)
	}
	{
		x := Pair{"k", 1}
		var i any = x
		x.V++
		y := i.(Pair)
		fmt.Println("Pair     boxed   ", x, y)
	}
	{
		x := Pair{"k", 1}
		f := func() Pair { return x }
		x.V++
		y := f()
		fmt.Println("Pair     closure ", y)
	}

	a8 := Vec{1, 2}
	a8c := a8
	a8c.X = 9
	fmt.Println("Vec      assign  ", a8, a8c)
	func(x Vec) {
		x.X = 9
		fmt.Println("Vec      param   ", a8, x)
	}(a8)
	{
		s := []Vec{Vec{1, 2}, Vec{3, 4}}
		for _, x := range s {
			x.X = 9
		}
		fmt.Println("Vec      range   ", s[0], s[1])
		for i := range s {
			s[0].X = 9
			_ = i
		}
		fmt.Println("Vec      rangeidx", s[0], s[1])
	}
	{
		s := make([]Vec, 1, 1)
		s[0] = Vec{1, 2}
		t := append(s, Vec{3, 4})
		t[0].X = 9
		fmt.Println("Vec      append  ", s[0], t[0])
	}
	{
		q := [2]Vec{Vec{1, 2}, Vec{3, 4}}
		r := q
		r[0].X = 9
		fmt.Println("Vec      array   ", q[0], r[0])
	}
	{
		st := struct{ F Vec }{Vec{1, 2}}
		st2 := st
		st2.F.X = 9
		fmt.Println("Vec      field   ", st.F, st2.F)
	}
	{
		m := map[string]Vec{"k": Vec{1, 2}}
		x := m["k"]
		x.X = 9
		fmt.Println("Vec      mapread ", m["k"], x)
	}
	{
		x := Vec{1, 2}
		var i any = x
		x.X = 9
		y := i.(Vec)
		fmt.Println("Vec      boxed   ", x, y)
	}
	{
		x := Vec{1, 2}
		f := func() Vec { return x }
		x.X = 9
		y := f()
		fmt.Println("Vec      closure ", y)
	}

	a9 := &Point{1, 2}
	a9c := a9
	a9c.X = 9
	fmt.Println("*Point   assign  ", *a9, *a9c)
	func(x *Point) {
		x.X = 9
		fmt.Println("*Point   param   ", *a9, *x)
	}(a9)
	{
		s := []*Point{&Point{1, 2}, &Point{3, 4}}
		for _, x := range s {
			x.X = 9
		}
		fmt.Println("*Point   range   ", *s[0], *s[1])
		for i := range s {
			s[0].X = 9
			_ = i
		}
		fmt.Println("*Point   rangeidx", *s[0], *s[1])
	}
	{
		s := make([]*Point, 1, 1)
		s[0] = &Point{1, 2}
		t := append(s, &Point{3, 4})
		t[0].X = 9
		fmt.Println("*Point   append  ", *s[0], *t[0])
	}
	{
		q := [2]*Point{&Point{1, 2}, &Point{3, 4}}
		r := q
		r[0].X = 9
		fmt.Println("*Point   array   ", *q[0], *r[0])
	}
	{
		st := struct{ F *Point }{&Point{1, 2}}
		st2 := st
		st2.F.X = 9
		fmt.Println("*Point   field   ", *st.F, *st2.F)
	}
	{
		m := map[string]*Point{"k": &Point{1, 2}}
		x := m["k"]
		x.X = 9
		fmt.Println("*Point   mapread ", *m["k"], *x)
	}
	{
		x := &Point{1, 2}
		var i any = x
		x.X = 9
		y := i.(*Point)
		fmt.Println("*Point   boxed   ", *x, *y)
	}
	{
		x := &Point{1, 2}
		f := func() *Point { return x }
		x.X = 9
		y := f()
		fmt.Println("*Point   closure ", *y)
	}

	a10 := Trio{1, 2, 3}
	a10c := a10
	a10c[0] = 9
	fmt.Println("Trio     assign  ", a10, a10c)
	func(x Trio) {
		x[0] = 9
		fmt.Println("Trio     param   ", a10, x)
	}(a10)
	{
		s := []Trio{Trio{1, 2, 3}, Trio{4, 5, 6}}
		for _, x := range s {
			x[0] = 9
		}
		fmt.Println("Trio     range   ", s[0], s[1])
		for i := range s {
			s[0][0] = 9
			_ = i
		}
		fmt.Println("Trio     rangeidx", s[0], s[1])
	}
	{
		s := make([]Trio, 1, 1)
		s[0] = Trio{1, 2, 3}
		t := append(s, Trio{4, 5, 6})
		t[0][0] = 9
		fmt.Println("Trio     append  ", s[0], t[0])
	}
	{
		q := [2]Trio{Trio{1, 2, 3}, Trio{4, 5, 6}}
		r := q
		r[0][0] = 9
		fmt.Println("Trio     array   ", q[0], r[0])
	}
	{
		st := struct{ F Trio }{Trio{1, 2, 3}}
		st2 := st
		st2.F[0] = 9
		fmt.Println("Trio     field   ", st.F, st2.F)
	}
	{
		m := map[string]Trio{"k": Trio{1, 2, 3}}
		x := m["k"]
		x[0] = 9
		fmt.Println("Trio     mapread ", m["k"], x)
	}
	{
		x := Trio{1, 2, 3}
		var i any = x
		x[0] = 9
		y := i.(Trio)
		fmt.Println("Trio     boxed   ", x, y)
	}
	{
		x := Trio{1, 2, 3}
		f := func() Trio { return x }
		x[0] = 9
		y := f()
		fmt.Println("Trio     closure ", y)
	}

	a11 := IntList{1, 2}
	a11c := a11
	a11c[0] = 9
	fmt.Println("IntList  assign  ", a11, a11c)
	func(x IntList) {
		x[0] = 9
		fmt.Println("IntList  param   ", a11, x)
	}(a11)
	{
		s := []IntList{IntList{1, 2}, IntList{3, 4}}
		for _, x := range s {
			x[0] = 9
		}
		fmt.Println("IntList  range   ", s[0], s[1])
		for i := range s {
			s[0][0] = 9
			_ = i
		}
		fmt.Println("IntList  rangeidx", s[0], s[1])
	}
	{
		s := make([]IntList, 1, 1)
		s[0] = IntList{1, 2}
		t := append(s, IntList{3, 4})
		t[0][0] = 9
		fmt.Println("IntList  append  ", s[0], t[0])
	}
	{
		q := [2]IntList{IntList{1, 2}, IntList{3, 4}}
		r := q
		r[0][0] = 9
		fmt.Println("IntList  array   ", q[0], r[0])
	}
	{
		st := struct{ F IntList }{IntList{1, 2}}
		st2 := st
		st2.F[0] = 9
		fmt.Println("IntList  field   ", st.F, st2.F)
	}
	{
		m := map[string]IntList{"k": IntList{1, 2}}
		x := m["k"]
		x[0] = 9
		fmt.Println("IntList  mapread ", m["k"], x)
	}
	{
		x := IntList{1, 2}
		var i any = x
		x[0] = 9
		y := i.(IntList)
		fmt.Println("IntList  boxed   ", x, y)
	}
	{
		x := IntList{1, 2}
		f := func() IntList { return x }
		x[0] = 9
		y := f()
		fmt.Println("IntList  closure ", y)
	}

	a12 := Bag{"a": 1}
	a12c := a12
	a12c["a"] = 9
	fmt.Println("Bag      assign  ", a12, a12c)
	func(x Bag) {
		x["a"] = 9
		fmt.Println("Bag      param   ", a12, x)
	}(a12)
	{
		s := []Bag{Bag{"a": 1}, Bag{"a": 2}}
		for _, x := range s {
			x["a"] = 9
		}
		fmt.Println("Bag      range   ", s[0], s[1])
		for i := range s {
			s[0]["a"] = 9
			_ = i
		}
		fmt.Println("Bag      rangeidx", s[0], s[1])
	}
	{
		s := make([]Bag, 1, 1)
		s[0] = Bag{"a": 1}
		t := append(s, Bag{"a": 2})
		t[0]["a"] = 9
		fmt.Println("Bag      append  ", s[0], t[0])
	}
	{
		q := [2]Bag{Bag{"a": 1}, Bag{"a": 2}}
		r := q
		r[0]["a"] = 9
		fmt.Println("Bag      array   ", q[0], r[0])
	}
	{
		st := struct{ F Bag }{Bag{"a": 1}}
		st2 := st
		st2.F["a"] = 9
		fmt.Println("Bag      field   ", st.F, st2.F)
	}
	{
		m := map[string]Bag{"k": Bag{"a": 1}}
		x := m["k"]
		x["a"] = 9
		fmt.Println("Bag      mapread ", m["k"], x)
	}
	{
		x := Bag{"a": 1}
		var i any = x
		x["a"] = 9
		y := i.(Bag)
		fmt.Println("Bag      boxed   ", x, y)
	}
	{
		x := Bag{"a": 1}
		f := func() Bag { return x }
		x["a"] = 9
		y := f()
		fmt.Println("Bag      closure ", y)
	}

	a13 := struct {
		A Count
		B Name
	}{1, "x"}
	a13c := a13
	a13c.A = 9
	fmt.Println("anon     assign  ", a13, a13c)
	func(x struct {
		A Count
		B Name
	}) {
		x.A = 9
		fmt.Println("anon     param   ", a13, x)
	}(a13)
	{
		s := []struct {
			A Count
			B Name
		}{struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{2, "y"}}
		for _, x := range s {
			x.A = 9
		}
		fmt.Println("anon     range   ", s[0], s[1])
		for i := range s {
			s[0].A = 9
			_ = i
		}
		fmt.Println("anon     rangeidx", s[0], s[1])
	}
	{
		s := make([]struct {
			A Count
			B Name
		}, 1, 1)
		s[0] = struct {
			A Count
			B Name
		}{1, "x"}
		t := append(s, struct {
			A Count
			B Name
		}{2, "y"})
		t[0].A = 9
		fmt.Println("anon     append  ", s[0], t[0])
	}
	{
		q := [2]struct {
			A Count
			B Name
		}{struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{2, "y"}}
		r := q
		r[0].A = 9
		fmt.Println("anon     array   ", q[0], r[0])
	}
	{
		st := struct {
			F struct {
				A Count
				B Name
			}
		}{struct {
			A Count
			B Name
		}{1, "x"}}
		st2 := st
		st2.F.A = 9
		fmt.Println("anon     field   ", st.F, st2.F)
	}
	{
		m := map[string]struct {
			A Count
			B Name
		}{"k": struct {
			A Count
			B Name
		}{1, "x"}}
		x := m["k"]
		x.A = 9
		fmt.Println("anon     mapread ", m["k"], x)
	}
	{
		x := struct {
			A Count
			B Name
		}{1, "x"}
		var i any = x
		x.A = 9
		y := i.(struct {
			A Count
			B Name
		})
		fmt.Println("anon     boxed   ", x, y)
	}
	{
		x := struct {
			A Count
			B Name
		}{1, "x"}
		f := func() struct {
			A Count
			B Name
		} {
			return x
		}
		x.A = 9
		y := f()
		fmt.Println("anon     closure ", y)
	}

}
