package main

import (
	"errors"
	"fmt"
)

type Level int

const (
	Low Level = iota + 1
	High
)

func (l Level) String() string {
	switch l {
	case Low:
		return "low"
	case High:
		return "high"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Meta struct {
	Owner string
	level Level
	Level Level
}

type Task struct {
	Meta
	Title string
	Sub   *Task
	err   error
	Err   error
}

type Pos struct{ X, Y int }

func (p *Pos) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

type Sprite struct {
	Name string
	At   Pos
	Ptr  *Pos
}

func main() {
	t := Task{Meta: Meta{"ann", High, Low}, Title: "ship", Err: errors.New("late")}
	fmt.Println(t)
	fmt.Printf("%+v\n", t)
	t2 := Task{Meta: Meta{Owner: "bo", Level: 3}, Title: "sub"}
	fmt.Printf("%v\n", t2)
	fmt.Println(t.Meta, t.Level, t.level)
	s := Sprite{"hero", Pos{1, 2}, &Pos{3, 4}}
	fmt.Println(s.Name, s.At, s.Ptr, &s.At)
	fmt.Printf("%v %+v\n", s.At, s.At)
	levels := []Level{Low, High, 7}
	fmt.Println(levels, map[Level]bool{High: true, Low: false})
	fmt.Printf("%d %v %s\n", levels, levels[2], levels[:2])
	type pair struct {
		L    Level
		lvls []Level
	}
	fmt.Println(pair{High, []Level{Low}}, []pair{{Low, nil}})
}
