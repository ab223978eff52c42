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

type Namer interface{ Name() string }

type Base struct{ ID int }

func (b Base) Name() string     { return fmt.Sprint("base", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }
func (b Base) Describe() string { return "Base.Describe " + b.Name() }

type Tagged string

func (t Tagged) Name() string { return "tagged " + string(t) }
func (t Tagged) Len() int     { return len(t) }

type Stamp int

func (s *Stamp) Name() string { return fmt.Sprint("stamp", int(*s)) }
func (s *Stamp) Bump()        { *s++ }

type Pretty struct{ Base }

func (p Pretty) String() string { return "pretty " + p.Name() }

type ByVal struct {
	Base
	Note string
}

type ByPtr struct {
	*Base
	Note string
}

type Shadow struct {
	Base
	ID int
}

func (s Shadow) Name() string { return fmt.Sprint("shadow", s.ID, "/", s.Base.ID) }

type WithTag struct {
	Tagged
	N int
}

type WithStamp struct {
	*Stamp
}

type WithIface struct {
	Namer
	Extra int
}

type Deep struct {
	ByVal
	Level int
}

type Outer2 struct {
	Pretty
	Z int
}

func main() {
	{
		var v any = ByVal{Base{1}, "n"}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("ByVal     ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = &ByVal{Base{2}, "n"}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("*ByVal    ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = ByPtr{&Base{3}, "p"}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("ByPtr     ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = Shadow{Base{4}, 40}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("Shadow    ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = WithTag{"tg", 5}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("WithTag   ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = WithStamp{new(Stamp)}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("WithStamp ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = WithIface{Tagged("in"), 6}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("WithIface ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = WithIface{Base{7}, 7}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("WithIface2", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = Deep{ByVal{Base{8}, "d"}, 1}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("Deep      ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = &Deep{ByVal{Base{9}, "d"}, 1}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("*Deep     ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = Pretty{Base{10}}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("Pretty    ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = Outer2{Pretty{Base{11}}, 1}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("Outer2    ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = Base{12}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("Base      ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = &Base{13}
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("*Base     ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = Tagged("t")
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("Tagged    ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}
	{
		var v any = new(Stamp)
		n, isNamer := v.(Namer)
		name := ""
		if isNamer {
			name = n.Name()
		}
		_, isStr := v.(fmt.Stringer)
		_, isLen := v.(interface{ Len() int })
		_, isSet := v.(interface{ SetID(int) })
		_, isDesc := v.(interface{ Describe() string })
		fmt.Println("*Stamp    ", isNamer, name, "|", isStr, isLen, isSet, isDesc)
	}

	bv := ByVal{Base{1}, "n"}
	nm := bv.Name
	bv.SetID(100)
	fmt.Println("promoted value method bound", nm(), bv.Name(), bv.ID, bv.Base.ID)
	set := bv.SetID
	set(200)
	fmt.Println("promoted pointer method bound", bv.ID, bv.Describe())
	bp := ByPtr{&Base{1}, "p"}
	cp := bp
	cp.SetID(300)
	fmt.Println("shared embedded pointer", bp.ID, cp.ID, bp.Name())

	sh := Shadow{Base{1}, 2}
	fmt.Println("shadow", sh.ID, sh.Base.ID, sh.Name(), sh.Base.Name(), sh.Describe())
	var nmr Namer = sh
	fmt.Println("shadow via iface", nmr.Name())
	sh.SetID(5)
	fmt.Println("shadow after SetID", sh.ID, sh.Base.ID, nmr.Name())

	wt := WithTag{"abc", 1}
	fmt.Println("named basic embedded", wt.Name(), wt.Len(), wt.Tagged, len(wt.Tagged))
	ws := WithStamp{new(Stamp)}
	ws.Bump()
	ws.Bump()
	fmt.Println("pointer to named basic embedded", ws.Name(), int(*ws.Stamp))
	wi := WithIface{Base{3}, 0}
	fmt.Println("iface embedded", wi.Name())
	wi.Namer = Tagged("zz")
	fmt.Println("iface embedded replaced", wi.Name())
	d := Deep{ByVal{Base{4}, "d"}, 2}
	d.SetID(44)
	fmt.Println("deep", d.ID, d.Name(), d.ByVal.Base.ID, d.Describe())
	fmt.Println("stringer promoted", Outer2{Pretty{Base{5}}, 1}, Pretty{Base{6}})
	fmt.Printf("stringer promoted %%v %v %s\n", Outer2{Pretty{Base{7}}, 1}, &Outer2{Pretty{Base{8}}, 2})
	fe := ByVal.Name
	fp := (*ByVal).SetID
	x := ByVal{}
	fp(&x, 9)
	fmt.Println("promoted method expressions", fe(x))
	ns := []Namer{Base{1}, ByVal{Base{2}, ""}, &ByPtr{&Base{3}, ""}, Shadow{Base{4}, 5}, Tagged("t"), WithTag{"w", 1}, new(Stamp), Pretty{Base{6}}, Outer2{}}
	for i, n := range ns {
		fmt.Println("namer", i, n.Name())
	}
}
