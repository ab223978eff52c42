package main

import (
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Init(cfg map[string]string) error
}

type Base struct {
	name    string
	inited  bool
	options map[string]string
}

func (b *Base) Name() string { return b.name }

func (b *Base) Init(cfg map[string]string) error {
	b.inited = true
	b.options = cfg
	return nil
}

func (b *Base) Opt(k, def string) string {
	if v, ok := b.options[k]; ok {
		return v
	}
	return def
}

type Greeter struct {
	*Base
	greeting string
}

func (g *Greeter) Init(cfg map[string]string) error {
	if err := g.Base.Init(cfg); err != nil {
		return err
	}
	g.greeting = g.Opt("greeting", "hello")
	return nil
}

type Counter struct {
	*Base
	count int
}

type Describer interface {
	Describe() string
}

func (c *Counter) Describe() string { return fmt.Sprintf("counter at %d", c.count) }

func main() {
	plugins := []Plugin{
		&Greeter{Base: &Base{name: "greeter"}},
		&Counter{Base: &Base{name: "counter"}, count: 3},
		&Base{name: "plain"},
	}
	cfg := map[string]string{"greeting": "hi"}
	for _, p := range plugins {
		p.Init(cfg)
	}
	sort.Slice(plugins, func(i, j int) bool { return plugins[i].Name() < plugins[j].Name() })
	for _, p := range plugins {
		desc := "-"
		if d, ok := p.(Describer); ok {
			desc = d.Describe()
		}
		switch v := p.(type) {
		case *Greeter:
			fmt.Printf("%-8s %T %q inited=%v\n", v.Name(), v, v.greeting, v.inited)
		case *Counter:
			fmt.Printf("%-8s %T %s opt=%s\n", v.Name(), v, desc, v.Opt("x", "def"))
		default:
			fmt.Printf("%-8s %T %s\n", p.Name(), p, desc)
		}
	}
	g := plugins[1].(*Greeter)
	g.options["greeting"] = "yo"
	fmt.Println(plugins[0].(*Counter).Opt("greeting", ""), g.greeting)
	names := make([]string, len(plugins))
	for i, p := range plugins {
		names[i] = strings.ToUpper(p.Name()[:1]) + p.Name()[1:]
	}
	fmt.Println(names)
	fmt.Printf("%+v\n", *plugins[2].(*Base))
}
