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

type Base struct {
	ID   int
	Kind string
}

func (b Base) Describe() string { return fmt.Sprintf("%s#%d", b.Kind, b.ID) }
func (b Base) Hello() string    { return "hello from " + b.Describe() }

type Member struct {
	Base
	*Logger
	Name   string
	Points int
}

func (m Member) Describe() string { return fmt.Sprintf("member %s (%d pts)", m.Name, m.Points) }

type Premium struct {
	Member
	Tier string
}

func (p *Premium) AddPoints(n int) {
	mult := map[string]int{"gold": 3, "silver": 2}[p.Tier]
	p.Points += n * max(mult, 1)
	p.Logf("%s +%d*%d => %d", p.Name, n, max(mult, 1), p.Points)
}

type Describer interface{ Describe() string }

func main() {
	log := &Logger{prefix: "[club] "}
	m := Member{Base{1, "basic"}, log, "ann", 10}
	p := &Premium{Member{Base{2, "premium"}, log, "bob", 50}, "gold"}
	p.AddPoints(5)
	p.Tier = "bronze"
	p.AddPoints(5)
	fmt.Println(m.Describe(), "|", m.Base.Describe(), "|", m.Hello())
	fmt.Println(p.Describe(), "|", p.Hello(), "|", p.ID, p.Kind)
	ds := []Describer{m, p, p.Member, m.Base, p.Member.Base}
	for _, d := range ds {
		fmt.Printf("%T: %s\n", d, d.Describe())
	}
	m.Logf("direct %d", m.ID)
	fmt.Println(strings.Join(log.lines, "\n"))
	fmt.Println(len(p.lines), p.Logger == m.Logger, p.prefix)
	cp := *p
	cp.Points = 0
	cp.Name = "copy"
	fmt.Println(p.Points, cp.Points, p.Name, cp.Describe())
}
