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

type EmbCount struct {
	Count
	Tag string
}

type DeepCount struct {
	EmbCount
	N int
}

type ShadowCount struct {
	*EmbCount
	Tag int
}

func (d DeepCount) Where() string { return "deep" }

func (e *EmbCount) Where() string { return "emb " + e.Tag }

type EmbName struct {
	Name
	Tag string
}

type DeepName struct {
	EmbName
	N int
}

type ShadowName struct {
	*EmbName
	Tag int
}

func (d DeepName) Where() string { return "deep" }

func (e *EmbName) Where() string { return "emb " + e.Tag }

type EmbMoney struct {
	Money
	Tag string
}

type DeepMoney struct {
	EmbMoney
	N int
}

type ShadowMoney struct {
	*EmbMoney
	Tag int
}

func (d DeepMoney) Where() string { return "deep" }

func (e *EmbMoney) Where() string { return "emb " + e.Tag }

type EmbCode struct {
	Code
	Tag string
}

type DeepCode struct {
	EmbCode
	N int
}

type ShadowCode struct {
	*EmbCode
	Tag int
}

func (d DeepCode) Where() string { return "deep" }

func (e *EmbCode) Where() string { return "emb " + e.Tag }

type EmbPoint struct {
	Point
	Tag string
}

type DeepPoint struct {
	EmbPoint
	N int
}

type ShadowPoint struct {
	*EmbPoint
	Tag int
}

func (d DeepPoint) Where() string { return "deep" }

func (e *EmbPoint) Where() string { return "emb " + e.Tag }

type EmbVec struct {
	Vec
	Tag string
}

type DeepVec struct {
	EmbVec
	N int
}

type ShadowVec struct {
	*EmbVec
	Tag int
}

func (d DeepVec) Where() string { return "deep" }

func (e *EmbVec) Where() string { return "emb " + e.Tag }

type EmbPtrPoint struct {
	*Point
	Tag string
}

type DeepPtrPoint struct {
	EmbPtrPoint
	N int
}

type ShadowPtrPoint struct {
	*EmbPtrPoint
	Tag int
}

func (d DeepPtrPoint) Where() string { return "deep" }

func (e *EmbPtrPoint) Where() string { return "emb " + e.Tag }

type EmbTrio struct {
	Trio
	Tag string
}

type DeepTrio struct {
	EmbTrio
	N int
}

type ShadowTrio struct {
	*EmbTrio
	Tag int
}

func (d DeepTrio) Where() string { return "deep" }

func (e *EmbTrio) Where() string { return "emb " + e.Tag }

type EmbIntList struct {
	IntList
	Tag string
}

type DeepIntList struct {
	EmbIntList
	N int
}

type ShadowIntList struct {
	*EmbIntList
	Tag int
}

func (d DeepIntList) Where() string { return "deep" }

func (e *EmbIntList) Where() string { return "emb " + e.Tag }

type EmbBag struct {
	Bag
	Tag string
}

type DeepBag struct {
	EmbBag
	N int
}

type ShadowBag struct {
	*EmbBag
	Tag int
}

func (d DeepBag) Where() string { return "deep" }

func (e *EmbBag) Where() string { return "emb " + e.Tag }

type Wherer interface{ Where() string }

func main() {
	{
		e := EmbCount{Count(3), "t"}
		fmt.Printf("Count     value      %v|%+v|%T\n", e, e, e)
		fmt.Printf("Count     promoted   %v\n", e.Count)
		pe := &e
		pe.Count++
		fmt.Printf("Count     via-ptr    %v %v\n", e.Count, pe.Count)
		c := e
		c.Count++
		fmt.Printf("Count     copy       %v %v\n", e.Count, c.Count)
		var a any = e
		_, isS := a.(fmt.Stringer)
		_, isE := a.(error)
		_, isW := a.(Wherer)
		_, isPW := any(pe).(Wherer)
		fmt.Printf("Count     iface      %v %v %v %v %T\n", isS, isE, isW, isPW, a)
		d := DeepCount{e, 5}
		d.Count++
		fmt.Printf("Count     deep       %v %v %s %s\n", d.Count, e.Count, d.Where(), d.EmbCount.Where())
		fmt.Printf("Count     deep-print %v|%+v\n", d, d)
		s := ShadowCount{&e, 7}
		s.Count++
		fmt.Printf("Count     shadow     %v %q %v %s\n", s.Tag, s.EmbCount.Tag, e.Count, s.Where())
		var w Wherer = s
		fmt.Printf("Count     shadow-if  %s %T\n", w.Where(), w)
		fmt.Printf("Count     show       %v\n", e)
	}

	{
		e := EmbName{Name("ab"), "t"}
		fmt.Printf("Name      value      %v|%+v|%T\n", e, e, e)
		fmt.Printf("Name      promoted   %v\n", e.Name)
		pe := &e
		pe.Name += "!"
		fmt.Printf("Name      via-ptr    %v %v\n", e.Name, pe.Name)
		c := e
		c.Name += "!"
		fmt.Printf("Name      copy       %v %v\n", e.Name, c.Name)
		var a any = e
		_, isS := a.(fmt.Stringer)
		_, isE := a.(error)
		_, isW := a.(Wherer)
		_, isPW := any(pe).(Wherer)
		fmt.Printf("Name      iface      %v %v %v %v %T\n", isS, isE, isW, isPW, a)
		d := DeepName{e, 5}
		d.Name += "!"
		fmt.Printf("Name      deep       %v %v %s %s\n", d.Name, e.Name, d.Where(), d.EmbName.Where())
		fmt.Printf("Name      deep-print %v|%+v\n", d, d)
		s := ShadowName{&e, 7}
		s.Name += "!"
		fmt.Printf("Name      shadow     %v %q %v %s\n", s.Tag, s.EmbName.Tag, e.Name, s.Where())
		var w Wherer = s
		fmt.Printf("Name      shadow-if  %s %T\n", w.Where(), w)
		fmt.Printf("Name      show       %v\n", e)
	}

	{
		e := EmbMoney{Money(250), "t"}
		fmt.Printf("Money     value      %v|%+v|%T\n", e, e, e)
		fmt.Printf("Money     promoted   %v\n", e.String())
		pe := &e
		pe.Money += 100
		fmt.Printf("Money     via-ptr    %v %v\n", e.String(), pe.String())
		c := e
		c.Money += 100
		fmt.Printf("Money     copy       %v %v\n", e.String(), c.String())
		var a any = e
		_, isS := a.(fmt.Stringer)
		_, isE := a.(error)
		_, isW := a.(Wherer)
		_, isPW := any(pe).(Wherer)
		fmt.Printf("Money     iface      %v %v %v %v %T\n", isS, isE, isW, isPW, a)
		d := DeepMoney{e, 5}
		d.Money += 100
		fmt.Printf("Money     deep       %v %v %s %s\n", d.String(), e.String(), d.Where(), d.EmbMoney.Where())
		fmt.Printf("Money     deep-print %v|%+v\n", d, d)
		s := ShadowMoney{&e, 7}
		s.Money += 100
		fmt.Printf("Money     shadow     %v %q %v %s\n", s.Tag, s.EmbMoney.Tag, e.String(), s.Where())
		var w Wherer = s
		fmt.Printf("Money     shadow-if  %s %T\n", w.Where(), w)
		fmt.Printf("Money     show       %v\n", e)
	}

	{
		e := EmbCode{Code(7), "t"}
		fmt.Printf("Code      value      %v|%+v|%T\n", e, e, e)
		fmt.Printf("Code      promoted   %v\n", e.Error())
		pe := &e
		pe.Code++
		fmt.Printf("Code      via-ptr    %v %v\n", e.Error(), pe.Error())
		c := e
		c.Code++
		fmt.Printf("Code      copy       %v %v\n", e.Error(), c.Error())
		var a any = e
		_, isS := a.(fmt.Stringer)
		_, isE := a.(error)
		_, isW := a.(Wherer)
		_, isPW := any(pe).(Wherer)
		fmt.Printf("Code      iface      %v %v %v %v %T\n", isS, isE, isW, isPW, a)
		d := DeepCode{e, 5}
		d.Code++
		fmt.Printf("Code      deep       %v %v %s %s\n", d.Error(), e.Error(), d.Where(), d.EmbCode.Where())
		fmt.Printf("Code      deep-print %v|%+v\n", d, d)
		s := ShadowCode{&e, 7}
		s.Code++
		fmt.Printf("Code      shadow     %v %q %v %s\n", s.Tag, s.EmbCode.Tag, e.Error(), s.Where())
		var w Wherer = s
		fmt.Printf("Code      shadow-if  %s %T\n", w.Where(), w)
		fmt.Printf("Code      show       %v\n", e)
	}

	{
		e := EmbPoint{Point{1, 2}, "t"}
		fmt.Printf("Point     value      %v|%+v|%T\n", e, e, e)
		fmt.Printf("Point     promoted   %v\n", e.X)
		pe := &e
		pe.X = 9
		fmt.Printf("Point     via-ptr    %v %v\n", e.X, pe.X)
		c := e
		c.X = 9
		fmt.Printf("Point     copy       %v %v\n", e.X, c.X)
		var a any = e
		_, isS := a.(fmt.Stringer)
		_, isE := a.(error)
		_, isW := a.(Wherer)
		_, isPW := any(pe).(Wherer)
		fmt.Printf("Point     iface      %v %v %v %v %T\n", isS, isE, isW, isPW, a)
		d := DeepPoint{e, 5}
		d.X = 9
		fmt.Printf("Point     deep       %v %v %s %s\n", d.X, e.X, d.Where(), d.EmbPoint.Where())
		fmt.Printf("Point     deep-print %v|%+v\n", d, d)
		s := ShadowPoint{&e, 7}
		s.X = 9
		fmt.Printf("Point     shadow     %v %q %v %s\n", s.Tag, s.EmbPoint.Tag, e.X, s.Where())
		var w Wherer = s
		fmt.Printf("Point     shadow-if  %s %T\n", w.Where(), w)
		fmt.Printf("Point     show       %v\n", e)
	}

	{
		e := EmbVec{Vec{1, 2}, "t"}
		fmt.Printf("Vec       value      %v|%+v|%T\n", e, e, e)
		fmt.Printf("Vec       promoted   %v\n", e.String())
		pe := &e
		pe.X = 9
		fmt.Printf("Vec       via-ptr    %v %v\n", e.String(), pe.String())
		c := e
		c.X = 9
		fmt.Printf("Vec       copy       %v %v\n", e.String(), c.String())
		var a any = e
		_, isS := a.(fmt.Stringer)
		_, isE := a.(error)
		_, isW := a.(Wherer)
		_, isPW := any(pe).(Wherer)
		fmt.Printf("Vec       iface      %v %v %v %v %T\n", isS, isE, isW, isPW, a)
		d := DeepVec{e, 5}
		d.X = 9
		fmt.Printf("Vec       deep       %v %v %s %s\n", d.String(), e.String(), d.Where(), d.EmbVec.Where())
		fmt.Printf("Vec       deep-print %v|%+v\n", d, d)
		s := ShadowVec{&e, 7}
		s.X = 9
		fmt.Printf("Vec       shadow     %v %q %v %s\n", s.Tag, s.EmbVec.Tag, e.String(), s.Where())
		var w Wherer = s
		fmt.Printf("Vec       shadow-if  %s %T\n", w.Where(), w)
		fmt.Printf("Vec       show       %v\n", e)
	}

	{
		e := EmbPtrPoint{&Point{1, 2}, "t"}
		fmt.Printf("PtrPoint  value      %v|%+v|%T\n", fmt.Sprint(*e.Point), fmt.Sprint(*e.Point), e)
		fmt.Printf("PtrPoint  promoted   %v\n", e.X)
		pe := &e
		pe.X = 9
		fmt.Printf("PtrPoint  via-ptr    %v %v\n", e.X, pe.X)
		c := e
		c.X = 9
		fmt.Printf("PtrPoint  copy       %v %v\n", e.X, c.X)
		var a any = e
		_, isS := a.(fmt.Stringer)
		_, isE := a.(error)
		_, isW := a.(Wherer)
		_, isPW := any(pe).(Wherer)
		fmt.Printf("PtrPoint  iface      %v %v %v %v %T\n", isS, isE, isW, isPW, a)
		d := DeepPtrPoint{e, 5}
		d.X = 9
		fmt.Printf("PtrPoint  deep       %v %v %s %s\n", d.X, e.X, d.Where(), d.EmbPtrPoint.Where())
		fmt.Printf("PtrPoint  deep-print %v|%+v\n", fmt.Sprint(*d.Point), fmt.Sprint(*d.Point))
		s := ShadowPtrPoint{&e, 7}
		s.X = 9
		fmt.Printf("PtrPoint  shadow     %v %q %v %s\n", s.Tag, s.EmbPtrPoint.Tag, e.X, s.Where())
		var w Wherer = s
		fmt.Printf("PtrPoint  shadow-if  %s %T\n", w.Where(), w)
		fmt.Printf("PtrPoint  show       %v\n", *e.Point)
	}

	{
		e := EmbTrio{Trio{1, 2, 3}, "t"}
		fmt.Printf("Trio      value      %v|%+v|%T\n", e, e, e)
		fmt.Printf("Trio      promoted   %v\n", e.Trio[0])
		pe := &e
		pe.Trio[0] = 9
		fmt.Printf("Trio      via-ptr    %v %v\n", e.Trio[0], pe.Trio[0])
		c := e
		c.Trio[0] = 9
		fmt.Printf("Trio      copy       %v %v\n", e.Trio[0], c.Trio[0])
		var a any = e
		_, isS := a.(fmt.Stringer)
		_, isE := a.(error)
		_, isW := a.(Wherer)
		_, isPW := any(pe).(Wherer)
		fmt.Printf("Trio      iface      %v %v %v %v %T\n", isS, isE, isW, isPW, a)
		d := DeepTrio{e, 5}
		d.Trio[0] = 9
		fmt.Printf("Trio      deep       %v %v %s %s\n", d.Trio[0], e.Trio[0], d.Where(), d.EmbTrio.Where())
		fmt.Printf("Trio      deep-print %v|%+v\n", d, d)
		s := ShadowTrio{&e, 7}
		s.Trio[0] = 9
		fmt.Printf("Trio      shadow     %v %q %v %s\n", s.Tag, s.EmbTrio.Tag, e.Trio[0], s.Where())
		var w Wherer = s
		fmt.Printf("Trio      shadow-if  %s %T\n", w.Where(), w)
		fmt.Printf("Trio      show       %v\n", e)
	}

	{
		e := EmbIntList{IntList{1, 2}, "t"}
		fmt.Printf("IntList   value      %v|%+v|%T\n", e, e, e)
		fmt.Printf("IntList   promoted   %v\n", e.IntList[0])
		pe := &e
		pe.IntList[0] = 9
		fmt.Printf("IntList   via-ptr    %v %v\n", e.IntList[0], pe.IntList[0])
		c := e
		c.IntList[0] = 9
		fmt.Printf("IntList   copy       %v %v\n", e.IntList[0], c.IntList[0])
		var a any = e
		_, isS := a.(fmt.Stringer)
		_, isE := a.(error)
		_, isW := a.(Wherer)
		_, isPW := any(pe).(Wherer)
		fmt.Printf("IntList   iface      %v %v %v %v %T\n", isS, isE, isW, isPW, a)
		d := DeepIntList{e, 5}
		d.IntList[0] = 9
		fmt.Printf("IntList   deep       %v %v %s %s\n", d.IntList[0], e.IntList[0], d.Where(), d.EmbIntList.Where())
		fmt.Printf("IntList   deep-print %v|%+v\n", d, d)
		s := ShadowIntList{&e, 7}
		s.IntList[0] = 9
		fmt.Printf("IntList   shadow     %v %q %v %s\n", s.Tag, s.EmbIntList.Tag, e.IntList[0], s.Where())
		var w Wherer = s
		fmt.Printf("IntList   shadow-if  %s %T\n", w.Where(), w)
		fmt.Printf("IntList   show       %v\n", e)
	}

	{
		e := EmbBag{Bag{"a": 1}, "t"}
		fmt.Printf("Bag       value      %v|%+v|%T\n", e, e, e)
		fmt.Printf("Bag       promoted   %v\n", e.Bag["a"])
		pe := &e
		pe.Bag["a"] = 9
		fmt.Printf("Bag       via-ptr    %v %v\n", e.Bag["a"], pe.Bag["a"])
		c := e
		c.Bag["a"] = 9
		fmt.Printf("Bag       copy       %v %v\n", e.Bag["a"], c.Bag["a"])
		var a any = e
		_, isS := a.(fmt.Stringer)
		_, isE := a.(error)
		_, isW := a.(Wherer)
		_, isPW := any(pe).(Wherer)
		fmt.Printf("Bag       iface      %v %v %v %v %T\n", isS, isE, isW, isPW, a)
		d := DeepBag{e, 5}
		d.Bag["a"] = 9
		fmt.Printf("Bag       deep       %v %v %s %s\n", d.Bag["a"], e.Bag["a"], d.Where(), d.EmbBag.Where())
		fmt.Printf("Bag       deep-print %v|%+v\n", d, d)
		s := ShadowBag{&e, 7}
		s.Bag["a"] = 9
		fmt.Printf("Bag       shadow     %v %q %v %s\n", s.Tag, s.EmbBag.Tag, e.Bag["a"], s.Where())
		var w Wherer = s
		fmt.Printf("Bag       shadow-if  %s %T\n", w.Where(), w)
		fmt.Printf("Bag       show       %v\n", e)
	}

}
