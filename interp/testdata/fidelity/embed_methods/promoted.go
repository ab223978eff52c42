// Struct embedding: promoted fields and methods, shadowing, and an
// embedded pointer, as a typical "composition over inheritance" post.
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

func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }

type User struct {
	Base
	*Logger
	Email string
}

func (u User) Kind() string { return "user(" + u.Base.Kind() + ")" }

type Admin struct {
	User
	Level int
}

func (a *Admin) Promote() {
	a.Level++
	a.Logf("promoted %s to %d", a.Name, a.Level)
}

func main() {
	log := &Logger{prefix: "[audit] "}
	u := User{Base: Base{1, "ann"}, Logger: log, Email: "ann@example.com"}
	a := &Admin{User: User{Base{2, "bob"}, log, "bob@example.com"}, Level: 1}

	fmt.Println(u.Describe(), "|", u.Kind(), "|", u.ID, u.Name)
	fmt.Println(a.Describe(), "|", a.Kind(), "|", a.User.Base.Kind())
	a.Promote()
	a.Promote()
	u.Logf("%s logged in", u.Name)
	fmt.Println(log.Dump())
	fmt.Println(len(a.lines), a.Logger == u.Logger)

	a.Name = "robert"
	fmt.Println(a.Describe(), a.User.Name, a.Base.Name)

	describe := a.Describe
	a.Name = "rob"
	fmt.Println(describe(), a.Describe())

	kinds := []func() string{u.Kind, a.Kind, a.Base.Kind}
	for _, k := range kinds {
		fmt.Print(k(), " ")
	}
	fmt.Println()

	fmt.Printf("%+v\n", u.Base)
	fmt.Printf("%v %d\n", a.User.Base, a.Level)
}
