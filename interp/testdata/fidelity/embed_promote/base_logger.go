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
	ID      int
	Created string
}

func (b Base) Describe() string   { return fmt.Sprintf("#%d (created %s)", b.ID, b.Created) }
func (b *Base) Touch(date string) { b.Created = date }

type User struct {
	Base
	*Logger
	Name  string
	Email string
}

type Admin struct {
	User
	Level int
}

// Describe shadows Base.Describe promoted through User.
func (a Admin) Describe() string {
	return "admin " + a.Name + " " + a.User.Describe()
}

type Describer interface{ Describe() string }

func main() {
	lg := &Logger{prefix: "[log] "}
	u := User{Base: Base{ID: 1, Created: "2024-01-01"}, Logger: lg, Name: "ann", Email: "ann@x.io"}
	a := Admin{User: User{Base: Base{ID: 2, Created: "2023-05-05"}, Logger: lg, Name: "root"}, Level: 9}

	fmt.Println(u.ID, u.Created, u.Describe())
	u.Touch("2024-02-02")
	fmt.Println(u.Base.Created, u.Describe())
	u.Logf("user %s touched", u.Name)

	fmt.Println(a.Describe())
	fmt.Println(a.User.Describe(), a.Base.ID, a.ID)
	a.Touch("2025-01-01")
	a.Logf("admin level %d", a.Level)
	fmt.Println(a.Created)

	var ds []Describer = []Describer{u, a, &u, &a, u.Base}
	for _, d := range ds {
		fmt.Printf("%T: %s\n", d, d.Describe())
	}
	fmt.Println(lg.Dump())
	fmt.Println(u.Logger == a.Logger, len(a.lines))
	fmt.Printf("%+v\n", a.Base)
}
