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

type Val struct{ N int }

func (v Val) Get() int { return v.N }

type Ptr struct{ N int }

func (p *Ptr) Get() int { return p.N }
func (p *Ptr) Inc()     { p.N++ }

type CountM int

func (c CountM) Get() int { return int(c) }
func (c *CountM) Inc()    { *c++ }

type ListM []int

func (l ListM) Get() int { return len(l) }
func (l *ListM) Inc()    { *l = append(*l, 0) }

type MapM map[string]int

func (m MapM) Get() int { return m["n"] }
func (m MapM) Inc()     { m["n"]++ }

type NameM string

func (n NameM) Get() int { return len(n) }
func (n *NameM) Inc()    { *n += "x" }

type FuncM func() int

func (f FuncM) Get() int { return f() }

type ArrM [2]int

func (a ArrM) Get() int { return a[0] }
func (a *ArrM) Inc()    { a[0]++ }

type Getter interface{ Get() int }
type Incer interface{ Inc() }

func main() {
	{
		x := Val{1}
		f := x.Get
		x.N = 7
		fmt.Printf("Val     bound      %d %d\n", f(), x.Get())
		x = Val{1}
		var g Getter = x
		var gp Getter = &x
		x.N = 7
		fmt.Printf("Val     iface      %d %d %T %T\n", g.Get(), gp.Get(), g, gp)
		_, vi := any(x).(Incer)
		_, pi := any(&x).(Incer)
		_, vg := any(x).(Getter)
		_, pg := any(&x).(Getter)
		fmt.Printf("Val     sets       %v %v %v %v\n", vi, pi, vg, pg)
		fmt.Printf("Val     expr       %d %d\n", Val.Get(x), (*Val).Get(&x))
		x = Val{1}
		gs := []Getter{x, &x}
		x.N = 7
		fmt.Printf("Val     slice      %d %d\n", gs[0].Get(), gs[1].Get())
		x = Val{1}
		fm := map[string]func() int{"get": x.Get}
		x.N = 7
		fmt.Printf("Val     map-mv     %d\n", fm["get"]())
		x = Val{1}
		func() {
			defer fmt.Printf("Val     defer-call %d\n", x.Get())
			defer func(h func() int) { fmt.Printf("Val     defer-mv   %d\n", h()) }(x.Get)
			x.N = 7
		}()
		x = Val{1}
		done := make(chan int)
		go func(h func() int) { done <- h() }(x.Get)
		fmt.Printf("Val     go-mv      %d\n", <-done)
		var hs []func() int
		for _, y := range []Val{Val{1}, Val{1}} {
			hg := y.Get
			hg = y.Get
			hs = append(hs, hg)
		}
		fmt.Printf("Val     loop-mv    %d %d\n", hs[0](), hs[1]())
	}

	{
		x := Ptr{1}
		f := x.Get
		x.N = 7
		fmt.Printf("Ptr     bound      %d %d\n", f(), x.Get())
		x = Ptr{1}
		var g Getter = &x
		var gp Getter = &x
		x.N = 7
		fmt.Printf("Ptr     iface      %d %d %T %T\n", g.Get(), gp.Get(), g, gp)
		_, vi := any(x).(Incer)
		_, pi := any(&x).(Incer)
		_, vg := any(x).(Getter)
		_, pg := any(&x).(Getter)
		fmt.Printf("Ptr     sets       %v %v %v %v\n", vi, pi, vg, pg)
		fmt.Printf("Ptr     expr       %d %d\n", (*Ptr).Get(&x), (*Ptr).Get(&x))
		x = Ptr{1}
		gs := []Getter{&x, &x}
		x.N = 7
		fmt.Printf("Ptr     slice      %d %d\n", gs[0].Get(), gs[1].Get())
		x = Ptr{1}
		fm := map[string]func() int{"get": x.Get}
		x.N = 7
		fmt.Printf("Ptr     map-mv     %d\n", fm["get"]())
		x = Ptr{1}
		func() {
			defer fmt.Printf("Ptr     defer-call %d\n", x.Get())
			defer func(h func() int) { fmt.Printf("Ptr     defer-mv   %d\n", h()) }(x.Get)
			x.N = 7
		}()
		x = Ptr{1}
		done := make(chan int)
		go func(h func() int) { done <- h() }(x.Get)
		fmt.Printf("Ptr     go-mv      %d\n", <-done)
		var hs []func() int
		for _, y := range []Ptr{Ptr{1}, Ptr{1}} {
			hg := y.Get
			hg = y.Get
			hs = append(hs, hg)
		}
		fmt.Printf("Ptr     loop-mv    %d %d\n", hs[0](), hs[1]())
		x = Ptr{1}
		inc := x.Inc
		inc()
		inc()
		fmt.Printf("Ptr     inc-bound  %d\n", x.Get())
		var ii Incer = &x
		ii.Inc()
		fmt.Printf("Ptr     inc-iface  %d %T\n", x.Get(), ii)
		ie := (*Ptr).Inc
		ie(&x)
		fmt.Printf("Ptr     inc-expr   %d\n", x.Get())
	}

	{
		x := CountM(1)
		f := x.Get
		x = 7
		fmt.Printf("CountM  bound      %d %d\n", f(), x.Get())
		x = CountM(1)
		var g Getter = x
		var gp Getter = &x
		x = 7
		fmt.Printf("CountM  iface      %d %d %T %T\n", g.Get(), gp.Get(), g, gp)
		_, vi := any(x).(Incer)
		_, pi := any(&x).(Incer)
		_, vg := any(x).(Getter)
		_, pg := any(&x).(Getter)
		fmt.Printf("CountM  sets       %v %v %v %v\n", vi, pi, vg, pg)
		fmt.Printf("CountM  expr       %d %d\n", CountM.Get(x), (*CountM).Get(&x))
		x = CountM(1)
		gs := []Getter{x, &x}
		x = 7
		fmt.Printf("CountM  slice      %d %d\n", gs[0].Get(), gs[1].Get())
		x = CountM(1)
		fm := map[string]func() int{"get": x.Get}
		x = 7
		fmt.Printf("CountM  map-mv     %d\n", fm["get"]())
		x = CountM(1)
		func() {
			defer fmt.Printf("CountM  defer-call %d\n", x.Get())
			defer func(h func() int) { fmt.Printf("CountM  defer-mv   %d\n", h()) }(x.Get)
			x = 7
		}()
		x = CountM(1)
		done := make(chan int)
		go func(h func() int) { done <- h() }(x.Get)
		fmt.Printf("CountM  go-mv      %d\n", <-done)
		var hs []func() int
		for _, y := range []CountM{CountM(1), CountM(1)} {
			hg := y.Get
			hg = y.Get
			hs = append(hs, hg)
		}
		fmt.Printf("CountM  loop-mv    %d %d\n", hs[0](), hs[1]())
		x = CountM(1)
		inc := x.Inc
		inc()
		inc()
		fmt.Printf("CountM  inc-bound  %d\n", x.Get())
		var ii Incer = &x
		ii.Inc()
		fmt.Printf("CountM  inc-iface  %d %T\n", x.Get(), ii)
		ie := (*CountM).Inc
		ie(&x)
		fmt.Printf("CountM  inc-expr   %d\n", x.Get())
	}

	{
		x := ListM{1}
		f := x.Get
		x = append(x, 5, 6)
		fmt.Printf("ListM   bound      %d %d\n", f(), x.Get())
		x = ListM{1}
		var g Getter = x
		var gp Getter = &x
		x = append(x, 5, 6)
		fmt.Printf("ListM   iface      %d %d %T %T\n", g.Get(), gp.Get(), g, gp)
		_, vi := any(x).(Incer)
		_, pi := any(&x).(Incer)
		_, vg := any(x).(Getter)
		_, pg := any(&x).(Getter)
		fmt.Printf("ListM   sets       %v %v %v %v\n", vi, pi, vg, pg)
		fmt.Printf("ListM   expr       %d %d\n", ListM.Get(x), (*ListM).Get(&x))
		x = ListM{1}
		gs := []Getter{x, &x}
		x = append(x, 5, 6)
		fmt.Printf("ListM   slice      %d %d\n", gs[0].Get(), gs[1].Get())
		x = ListM{1}
		fm := map[string]func() int{"get": x.Get}
		x = append(x, 5, 6)
		fmt.Printf("ListM   map-mv     %d\n", fm["get"]())
		x = ListM{1}
		func() {
			defer fmt.Printf("ListM   defer-call %d\n", x.Get())
			defer func(h func() int) { fmt.Printf("ListM   defer-mv   %d\n", h()) }(x.Get)
			x = append(x, 5, 6)
		}()
		x = ListM{1}
		done := make(chan int)
		go func(h func() int) { done <- h() }(x.Get)
		fmt.Printf("ListM   go-mv      %d\n", <-done)
		var hs []func() int
		for _, y := range []ListM{ListM{1}, ListM{1}} {
			hg := y.Get
			hg = y.Get
			hs = append(hs, hg)
		}
		fmt.Printf("ListM   loop-mv    %d %d\n", hs[0](), hs[1]())
		x = ListM{1}
		inc := x.Inc
		inc()
		inc()
		fmt.Printf("ListM   inc-bound  %d\n", x.Get())
		var ii Incer = &x
		ii.Inc()
		fmt.Printf("ListM   inc-iface  %d %T\n", x.Get(), ii)
		ie := (*ListM).Inc
		ie(&x)
		fmt.Printf("ListM   inc-expr   %d\n", x.Get())
	}

	{
		x := MapM{"n": 1}
		f := x.Get
		x["n"] = 7
		fmt.Printf("MapM    bound      %d %d\n", f(), x.Get())
		x = MapM{"n": 1}
		var g Getter = x
		var gp Getter = &x
		x["n"] = 7
		fmt.Printf("MapM    iface      %d %d %T %T\n", g.Get(), gp.Get(), g, gp)
		_, vi := any(x).(Incer)
		_, pi := any(&x).(Incer)
		_, vg := any(x).(Getter)
		_, pg := any(&x).(Getter)
		fmt.Printf("MapM    sets       %v %v %v %v\n", vi, pi, vg, pg)
		fmt.Printf("MapM    expr       %d %d\n", MapM.Get(x), (*MapM).Get(&x))
		x = MapM{"n": 1}
		gs := []Getter{x, &x}
		x["n"] = 7
		fmt.Printf("MapM    slice      %d %d\n", gs[0].Get(), gs[1].Get())
		x = MapM{"n": 1}
		fm := map[string]func() int{"get": x.Get}
		x["n"] = 7
		fmt.Printf("MapM    map-mv     %d\n", fm["get"]())
		x = MapM{"n": 1}
		func() {
			defer fmt.Printf("MapM    defer-call %d\n", x.Get())
			defer func(h func() int) { fmt.Printf("MapM    defer-mv   %d\n", h()) }(x.Get)
			x["n"] = 7
		}()
		x = MapM{"n": 1}
		done := make(chan int)
		go func(h func() int) { done <- h() }(x.Get)
		fmt.Printf("MapM    go-mv      %d\n", <-done)
		var hs []func() int
		for _, y := range []MapM{MapM{"n": 1}, MapM{"n": 1}} {
			hg := y.Get
			hg = y.Get
			hs = append(hs, hg)
		}
		fmt.Printf("MapM    loop-mv    %d %d\n", hs[0](), hs[1]())
		x = MapM{"n": 1}
		inc := x.Inc
		inc()
		inc()
		fmt.Printf("MapM    inc-bound  %d\n", x.Get())
		var ii Incer = &x
		ii.Inc()
		fmt.Printf("MapM    inc-iface  %d %T\n", x.Get(), ii)
		ie := (*MapM).Inc
		ie(&x)
		fmt.Printf("MapM    inc-expr   %d\n", x.Get())
	}

	{
		x := NameM("a")
		f := x.Get
		x = "seven!!"
		fmt.Printf("NameM   bound      %d %d\n", f(), x.Get())
		x = NameM("a")
		var g Getter = x
		var gp Getter = &x
		x = "seven!!"
		fmt.Printf("NameM   iface      %d %d %T %T\n", g.Get(), gp.Get(), g, gp)
		_, vi := any(x).(Incer)
		_, pi := any(&x).(Incer)
		_, vg := any(x).(Getter)
		_, pg := any(&x).(Getter)
		fmt.Printf("NameM   sets       %v %v %v %v\n", vi, pi, vg, pg)
		fmt.Printf("NameM   expr       %d %d\n", NameM.Get(x), (*NameM).Get(&x))
		x = NameM("a")
		gs := []Getter{x, &x}
		x = "seven!!"
		fmt.Printf("NameM   slice      %d %d\n", gs[0].Get(), gs[1].Get())
		x = NameM("a")
		fm := map[string]func() int{"get": x.Get}
		x = "seven!!"
		fmt.Printf("NameM   map-mv     %d\n", fm["get"]())
		x = NameM("a")
		func() {
			defer fmt.Printf("NameM   defer-call %d\n", x.Get())
			defer func(h func() int) { fmt.Printf("NameM   defer-mv   %d\n", h()) }(x.Get)
			x = "seven!!"
		}()
		x = NameM("a")
		done := make(chan int)
		go func(h func() int) { done <- h() }(x.Get)
		fmt.Printf("NameM   go-mv      %d\n", <-done)
		var hs []func() int
		for _, y := range []NameM{NameM("a"), NameM("a")} {
			hg := y.Get
			hg = y.Get
			hs = append(hs, hg)
		}
		fmt.Printf("NameM   loop-mv    %d %d\n", hs[0](), hs[1]())
		x = NameM("a")
		inc := x.Inc
		inc()
		inc()
		fmt.Printf("NameM   inc-bound  %d\n", x.Get())
		var ii Incer = &x
		ii.Inc()
		fmt.Printf("NameM   inc-iface  %d %T\n", x.Get(), ii)
		ie := (*NameM).Inc
		ie(&x)
		fmt.Printf("NameM   inc-expr   %d\n", x.Get())
	}

	{
		x := FuncM(func() int { return 1 })
		f := x.Get
		x = func() int { return 7 }
		fmt.Printf("FuncM   bound      %d %d\n", f(), x.Get())
		x = FuncM(func() int { return 1 })
		var g Getter = x
		var gp Getter = &x
		x = func() int { return 7 }
		fmt.Printf("FuncM   iface      %d %d %T %T\n", g.Get(), gp.Get(), g, gp)
		_, vi := any(x).(Incer)
		_, pi := any(&x).(Incer)
		_, vg := any(x).(Getter)
		_, pg := any(&x).(Getter)
		fmt.Printf("FuncM   sets       %v %v %v %v\n", vi, pi, vg, pg)
		fmt.Printf("FuncM   expr       %d %d\n", FuncM.Get(x), (*FuncM).Get(&x))
		x = FuncM(func() int { return 1 })
		gs := []Getter{x, &x}
		x = func() int { return 7 }
		fmt.Printf("FuncM   slice      %d %d\n", gs[0].Get(), gs[1].Get())
		x = FuncM(func() int { return 1 })
		fm := map[string]func() int{"get": x.Get}
		x = func() int { return 7 }
		fmt.Printf("FuncM   map-mv     %d\n", fm["get"]())
		x = FuncM(func() int { return 1 })
		func() {
			defer fmt.Printf("FuncM   defer-call %d\n", x.Get())
			defer func(h func() int) { fmt.Printf("FuncM   defer-mv   %d\n", h()) }(x.Get)
			x = func() int { return 7 }
		}()
		x = FuncM(func() int { return 1 })
		done := make(chan int)
		go func(h func() int) { done <- h() }(x.Get)
		fmt.Printf("FuncM   go-mv      %d\n", <-done)
		var hs []func() int
		for _, y := range []FuncM{FuncM(func() int { return 1 }), FuncM(func() int { return 1 })} {
			hg := y.Get
			hg = y.Get
			hs = append(hs, hg)
		}
		fmt.Printf("FuncM   loop-mv    %d %d\n", hs[0](), hs[1]())
	}

	{
		x := ArrM{1, 2}
		f := x.Get
		x[0] = 7
		fmt.Printf("ArrM    bound      %d %d\n", f(), x.Get())
		x = ArrM{1, 2}
		var g Getter = x
		var gp Getter = &x
		x[0] = 7
		fmt.Printf("ArrM    iface      %d %d %T %T\n", g.Get(), gp.Get(), g, gp)
		_, vi := any(x).(Incer)
		_, pi := any(&x).(Incer)
		_, vg := any(x).(Getter)
		_, pg := any(&x).(Getter)
		fmt.Printf("ArrM    sets       %v %v %v %v\n", vi, pi, vg, pg)
		fmt.Printf("ArrM    expr       %d %d\n", ArrM.Get(x), (*ArrM).Get(&x))
		x = ArrM{1, 2}
		gs := []Getter{x, &x}
		x[0] = 7
		fmt.Printf("ArrM    slice      %d %d\n", gs[0].Get(), gs[1].Get())
		x = ArrM{1, 2}
		fm := map[string]func() int{"get": x.Get}
		x[0] = 7
		fmt.Printf("ArrM    map-mv     %d\n", fm["get"]())
		x = ArrM{1, 2}
		func() {
			defer fmt.Printf("ArrM    defer-call %d\n", x.Get())
			defer func(h func() int) { fmt.Printf("ArrM    defer-mv   %d\n", h()) }(x.Get)
			x[0] = 7
		}()
		x = ArrM{1, 2}
		done := make(chan int)
		go func(h func() int) { done <- h() }(x.Get)
		fmt.Printf("ArrM    go-mv      %d\n", <-done)
		var hs []func() int
		for _, y := range []ArrM{ArrM{1, 2}, ArrM{1, 2}} {
			hg := y.Get
			hg = y.Get
			hs = append(hs, hg)
		}
		fmt.Printf("ArrM    loop-mv    %d %d\n", hs[0](), hs[1]())
		x = ArrM{1, 2}
		inc := x.Inc
		inc()
		inc()
		fmt.Printf("ArrM    inc-bound  %d\n", x.Get())
		var ii Incer = &x
		ii.Inc()
		fmt.Printf("ArrM    inc-iface  %d %T\n", x.Get(), ii)
		ie := (*ArrM).Inc
		ie(&x)
		fmt.Printf("ArrM    inc-expr   %d\n", x.Get())
	}

}
