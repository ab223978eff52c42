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
		ch := make(chan Count, 3)
		ch <- Count(3)
		ch <- Count(4)
		fmt.Printf("Count     len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("Count     recv       %T %v\n", x, (x))
		ch <- Count(5)
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("Count     range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("Count     closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- Count(3)
		y := <-ca
		fmt.Printf("Count     chan-any   %T %v\n", y, y)
		_, isT := y.(Count)
		fmt.Printf("Count     any-assert %v\n", isT)
		done := make(chan Count)
		go func() { v := Count(4); v++; done <- v }()
		fmt.Printf("Count     goroutine  %v\n", (<-done))
		sel := make(chan Count, 1)
		sel <- Count(5)
		select {
		case s := <-sel:
			fmt.Printf("Count     select     %T %v\n", s, (s))
		default:
			fmt.Printf("Count     select     none\n")
		}
		var ro <-chan Count = sel
		fmt.Printf("Count     dir        %T %d\n", ro, len(ro))
		cc := make(chan chan Count, 1)
		inner := make(chan Count, 1)
		inner <- Count(3)
		cc <- inner
		fmt.Printf("Count     chan-chan  %v\n", (<-<-cc))
		ce := make(chan any, 1)
		ce <- Count(4)
		fmt.Printf("Count     any-eq     %v\n", <-ce == any(Count(4)))
	}

	{
		ch := make(chan Name, 3)
		ch <- Name("ab")
		ch <- Name("cd")
		fmt.Printf("Name      len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("Name      recv       %T %v\n", x, (x))
		ch <- Name("ef")
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("Name      range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("Name      closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- Name("ab")
		y := <-ca
		fmt.Printf("Name      chan-any   %T %v\n", y, y)
		_, isT := y.(Name)
		fmt.Printf("Name      any-assert %v\n", isT)
		done := make(chan Name)
		go func() { v := Name("cd"); v += "!"; done <- v }()
		fmt.Printf("Name      goroutine  %v\n", (<-done))
		sel := make(chan Name, 1)
		sel <- Name("ef")
		select {
		case s := <-sel:
			fmt.Printf("Name      select     %T %v\n", s, (s))
		default:
			fmt.Printf("Name      select     none\n")
		}
		var ro <-chan Name = sel
		fmt.Printf("Name      dir        %T %d\n", ro, len(ro))
		cc := make(chan chan Name, 1)
		inner := make(chan Name, 1)
		inner <- Name("ab")
		cc <- inner
		fmt.Printf("Name      chan-chan  %v\n", (<-<-cc))
		ce := make(chan any, 1)
		ce <- Name("cd")
		fmt.Printf("Name      any-eq     %v\n", <-ce == any(Name("cd")))
	}

	{
		ch := make(chan Celsius, 3)
		ch <- Celsius(1.5)
		ch <- Celsius(2.25)
		fmt.Printf("Celsius   len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("Celsius   recv       %T %v\n", x, (x))
		ch <- Celsius(7)
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("Celsius   range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("Celsius   closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- Celsius(1.5)
		y := <-ca
		fmt.Printf("Celsius   chan-any   %T %v\n", y, y)
		_, isT := y.(Celsius)
		fmt.Printf("Celsius   any-assert %v\n", isT)
		done := make(chan Celsius)
		go func() { v := Celsius(2.25); v *= 2; done <- v }()
		fmt.Printf("Celsius   goroutine  %v\n", (<-done))
		sel := make(chan Celsius, 1)
		sel <- Celsius(7)
		select {
		case s := <-sel:
			fmt.Printf("Celsius   select     %T %v\n", s, (s))
		default:
			fmt.Printf("Celsius   select     none\n")
		}
		var ro <-chan Celsius = sel
		fmt.Printf("Celsius   dir        %T %d\n", ro, len(ro))
		cc := make(chan chan Celsius, 1)
		inner := make(chan Celsius, 1)
		inner <- Celsius(1.5)
		cc <- inner
		fmt.Printf("Celsius   chan-chan  %v\n", (<-<-cc))
		ce := make(chan any, 1)
		ce <- Celsius(2.25)
		fmt.Printf("Celsius   any-eq     %v\n", <-ce == any(Celsius(2.25)))
	}

	{
		ch := make(chan Flag, 3)
		ch <- Flag(true)
		ch <- Flag(false)
		fmt.Printf("Flag      len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("Flag      recv       %T %v\n", x, (x))
		ch <- Flag(true)
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("Flag      range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("Flag      closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- Flag(true)
		y := <-ca
		fmt.Printf("Flag      chan-any   %T %v\n", y, y)
		_, isT := y.(Flag)
		fmt.Printf("Flag      any-assert %v\n", isT)
		done := make(chan Flag)
		go func() { v := Flag(false); v = !v; done <- v }()
		fmt.Printf("Flag      goroutine  %v\n", (<-done))
		sel := make(chan Flag, 1)
		sel <- Flag(true)
		select {
		case s := <-sel:
			fmt.Printf("Flag      select     %T %v\n", s, (s))
		default:
			fmt.Printf("Flag      select     none\n")
		}
		var ro <-chan Flag = sel
		fmt.Printf("Flag      dir        %T %d\n", ro, len(ro))
		cc := make(chan chan Flag, 1)
		inner := make(chan Flag, 1)
		inner <- Flag(true)
		cc <- inner
		fmt.Printf("Flag      chan-chan  %v\n", (<-<-cc))
		ce := make(chan any, 1)
		ce <- Flag(false)
		fmt.Printf("Flag      any-eq     %v\n", <-ce == any(Flag(false)))
	}

	{
		ch := make(chan Money, 3)
		ch <- Money(250)
		ch <- Money(1999)
		fmt.Printf("Money     len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("Money     recv       %T %v\n", x, (x))
		ch <- Money(5000)
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("Money     range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("Money     closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- Money(250)
		y := <-ca
		fmt.Printf("Money     chan-any   %T %v\n", y, y)
		_, isT := y.(Money)
		fmt.Printf("Money     any-assert %v\n", isT)
		done := make(chan Money)
		go func() { v := Money(1999); v += 100; done <- v }()
		fmt.Printf("Money     goroutine  %v\n", (<-done))
		sel := make(chan Money, 1)
		sel <- Money(5000)
		select {
		case s := <-sel:
			fmt.Printf("Money     select     %T %v\n", s, (s))
		default:
			fmt.Printf("Money     select     none\n")
		}
		var ro <-chan Money = sel
		fmt.Printf("Money     dir        %T %d\n", ro, len(ro))
		cc := make(chan chan Money, 1)
		inner := make(chan Money, 1)
		inner <- Money(250)
		cc <- inner
		fmt.Printf("Money     chan-chan  %v\n", (<-<-cc))
		ce := make(chan any, 1)
		ce <- Money(1999)
		fmt.Printf("Money     any-eq     %v\n", <-ce == any(Money(1999)))
	}

	{
		ch := make(chan Code, 3)
		ch <- Code(7)
		ch <- Code(8)
		fmt.Printf("Code      len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("Code      recv       %T %v\n", x, (x))
		ch <- Code(9)
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("Code      range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("Code      closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- Code(7)
		y := <-ca
		fmt.Printf("Code      chan-any   %T %v\n", y, y)
		_, isT := y.(Code)
		fmt.Printf("Code      any-assert %v\n", isT)
		done := make(chan Code)
		go func() { v := Code(8); v++; done <- v }()
		fmt.Printf("Code      goroutine  %v\n", (<-done))
		sel := make(chan Code, 1)
		sel <- Code(9)
		select {
		case s := <-sel:
			fmt.Printf("Code      select     %T %v\n", s, (s))
		default:
			fmt.Printf("Code      select     none\n")
		}
		var ro <-chan Code = sel
		fmt.Printf("Code      dir        %T %d\n", ro, len(ro))
		cc := make(chan chan Code, 1)
		inner := make(chan Code, 1)
		inner <- Code(7)
		cc <- inner
		fmt.Printf("Code      chan-chan  %v\n", (<-<-cc))
		ce := make(chan any, 1)
		ce <- Code(8)
		fmt.Printf("Code      any-eq     %v\n", <-ce == any(Code(8)))
	}

	{
		ch := make(chan Point, 3)
		ch <- Point{1, 2}
		ch <- Point{3, 4}
		fmt.Printf("Point     len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("Point     recv       %T %v\n", x, (x))
		ch <- Point{5, 6}
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("Point     range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("Point     closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- Point{1, 2}
		y := <-ca
		fmt.Printf("Point     chan-any   %T %v\n", y, y)
		_, isT := y.(Point)
		fmt.Printf("Point     any-assert %v\n", isT)
		done := make(chan Point)
		go func() { v := Point{3, 4}; v.X = 9; done <- v }()
		fmt.Printf("Point     goroutine  %v\n", (<-done))
		sel := make(chan Point, 1)
		sel <- Point{5, 6}
		select {
		case s := <-sel:
			fmt.Printf("Point     select     %T %v\n", s, (s))
		default:
			fmt.Printf("Point     select     none\n")
		}
		var ro <-chan Point = sel
		fmt.Printf("Point     dir        %T %d\n", ro, len(ro))
		cc := make(chan chan Point, 1)
		inner := make(chan Point, 1)
		inner <- Point{1, 2}
		cc <- inner
		fmt.Printf("Point     chan-chan  %v\n", (<-<-cc))
		ce := make(chan any, 1)
		ce <- Point{3, 4}
		fmt.Printf("Point     any-eq     %v\n", <-ce == any(Point{3, 4}))
	}

	{
		ch := make(chan Vec, 3)
		ch <- Vec{1, 2}
		ch <- Vec{3, 4}
		fmt.Printf("Vec       len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("Vec       recv       %T %v\n", x, (x))
		ch <- Vec{5, 6}
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("Vec       range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("Vec       closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- Vec{1, 2}
		y := <-ca
		fmt.Printf("Vec       chan-any   %T %v\n", y, y)
		_, isT := y.(Vec)
		fmt.Printf("Vec       any-assert %v\n", isT)
		done := make(chan Vec)
		go func() { v := Vec{3, 4}; v.X = 9; done <- v }()
		fmt.Printf("Vec       goroutine  %v\n", (<-done))
		sel := make(chan Vec, 1)
		sel <- Vec{5, 6}
		select {
		case s := <-sel:
			fmt.Printf("Vec       select     %T %v\n", s, (s))
		default:
			fmt.Printf("Vec       select     none\n")
		}
		var ro <-chan Vec = sel
		fmt.Printf("Vec       dir        %T %d\n", ro, len(ro))
		cc := make(chan chan Vec, 1)
		inner := make(chan Vec, 1)
		inner <- Vec{1, 2}
		cc <- inner
		fmt.Printf("Vec       chan-chan  %v\n", (<-<-cc))
		ce := make(chan any, 1)
		ce <- Vec{3, 4}
		fmt.Printf("Vec       any-eq     %v\n", <-ce == any(Vec{3, 4}))
	}

	{
		ch := make(chan *Point, 3)
		ch <- &Point{1, 2}
		ch <- &Point{3, 4}
		fmt.Printf("*Point    len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("*Point    recv       %T %v\n", x, *(x))
		ch <- &Point{5, 6}
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint(*(v)))
		}
		fmt.Printf("*Point    range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("*Point    closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- &Point{1, 2}
		y := <-ca
		fmt.Printf("*Point    chan-any   %T %v\n", y, y)
		_, isT := y.(*Point)
		fmt.Printf("*Point    any-assert %v\n", isT)
		done := make(chan *Point)
		go func() { v := &Point{3, 4}; v.X = 9; done <- v }()
		fmt.Printf("*Point    goroutine  %v\n", *(<-done))
		sel := make(chan *Point, 1)
		sel <- &Point{5, 6}
		select {
		case s := <-sel:
			fmt.Printf("*Point    select     %T %v\n", s, *(s))
		default:
			fmt.Printf("*Point    select     none\n")
		}
		var ro <-chan *Point = sel
		fmt.Printf("*Point    dir        %T %d\n", ro, len(ro))
		cc := make(chan chan *Point, 1)
		inner := make(chan *Point, 1)
		inner <- &Point{1, 2}
		cc <- inner
		fmt.Printf("*Point    chan-chan  %v\n", *(<-<-cc))
		ce := make(chan any, 1)
		ce <- &Point{3, 4}
		fmt.Printf("*Point    any-eq     %v\n", <-ce == any(&Point{3, 4}))
	}

	{
		ch := make(chan Trio, 3)
		ch <- Trio{1, 2, 3}
		ch <- Trio{4, 5, 6}
		fmt.Printf("Trio      len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("Trio      recv       %T %v\n", x, (x))
		ch <- Trio{7, 8, 9}
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("Trio      range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("Trio      closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- Trio{1, 2, 3}
		y := <-ca
		fmt.Printf("Trio      chan-any   %T %v\n", y, y)
		_, isT := y.(Trio)
		fmt.Printf("Trio      any-assert %v\n", isT)
		done := make(chan Trio)
		go func() { v := Trio{4, 5, 6}; v[0] = 9; done <- v }()
		fmt.Printf("Trio      goroutine  %v\n", (<-done))
		sel := make(chan Trio, 1)
		sel <- Trio{7, 8, 9}
		select {
		case s := <-sel:
			fmt.Printf("Trio      select     %T %v\n", s, (s))
		default:
			fmt.Printf("Trio      select     none\n")
		}
		var ro <-chan Trio = sel
		fmt.Printf("Trio      dir        %T %d\n", ro, len(ro))
		cc := make(chan chan Trio, 1)
		inner := make(chan Trio, 1)
		inner <- Trio{1, 2, 3}
		cc <- inner
		fmt.Printf("Trio      chan-chan  %v\n", (<-<-cc))
		ce := make(chan any, 1)
		ce <- Trio{4, 5, 6}
		fmt.Printf("Trio      any-eq     %v\n", <-ce == any(Trio{4, 5, 6}))
	}

	{
		ch := make(chan IntList, 3)
		ch <- IntList{1, 2}
		ch <- IntList{3, 4}
		fmt.Printf("IntList   len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("IntList   recv       %T %v\n", x, (x))
		ch <- IntList{5, 6}
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("IntList   range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("IntList   closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- IntList{1, 2}
		y := <-ca
		fmt.Printf("IntList   chan-any   %T %v\n", y, y)
		_, isT := y.(IntList)
		fmt.Printf("IntList   any-assert %v\n", isT)
		done := make(chan IntList)
		go func() { v := IntList{3, 4}; v[0] = 9; done <- v }()
		fmt.Printf("IntList   goroutine  %v\n", (<-done))
		sel := make(chan IntList, 1)
		sel <- IntList{5, 6}
		select {
		case s := <-sel:
			fmt.Printf("IntList   select     %T %v\n", s, (s))
		default:
			fmt.Printf("IntList   select     none\n")
		}
		var ro <-chan IntList = sel
		fmt.Printf("IntList   dir        %T %d\n", ro, len(ro))
		cc := make(chan chan IntList, 1)
		inner := make(chan IntList, 1)
		inner <- IntList{1, 2}
		cc <- inner
		fmt.Printf("IntList   chan-chan  %v\n", (<-<-cc))
	}

	{
		ch := make(chan Bag, 3)
		ch <- Bag{"a": 1}
		ch <- Bag{"a": 2}
		fmt.Printf("Bag       len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("Bag       recv       %T %v\n", x, (x))
		ch <- Bag{"a": 3}
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("Bag       range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("Bag       closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- Bag{"a": 1}
		y := <-ca
		fmt.Printf("Bag       chan-any   %T %v\n", y, y)
		_, isT := y.(Bag)
		fmt.Printf("Bag       any-assert %v\n", isT)
		done := make(chan Bag)
		go func() { v := Bag{"a": 2}; v["a"] = 9; done <- v }()
		fmt.Printf("Bag       goroutine  %v\n", (<-done))
		sel := make(chan Bag, 1)
		sel <- Bag{"a": 3}
		select {
		case s := <-sel:
			fmt.Printf("Bag       select     %T %v\n", s, (s))
		default:
			fmt.Printf("Bag       select     none\n")
		}
		var ro <-chan Bag = sel
		fmt.Printf("Bag       dir        %T %d\n", ro, len(ro))
		cc := make(chan chan Bag, 1)
		inner := make(chan Bag, 1)
		inner <- Bag{"a": 1}
		cc <- inner
		fmt.Printf("Bag       chan-chan  %v\n", (<-<-cc))
	}

	{
		ch := make(chan []Name, 3)
		ch <- []Name{"a", "b"}
		ch <- []Name{"c"}
		fmt.Printf("[]Name    len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("[]Name    recv       %T %v\n", x, (x))
		ch <- []Name{"d", "e"}
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("[]Name    range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("[]Name    closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- []Name{"a", "b"}
		y := <-ca
		fmt.Printf("[]Name    chan-any   %T %v\n", y, y)
		_, isT := y.([]Name)
		fmt.Printf("[]Name    any-assert %v\n", isT)
		done := make(chan []Name)
		go func() { v := []Name{"c"}; v[0] = "z"; done <- v }()
		fmt.Printf("[]Name    goroutine  %v\n", (<-done))
		sel := make(chan []Name, 1)
		sel <- []Name{"d", "e"}
		select {
		case s := <-sel:
			fmt.Printf("[]Name    select     %T %v\n", s, (s))
		default:
			fmt.Printf("[]Name    select     none\n")
		}
		var ro <-chan []Name = sel
		fmt.Printf("[]Name    dir        %T %d\n", ro, len(ro))
		cc := make(chan chan []Name, 1)
		inner := make(chan []Name, 1)
		inner <- []Name{"a", "b"}
		cc <- inner
		fmt.Printf("[]Name    chan-chan  %v\n", (<-<-cc))
	}

	{
		ch := make(chan [2]Count, 3)
		ch <- [2]Count{1, 2}
		ch <- [2]Count{3, 4}
		fmt.Printf("[2]Count  len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("[2]Count  recv       %T %v\n", x, (x))
		ch <- [2]Count{5, 6}
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("[2]Count  range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("[2]Count  closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- [2]Count{1, 2}
		y := <-ca
		fmt.Printf("[2]Count  chan-any   %T %v\n", y, y)
		_, isT := y.([2]Count)
		fmt.Printf("[2]Count  any-assert %v\n", isT)
		done := make(chan [2]Count)
		go func() { v := [2]Count{3, 4}; v[0] = 9; done <- v }()
		fmt.Printf("[2]Count  goroutine  %v\n", (<-done))
		sel := make(chan [2]Count, 1)
		sel <- [2]Count{5, 6}
		select {
		case s := <-sel:
			fmt.Printf("[2]Count  select     %T %v\n", s, (s))
		default:
			fmt.Printf("[2]Count  select     none\n")
		}
		var ro <-chan [2]Count = sel
		fmt.Printf("[2]Count  dir        %T %d\n", ro, len(ro))
		cc := make(chan chan [2]Count, 1)
		inner := make(chan [2]Count, 1)
		inner <- [2]Count{1, 2}
		cc <- inner
		fmt.Printf("[2]Count  chan-chan  %v\n", (<-<-cc))
		ce := make(chan any, 1)
		ce <- [2]Count{3, 4}
		fmt.Printf("[2]Count  any-eq     %v\n", <-ce == any([2]Count{3, 4}))
	}

	{
		ch := make(chan map[Name]Count, 3)
		ch <- map[Name]Count{"a": 1}
		ch <- map[Name]Count{"b": 2}
		fmt.Printf("map       len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("map       recv       %T %v\n", x, (x))
		ch <- map[Name]Count{"c": 3}
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("map       range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("map       closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- map[Name]Count{"a": 1}
		y := <-ca
		fmt.Printf("map       chan-any   %T %v\n", y, y)
		_, isT := y.(map[Name]Count)
		fmt.Printf("map       any-assert %v\n", isT)
		done := make(chan map[Name]Count)
		go func() { v := map[Name]Count{"b": 2}; v["a"] = 9; done <- v }()
		fmt.Printf("map       goroutine  %v\n", (<-done))
		sel := make(chan map[Name]Count, 1)
		sel <- map[Name]Count{"c": 3}
		select {
		case s := <-sel:
			fmt.Printf("map       select     %T %v\n", s, (s))
		default:
			fmt.Printf("map       select     none\n")
		}
		var ro <-chan map[Name]Count = sel
		fmt.Printf("map       dir        %T %d\n", ro, len(ro))
		cc := make(chan chan map[Name]Count, 1)
		inner := make(chan map[Name]Count, 1)
		inner <- map[Name]Count{"a": 1}
		cc <- inner
		fmt.Printf("map       chan-chan  %v\n", (<-<-cc))
	}

	{
		ch := make(chan struct {
			A Count
			B Name
		}, 3)
		ch <- struct {
			A Count
			B Name
		}{1, "x"}
		ch <- struct {
			A Count
			B Name
		}{2, "y"}
		fmt.Printf("anon      len-cap    %d %d\n", len(ch), cap(ch))
		x := <-ch
		fmt.Printf("anon      recv       %T %v\n", x, (x))
		ch <- struct {
			A Count
			B Name
		}{3, "z"}
		close(ch)
		var got []string
		for v := range ch {
			got = append(got, fmt.Sprint((v)))
		}
		fmt.Printf("anon      range      %v\n", got)
		z, ok := <-ch
		fmt.Printf("anon      closed     %T %v\n", z, ok)
		ca := make(chan any, 1)
		ca <- struct {
			A Count
			B Name
		}{1, "x"}
		y := <-ca
		fmt.Printf("anon      chan-any   %T %v\n", y, y)
		_, isT := y.(struct {
			A Count
			B Name
		})
		fmt.Printf("anon      any-assert %v\n", isT)
		done := make(chan struct {
			A Count
			B Name
		})
		go func() {
			v := struct {
				A Count
				B Name
			}{2, "y"}
			v.A = 9
			done <- v
		}()
		fmt.Printf("anon      goroutine  %v\n", (<-done))
		sel := make(chan struct {
			A Count
			B Name
		}, 1)
		sel <- struct {
			A Count
			B Name
		}{3, "z"}
		select {
		case s := <-sel:
			fmt.Printf("anon      select     %T %v\n", s, (s))
		default:
			fmt.Printf("anon      select     none\n")
		}
		var ro <-chan struct {
			A Count
			B Name
		} = sel
		fmt.Printf("anon      dir        %T %d\n", ro, len(ro))
		cc := make(chan chan struct {
			A Count
			B Name
		}, 1)
		inner := make(chan struct {
			A Count
			B Name
		}, 1)
		inner <- struct {
			A Count
			B Name
		}{1, "x"}
		cc <- inner
		fmt.Printf("anon      chan-chan  %v\n", (<-<-cc))
		ce := make(chan any, 1)
		ce <- struct {
			A Count
			B Name
		}{2, "y"}
		fmt.Printf("anon      any-eq     %v\n", <-ce == any(struct {
			A Count
			B Name
		}{2, "y"}))
	}

}
