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
		x := Count(3)
		f := func() Count { return x }
		x++
		fmt.Printf("Count     after-mut  %v %v\n", (f()), (x))
		y := Count(4)
		g := func() any { return y }
		fmt.Printf("Count     any-result %T %v\n", g(), g())
		var fs []func() Count
		for _, v := range []Count{Count(3), Count(4), Count(5)} {
			fs = append(fs, func() Count { return v })
		}
		fmt.Printf("Count     loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []Count{Count(3), Count(4)}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("Count     loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := Count(3)
			defer fmt.Printf("Count     defer-arg  %v\n", (z))
			defer func() { fmt.Printf("Count     defer-clo  %v\n", (z)) }()
			defer func(w Count) { fmt.Printf("Count     defer-par  %v %T\n", (w), w) }(z)
			z = Count(5)
		}()
		w := Count(3)
		set := func(v Count) { w = v }
		set(Count(4))
		fmt.Printf("Count     assign-in  %v %T\n", (w), w)
		mk := func(v Count) func() any { return func() any { return v } }
		h := mk(Count(5))
		fmt.Printf("Count     nested     %T %v\n", h(), h())
	}

	{
		x := Name("ab")
		f := func() Name { return x }
		x += "!"
		fmt.Printf("Name      after-mut  %v %v\n", (f()), (x))
		y := Name("cd")
		g := func() any { return y }
		fmt.Printf("Name      any-result %T %v\n", g(), g())
		var fs []func() Name
		for _, v := range []Name{Name("ab"), Name("cd"), Name("ef")} {
			fs = append(fs, func() Name { return v })
		}
		fmt.Printf("Name      loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []Name{Name("ab"), Name("cd")}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("Name      loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := Name("ab")
			defer fmt.Printf("Name      defer-arg  %v\n", (z))
			defer func() { fmt.Printf("Name      defer-clo  %v\n", (z)) }()
			defer func(w Name) { fmt.Printf("Name      defer-par  %v %T\n", (w), w) }(z)
			z = Name("ef")
		}()
		w := Name("ab")
		set := func(v Name) { w = v }
		set(Name("cd"))
		fmt.Printf("Name      assign-in  %v %T\n", (w), w)
		mk := func(v Name) func() any { return func() any { return v } }
		h := mk(Name("ef"))
		fmt.Printf("Name      nested     %T %v\n", h(), h())
	}

	{
		x := Celsius(1.5)
		f := func() Celsius { return x }
		x *= 2
		fmt.Printf("Celsius   after-mut  %v %v\n", (f()), (x))
		y := Celsius(2.25)
		g := func() any { return y }
		fmt.Printf("Celsius   any-result %T %v\n", g(), g())
		var fs []func() Celsius
		for _, v := range []Celsius{Celsius(1.5), Celsius(2.25), Celsius(7)} {
			fs = append(fs, func() Celsius { return v })
		}
		fmt.Printf("Celsius   loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []Celsius{Celsius(1.5), Celsius(2.25)}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("Celsius   loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := Celsius(1.5)
			defer fmt.Printf("Celsius   defer-arg  %v\n", (z))
			defer func() { fmt.Printf("Celsius   defer-clo  %v\n", (z)) }()
			defer func(w Celsius) { fmt.Printf("Celsius   defer-par  %v %T\n", (w), w) }(z)
			z = Celsius(7)
		}()
		w := Celsius(1.5)
		set := func(v Celsius) { w = v }
		set(Celsius(2.25))
		fmt.Printf("Celsius   assign-in  %v %T\n", (w), w)
		mk := func(v Celsius) func() any { return func() any { return v } }
		h := mk(Celsius(7))
		fmt.Printf("Celsius   nested     %T %v\n", h(), h())
	}

	{
		x := Flag(true)
		f := func() Flag { return x }
		x = !x
		fmt.Printf("Flag      after-mut  %v %v\n", (f()), (x))
		y := Flag(false)
		g := func() any { return y }
		fmt.Printf("Flag      any-result %T %v\n", g(), g())
		var fs []func() Flag
		for _, v := range []Flag{Flag(true), Flag(false), Flag(true)} {
			fs = append(fs, func() Flag { return v })
		}
		fmt.Printf("Flag      loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []Flag{Flag(true), Flag(false)}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("Flag      loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := Flag(true)
			defer fmt.Printf("Flag      defer-arg  %v\n", (z))
			defer func() { fmt.Printf("Flag      defer-clo  %v\n", (z)) }()
			defer func(w Flag) { fmt.Printf("Flag      defer-par  %v %T\n", (w), w) }(z)
			z = Flag(true)
		}()
		w := Flag(true)
		set := func(v Flag) { w = v }
		set(Flag(false))
		fmt.Printf("Flag      assign-in  %v %T\n", (w), w)
		mk := func(v Flag) func() any { return func() any { return v } }
		h := mk(Flag(true))
		fmt.Printf("Flag      nested     %T %v\n", h(), h())
	}

	{
		x := Money(250)
		f := func() Money { return x }
		x += 100
		fmt.Printf("Money     after-mut  %v %v\n", (f()), (x))
		y := Money(1999)
		g := func() any { return y }
		fmt.Printf("Money     any-result %T %v\n", g(), g())
		var fs []func() Money
		for _, v := range []Money{Money(250), Money(1999), Money(5000)} {
			fs = append(fs, func() Money { return v })
		}
		fmt.Printf("Money     loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []Money{Money(250), Money(1999)}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("Money     loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := Money(250)
			defer fmt.Printf("Money     defer-arg  %v\n", (z))
			defer func() { fmt.Printf("Money     defer-clo  %v\n", (z)) }()
			defer func(w Money) { fmt.Printf("Money     defer-par  %v %T\n", (w), w) }(z)
			z = Money(5000)
		}()
		w := Money(250)
		set := func(v Money) { w = v }
		set(Money(1999))
		fmt.Printf("Money     assign-in  %v %T\n", (w), w)
		mk := func(v Money) func() any { return func() any { return v } }
		h := mk(Money(5000))
		fmt.Printf("Money     nested     %T %v\n", h(), h())
	}

	{
		x := Code(7)
		f := func() Code { return x }
		x++
		fmt.Printf("Code      after-mut  %v %v\n", (f()), (x))
		y := Code(8)
		g := func() any { return y }
		fmt.Printf("Code      any-result %T %v\n", g(), g())
		var fs []func() Code
		for _, v := range []Code{Code(7), Code(8), Code(9)} {
			fs = append(fs, func() Code { return v })
		}
		fmt.Printf("Code      loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []Code{Code(7), Code(8)}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("Code      loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := Code(7)
			defer fmt.Printf("Code      defer-arg  %v\n", (z))
			defer func() { fmt.Printf("Code      defer-clo  %v\n", (z)) }()
			defer func(w Code) { fmt.Printf("Code      defer-par  %v %T\n", (w), w) }(z)
			z = Code(9)
		}()
		w := Code(7)
		set := func(v Code) { w = v }
		set(Code(8))
		fmt.Printf("Code      assign-in  %v %T\n", (w), w)
		mk := func(v Code) func() any { return func() any { return v } }
		h := mk(Code(9))
		fmt.Printf("Code      nested     %T %v\n", h(), h())
	}

	{
		x := Point{1, 2}
		f := func() Point { return x }
		x.X = 9
		fmt.Printf("Point     after-mut  %v %v\n", (f()), (x))
		y := Point{3, 4}
		g := func() any { return y }
		fmt.Printf("Point     any-result %T %v\n", g(), g())
		var fs []func() Point
		for _, v := range []Point{Point{1, 2}, Point{3, 4}, Point{5, 6}} {
			fs = append(fs, func() Point { return v })
		}
		fmt.Printf("Point     loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []Point{Point{1, 2}, Point{3, 4}}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("Point     loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := Point{1, 2}
			defer fmt.Printf("Point     defer-arg  %v\n", (z))
			defer func() { fmt.Printf("Point     defer-clo  %v\n", (z)) }()
			defer func(w Point) { fmt.Printf("Point     defer-par  %v %T\n", (w), w) }(z)
			z = Point{5, 6}
		}()
		w := Point{1, 2}
		set := func(v Point) { w = v }
		set(Point{3, 4})
		fmt.Printf("Point     assign-in  %v %T\n", (w), w)
		mk := func(v Point) func() any { return func() any { return v } }
		h := mk(Point{5, 6})
		fmt.Printf("Point     nested     %T %v\n", h(), h())
	}

	{
		x := Vec{1, 2}
		f := func() Vec { return x }
		x.X = 9
		fmt.Printf("Vec       after-mut  %v %v\n", (f()), (x))
		y := Vec{3, 4}
		g := func() any { return y }
		fmt.Printf("Vec       any-result %T %v\n", g(), g())
		var fs []func() Vec
		for _, v := range []Vec{Vec{1, 2}, Vec{3, 4}, Vec{5, 6}} {
			fs = append(fs, func() Vec { return v })
		}
		fmt.Printf("Vec       loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []Vec{Vec{1, 2}, Vec{3, 4}}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("Vec       loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := Vec{1, 2}
			defer fmt.Printf("Vec       defer-arg  %v\n", (z))
			defer func() { fmt.Printf("Vec       defer-clo  %v\n", (z)) }()
			defer func(w Vec) { fmt.Printf("Vec       defer-par  %v %T\n", (w), w) }(z)
			z = Vec{5, 6}
		}()
		w := Vec{1, 2}
		set := func(v Vec) { w = v }
		set(Vec{3, 4})
		fmt.Printf("Vec       assign-in  %v %T\n", (w), w)
		mk := func(v Vec) func() any { return func() any { return v } }
		h := mk(Vec{5, 6})
		fmt.Printf("Vec       nested     %T %v\n", h(), h())
	}

	{
		x := &Point{1, 2}
		f := func() *Point { return x }
		x.X = 9
		fmt.Printf("*Point    after-mut  %v %v\n", *(f()), *(x))
		y := &Point{3, 4}
		g := func() any { return y }
		fmt.Printf("*Point    any-result %T %v\n", g(), g())
		var fs []func() *Point
		for _, v := range []*Point{&Point{1, 2}, &Point{3, 4}, &Point{5, 6}} {
			fs = append(fs, func() *Point { return v })
		}
		fmt.Printf("*Point    loop       %v %v %v\n", *(fs[0]()), *(fs[1]()), *(fs[2]()))
		var gs []func() any
		vals := []*Point{&Point{1, 2}, &Point{3, 4}}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("*Point    loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := &Point{1, 2}
			defer fmt.Printf("*Point    defer-arg  %v\n", *(z))
			defer func() { fmt.Printf("*Point    defer-clo  %v\n", *(z)) }()
			defer func(w *Point) { fmt.Printf("*Point    defer-par  %v %T\n", *(w), w) }(z)
			z = &Point{5, 6}
		}()
		w := &Point{1, 2}
		set := func(v *Point) { w = v }
		set(&Point{3, 4})
		fmt.Printf("*Point    assign-in  %v %T\n", *(w), w)
		mk := func(v *Point) func() any { return func() any { return v } }
		h := mk(&Point{5, 6})
		fmt.Printf("*Point    nested     %T %v\n", h(), h())
	}

	{
		x := Trio{1, 2, 3}
		f := func() Trio { return x }
		x[0] = 9
		fmt.Printf("Trio      after-mut  %v %v\n", (f()), (x))
		y := Trio{4, 5, 6}
		g := func() any { return y }
		fmt.Printf("Trio      any-result %T %v\n", g(), g())
		var fs []func() Trio
		for _, v := range []Trio{Trio{1, 2, 3}, Trio{4, 5, 6}, Trio{7, 8, 9}} {
			fs = append(fs, func() Trio { return v })
		}
		fmt.Printf("Trio      loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []Trio{Trio{1, 2, 3}, Trio{4, 5, 6}}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("Trio      loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := Trio{1, 2, 3}
			defer fmt.Printf("Trio      defer-arg  %v\n", (z))
			defer func() { fmt.Printf("Trio      defer-clo  %v\n", (z)) }()
			defer func(w Trio) { fmt.Printf("Trio      defer-par  %v %T\n", (w), w) }(z)
			z = Trio{7, 8, 9}
		}()
		w := Trio{1, 2, 3}
		set := func(v Trio) { w = v }
		set(Trio{4, 5, 6})
		fmt.Printf("Trio      assign-in  %v %T\n", (w), w)
		mk := func(v Trio) func() any { return func() any { return v } }
		h := mk(Trio{7, 8, 9})
		fmt.Printf("Trio      nested     %T %v\n", h(), h())
	}

	{
		x := IntList{1, 2}
		f := func() IntList { return x }
		x[0] = 9
		fmt.Printf("IntList   after-mut  %v %v\n", (f()), (x))
		y := IntList{3, 4}
		g := func() any { return y }
		fmt.Printf("IntList   any-result %T %v\n", g(), g())
		var fs []func() IntList
		for _, v := range []IntList{IntList{1, 2}, IntList{3, 4}, IntList{5, 6}} {
			fs = append(fs, func() IntList { return v })
		}
		fmt.Printf("IntList   loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []IntList{IntList{1, 2}, IntList{3, 4}}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("IntList   loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := IntList{1, 2}
			defer fmt.Printf("IntList   defer-arg  %v\n", (z))
			defer func() { fmt.Printf("IntList   defer-clo  %v\n", (z)) }()
			defer func(w IntList) { fmt.Printf("IntList   defer-par  %v %T\n", (w), w) }(z)
			z = IntList{5, 6}
		}()
		w := IntList{1, 2}
		set := func(v IntList) { w = v }
		set(IntList{3, 4})
		fmt.Printf("IntList   assign-in  %v %T\n", (w), w)
		mk := func(v IntList) func() any { return func() any { return v } }
		h := mk(IntList{5, 6})
		fmt.Printf("IntList   nested     %T %v\n", h(), h())
	}

	{
		x := Bag{"a": 1}
		f := func() Bag { return x }
		x["a"] = 9
		fmt.Printf("Bag       after-mut  %v %v\n", (f()), (x))
		y := Bag{"a": 2}
		g := func() any { return y }
		fmt.Printf("Bag       any-result %T %v\n", g(), g())
		var fs []func() Bag
		for _, v := range []Bag{Bag{"a": 1}, Bag{"a": 2}, Bag{"a": 3}} {
			fs = append(fs, func() Bag { return v })
		}
		fmt.Printf("Bag       loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []Bag{Bag{"a": 1}, Bag{"a": 2}}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("Bag       loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := Bag{"a": 1}
			defer fmt.Printf("Bag       defer-arg  %v\n", (z))
			defer func() { fmt.Printf("Bag       defer-clo  %v\n", (z)) }()
			defer func(w Bag) { fmt.Printf("Bag       defer-par  %v %T\n", (w), w) }(z)
			z = Bag{"a": 3}
		}()
		w := Bag{"a": 1}
		set := func(v Bag) { w = v }
		set(Bag{"a": 2})
		fmt.Printf("Bag       assign-in  %v %T\n", (w), w)
		mk := func(v Bag) func() any { return func() any { return v } }
		h := mk(Bag{"a": 3})
		fmt.Printf("Bag       nested     %T %v\n", h(), h())
	}

	{
		x := []Name{"a", "b"}
		f := func() []Name { return x }
		x[0] = "z"
		fmt.Printf("[]Name    after-mut  %v %v\n", (f()), (x))
		y := []Name{"c"}
		g := func() any { return y }
		fmt.Printf("[]Name    any-result %T %v\n", g(), g())
		var fs []func() []Name
		for _, v := range [][]Name{[]Name{"a", "b"}, []Name{"c"}, []Name{"d", "e"}} {
			fs = append(fs, func() []Name { return v })
		}
		fmt.Printf("[]Name    loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := [][]Name{[]Name{"a", "b"}, []Name{"c"}}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("[]Name    loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := []Name{"a", "b"}
			defer fmt.Printf("[]Name    defer-arg  %v\n", (z))
			defer func() { fmt.Printf("[]Name    defer-clo  %v\n", (z)) }()
			defer func(w []Name) { fmt.Printf("[]Name    defer-par  %v %T\n", (w), w) }(z)
			z = []Name{"d", "e"}
		}()
		w := []Name{"a", "b"}
		set := func(v []Name) { w = v }
		set([]Name{"c"})
		fmt.Printf("[]Name    assign-in  %v %T\n", (w), w)
		mk := func(v []Name) func() any { return func() any { return v } }
		h := mk([]Name{"d", "e"})
		fmt.Printf("[]Name    nested     %T %v\n", h(), h())
	}

	{
		x := [2]Count{1, 2}
		f := func() [2]Count { return x }
		x[0] = 9
		fmt.Printf("[2]Count  after-mut  %v %v\n", (f()), (x))
		y := [2]Count{3, 4}
		g := func() any { return y }
		fmt.Printf("[2]Count  any-result %T %v\n", g(), g())
		var fs []func() [2]Count
		for _, v := range [][2]Count{[2]Count{1, 2}, [2]Count{3, 4}, [2]Count{5, 6}} {
			fs = append(fs, func() [2]Count { return v })
		}
		fmt.Printf("[2]Count  loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := [][2]Count{[2]Count{1, 2}, [2]Count{3, 4}}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("[2]Count  loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := [2]Count{1, 2}
			defer fmt.Printf("[2]Count  defer-arg  %v\n", (z))
			defer func() { fmt.Printf("[2]Count  defer-clo  %v\n", (z)) }()
			defer func(w [2]Count) { fmt.Printf("[2]Count  defer-par  %v %T\n", (w), w) }(z)
			z = [2]Count{5, 6}
		}()
		w := [2]Count{1, 2}
		set := func(v [2]Count) { w = v }
		set([2]Count{3, 4})
		fmt.Printf("[2]Count  assign-in  %v %T\n", (w), w)
		mk := func(v [2]Count) func() any { return func() any { return v } }
		h := mk([2]Count{5, 6})
		fmt.Printf("[2]Count  nested     %T %v\n", h(), h())
	}

	{
		x := map[Name]Count{"a": 1}
		f := func() map[Name]Count { return x }
		x["a"] = 9
		fmt.Printf("map       after-mut  %v %v\n", (f()), (x))
		y := map[Name]Count{"b": 2}
		g := func() any { return y }
		fmt.Printf("map       any-result %T %v\n", g(), g())
		var fs []func() map[Name]Count
		for _, v := range []map[Name]Count{map[Name]Count{"a": 1}, map[Name]Count{"b": 2}, map[Name]Count{"c": 3}} {
			fs = append(fs, func() map[Name]Count { return v })
		}
		fmt.Printf("map       loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []map[Name]Count{map[Name]Count{"a": 1}, map[Name]Count{"b": 2}}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("map       loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := map[Name]Count{"a": 1}
			defer fmt.Printf("map       defer-arg  %v\n", (z))
			defer func() { fmt.Printf("map       defer-clo  %v\n", (z)) }()
			defer func(w map[Name]Count) { fmt.Printf("map       defer-par  %v %T\n", (w), w) }(z)
			z = map[Name]Count{"c": 3}
		}()
		w := map[Name]Count{"a": 1}
		set := func(v map[Name]Count) { w = v }
		set(map[Name]Count{"b": 2})
		fmt.Printf("map       assign-in  %v %T\n", (w), w)
		mk := func(v map[Name]Count) func() any { return func() any { return v } }
		h := mk(map[Name]Count{"c": 3})
		fmt.Printf("map       nested     %T %v\n", h(), h())
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
		fmt.Printf("anon      after-mut  %v %v\n", (f()), (x))
		y := struct {
			A Count
			B Name
		}{2, "y"}
		g := func() any { return y }
		fmt.Printf("anon      any-result %T %v\n", g(), g())
		var fs []func() struct {
			A Count
			B Name
		}
		for _, v := range []struct {
			A Count
			B Name
		}{struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{2, "y"}, struct {
			A Count
			B Name
		}{3, "z"}} {
			fs = append(fs, func() struct {
				A Count
				B Name
			} {
				return v
			})
		}
		fmt.Printf("anon      loop       %v %v %v\n", (fs[0]()), (fs[1]()), (fs[2]()))
		var gs []func() any
		vals := []struct {
			A Count
			B Name
		}{struct {
			A Count
			B Name
		}{1, "x"}, struct {
			A Count
			B Name
		}{2, "y"}}
		for i := 0; i < len(vals); i++ {
			gs = append(gs, func() any { return vals[i] })
		}
		fmt.Printf("anon      loop-idx   %T %v | %T %v\n", gs[0](), gs[0](), gs[1](), gs[1]())
		func() {
			z := struct {
				A Count
				B Name
			}{1, "x"}
			defer fmt.Printf("anon      defer-arg  %v\n", (z))
			defer func() { fmt.Printf("anon      defer-clo  %v\n", (z)) }()
			defer func(w struct {
				A Count
				B Name
			}) {
				fmt.Printf("anon      defer-par  %v %T\n", (w), w)
			}(z)
			z = struct {
				A Count
				B Name
			}{3, "z"}
		}()
		w := struct {
			A Count
			B Name
		}{1, "x"}
		set := func(v struct {
			A Count
			B Name
		}) {
			w = v
		}
		set(struct {
			A Count
			B Name
		}{2, "y"})
		fmt.Printf("anon      assign-in  %v %T\n", (w), w)
		mk := func(v struct {
			A Count
			B Name
		}) func() any {
			return func() any { return v }
		}
		h := mk(struct {
			A Count
			B Name
		}{3, "z"})
		fmt.Printf("anon      nested     %T %v\n", h(), h())
	}

}
