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

type Getter interface{ Get() int }
type Incer interface{ Inc() }

type Counter struct{ N int }

func (c Counter) Get() int { return c.N }
func (c *Counter) Inc()    { c.N++ }

type Level int

func (l Level) Get() int { return int(l) }
func (l *Level) Inc()    { *l++ }

type Names []string

func (n Names) Get() int { return len(n) }
func (n *Names) Inc()    { *n = append(*n, "x") }

type Reg map[string]int

func (r Reg) Get() int { return r["n"] }
func (r Reg) Inc()     { r["n"]++ }

type Arr [2]int

func (a Arr) Get() int { return a[0] }
func (a *Arr) Inc()    { a[0]++ }

type Box struct{ C *Counter }

func (b Box) Get() int { return b.C.N }
func (b Box) Inc()     { b.C.N++ }

func main() {
	x0 := Counter{1}
	x0g := x0.Get
	x0.N = 50
	fmt.Println("Counter  value bound before set", x0g(), x0.Get())
	{
		y := Counter{1}
		e := Counter.Get
		pe := (*Counter).Get
		y.N = 50
		fmt.Println("Counter  method expr", e(y), pe(&y))
		var g Getter = y
		gf := g.Get
		y.N = 50
		fmt.Println("Counter  iface bound", gf(), g.Get(), y.Get())
		defer fmt.Println("Counter  deferred arg", y.Get())
		y.N = 50
	}
	{
		ys := []Counter{Counter{1}, Counter{1}}
		var fs []func() int
		for _, y := range ys {
			fs = append(fs, y.Get)
		}
		for i := range ys {
			fs = append(fs, ys[i].Get)
		}
		z := ys[0]
		z.N = 50
		ys[0] = z
		fmt.Print("Counter  bound in loop")
		for _, f := range fs {
			fmt.Print(" ", f())
		}
		fmt.Println()
	}
	{
		y := Counter{1}
		inc := y.Inc
		inc()
		inc()
		fmt.Println("Counter  pointer method value", y.Get())
		var ic Incer = &y
		ic.Inc()
		(*Counter).Inc(&y)
		fmt.Println("Counter  via Incer and expr", y.Get())
		p := &y
		pg := p.Get
		p.Inc()
		fmt.Println("Counter  value method via pointer bound", pg(), p.Get())
	}

	x1 := Level(1)
	x1g := x1.Get
	x1 = 50
	fmt.Println("Level    value bound before set", x1g(), x1.Get())
	{
		y := Level(1)
		e := Level.Get
		pe := (*Level).Get
		y = 50
		fmt.Println("Level    method expr", e(y), pe(&y))
		var g Getter = y
		gf := g.Get
		y = 50
		fmt.Println("Level    iface bound", gf(), g.Get(), y.Get())
		defer fmt.Println("Level    deferred arg", y.Get())
		y = 50
	}
	{
		ys := []Level{Level(1), Level(1)}
		var fs []func() int
		for _, y := range ys {
			fs = append(fs, y.Get)
		}
		for i := range ys {
			fs = append(fs, ys[i].Get)
		}
		z := ys[0]
		z = 50
		ys[0] = z
		fmt.Print("Level    bound in loop")
		for _, f := range fs {
			fmt.Print(" ", f())
		}
		fmt.Println()
	}
	{
		y := Level(1)
		inc := y.Inc
		inc()
		inc()
		fmt.Println("Level    pointer method value", y.Get())
		var ic Incer = &y
		ic.Inc()
		(*Level).Inc(&y)
		fmt.Println("Level    via Incer and expr", y.Get())
		p := &y
		pg := p.Get
		p.Inc()
		fmt.Println("Level    value method via pointer bound", pg(), p.Get())
	}

	x2 := Names{"a"}
	x2g := x2.Get
	x2 = append(x2, "b", "c")
	fmt.Println("Names    value bound before set", x2g(), x2.Get())
	{
		y := Names{"a"}
		e := Names.Get
		pe := (*Names).Get
		y = append(y, "b", "c")
		fmt.Println("Names    method expr", e(y), pe(&y))
		var g Getter = y
		gf := g.Get
		y = append(y, "b", "c")
		fmt.Println("Names    iface bound", gf(), g.Get(), y.Get())
		defer fmt.Println("Names    deferred arg", y.Get())
		y = append(y, "b", "c")
	}
	{
		ys := []Names{Names{"a"}, Names{"a"}}
		var fs []func() int
		for _, y := range ys {
			fs = append(fs, y.Get)
		}
		for i := range ys {
			fs = append(fs, ys[i].Get)
		}
		z := ys[0]
		z = append(z, "b", "c")
		ys[0] = z
		fmt.Print("Names    bound in loop")
		for _, f := range fs {
			fmt.Print(" ", f())
		}
		fmt.Println()
	}
	{
		y := Names{"a"}
		inc := y.Inc
		inc()
		inc()
		fmt.Println("Names    pointer method value", y.Get())
		var ic Incer = &y
		ic.Inc()
		(*Names).Inc(&y)
		fmt.Println("Names    via Incer and expr", y.Get())
		p := &y
		pg := p.Get
		p.Inc()
		fmt.Println("Names    value method via pointer bound", pg(), p.Get())
	}

	x3 := Reg{"n": 1}
	x3g := x3.Get
	x3["n"] = 50
	fmt.Println("Reg      value bound before set", x3g(), x3.Get())
	{
		y := Reg{"n": 1}
		e := Reg.Get
		pe := (*Reg).Get
		y["n"] = 50
		fmt.Println("Reg      method expr", e(y), pe(&y))
		var g Getter = y
		gf := g.Get
		y["n"] = 50
		fmt.Println("Reg      iface bound", gf(), g.Get(), y.Get())
		defer fmt.Println("Reg      deferred arg", y.Get())
		y["n"] = 50
	}
	{
		ys := []Reg{Reg{"n": 1}, Reg{"n": 1}}
		var fs []func() int
		for _, y := range ys {
			fs = append(fs, y.Get)
		}
		for i := range ys {
			fs = append(fs, ys[i].Get)
		}
		z := ys[0]
		z["n"] = 50
		ys[0] = z
		fmt.Print("Reg      bound in loop")
		for _, f := range fs {
			fmt.Print(" ", f())
		}
		fmt.Println()
	}
	{
		y := Reg{"n": 1}
		inc := y.Inc
		inc()
		inc()
		fmt.Println("Reg      shared value method", y.Get())
		var ic Incer = y
		ic.Inc()
		Reg.Inc(y)
		fmt.Println("Reg      via Incer and expr", y.Get())
	}

	x4 := Arr{1, 2}
	x4g := x4.Get
	x4[0] = 50
	fmt.Println("Arr      value bound before set", x4g(), x4.Get())
	{
		y := Arr{1, 2}
		e := Arr.Get
		pe := (*Arr).Get
		y[0] = 50
		fmt.Println("Arr      method expr", e(y), pe(&y))
		var g Getter = y
		gf := g.Get
		y[0] = 50
		fmt.Println("Arr      iface bound", gf(), g.Get(), y.Get())
		defer fmt.Println("Arr      deferred arg", y.Get())
		y[0] = 50
	}
	{
		ys := []Arr{Arr{1, 2}, Arr{1, 2}}
		var fs []func() int
		for _, y := range ys {
			fs = append(fs, y.Get)
		}
		for i := range ys {
			fs = append(fs, ys[i].Get)
		}
		z := ys[0]
		z[0] = 50
		ys[0] = z
		fmt.Print("Arr      bound in loop")
		for _, f := range fs {
			fmt.Print(" ", f())
		}
		fmt.Println()
	}
	{
		y := Arr{1, 2}
		inc := y.Inc
		inc()
		inc()
		fmt.Println("Arr      pointer method value", y.Get())
		var ic Incer = &y
		ic.Inc()
		(*Arr).Inc(&y)
		fmt.Println("Arr      via Incer and expr", y.Get())
		p := &y
		pg := p.Get
		p.Inc()
		fmt.Println("Arr      value method via pointer bound", pg(), p.Get())
	}

	x5 := Box{&Counter{1}}
	x5g := x5.Get
	x5.C.N = 50
	fmt.Println("Box      value bound before set", x5g(), x5.Get())
	{
		y := Box{&Counter{1}}
		e := Box.Get
		pe := (*Box).Get
		y.C.N = 50
		fmt.Println("Box      method expr", e(y), pe(&y))
		var g Getter = y
		gf := g.Get
		y.C.N = 50
		fmt.Println("Box      iface bound", gf(), g.Get(), y.Get())
		defer fmt.Println("Box      deferred arg", y.Get())
		y.C.N = 50
	}
	{
		ys := []Box{Box{&Counter{1}}, Box{&Counter{1}}}
		var fs []func() int
		for _, y := range ys {
			fs = append(fs, y.Get)
		}
		for i := range ys {
			fs = append(fs, ys[i].Get)
		}
		z := ys[0]
		z.C.N = 50
		ys[0] = z
		fmt.Print("Box      bound in loop")
		for _, f := range fs {
			fmt.Print(" ", f())
		}
		fmt.Println()
	}
	{
		y := Box{&Counter{1}}
		inc := y.Inc
		inc()
		inc()
		fmt.Println("Box      shared value method", y.Get())
		var ic Incer = y
		ic.Inc()
		Box.Inc(y)
		fmt.Println("Box      via Incer and expr", y.Get())
	}

}
