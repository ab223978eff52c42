package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }
func (b *Base) Rename(n string) { b.Name = n }

type User struct {
	Base
	*Logger
	Email string
	Name  string // shadows Base.Name
}

func (u User) Kind() string { return "user:" + u.Base.Kind() }

type Admin struct {
	User
	Level int
}

func (a Admin) Describe() string {
	return fmt.Sprintf("Admin[%d] %s", a.Level, a.User.Describe())
}

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }

func main() {
	lg := &Logger{prefix: "> "}
	u := User{Base: Base{1, "base-name"}, Logger: lg, Email: "u@x.io", Name: "outer"}
	fmt.Println(u.Name, u.Base.Name, u.Describe(), u.Kind())
	u.Rename("renamed")
	fmt.Println(u.Name, u.Base.Name)
	u.Logf("user %s has id %d", u.Name, u.ID)

	a := Admin{User: u, Level: 3}
	a.Logf("admin level %d", a.Level)
	a.Rename("admin-base")
	fmt.Println(a.Describe())
	fmt.Println(a.Kind(), a.ID, a.Name, a.User.Base.Name, u.Base.Name)

	var ds []Describer = []Describer{u, a, &a, Base{9, "b"}}
	for _, d := range ds {
		k := "-"
		if kk, ok := d.(Kinder); ok {
			k = kk.Kind()
		}
		fmt.Printf("%-40s %s\n", d.Describe(), k)
	}
	fmt.Println(lg.Dump())
	fmt.Println(a.Logger == u.Logger, len(a.lines))
	fmt.Printf("%+v\n", a.Base)
	fmt.Printf("%v\n", Admin{User: User{Base: Base{2, "x"}}, Level: 1})
}
