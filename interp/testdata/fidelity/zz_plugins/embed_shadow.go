package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	Prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.Prefix+fmt.Sprintf(format, args...))
}
func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base#%d(%s)", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }
func (b *Base) Rename(n string) { b.Name = n }

type User struct {
	Base
	*Logger
	Email string
}

func (u User) Kind() string { return "user" }

type Admin struct {
	User
	Level int
	Name  string // shadows Base.Name
}

func (a Admin) Describe() string {
	return fmt.Sprintf("Admin[%d] %s / %s", a.Level, a.Name, a.User.Describe())
}

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }

func main() {
	lg := &Logger{Prefix: "> "}
	u := User{Base: Base{1, "ann"}, Logger: lg, Email: "ann@x.io"}
	a := Admin{User: User{Base: Base{2, "bob"}, Logger: lg}, Level: 3, Name: "root"}

	u.Rename("anna")
	a.Rename("bobby")
	u.Log("user %s renamed", u.Name)
	a.Log("admin %s (base name %s)", a.Name, a.User.Name)

	things := []Describer{u, a, a.User, &u, u.Base}
	for _, t := range things {
		k := "-"
		if kk, ok := t.(Kinder); ok {
			k = kk.Kind()
		}
		fmt.Printf("%-42s kind=%-4s %T\n", t.Describe(), k, t)
	}
	fmt.Println(a.Kind(), a.User.Kind(), a.Base.Kind(), a.ID, a.Base.Name)
	fmt.Println(lg.Dump())
	fmt.Println(u.Prefix, a.Logger == u.Logger, len(a.lines))
	fmt.Printf("%+v\n", a.Base)
	fmt.Printf("%v\n", u.Base)
	a.Prefix = "# "
	u.Log("after prefix change")
	fmt.Println(lg.lines[len(lg.lines)-1])
}
