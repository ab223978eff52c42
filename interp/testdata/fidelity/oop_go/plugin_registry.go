package main

import (
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Apply(string) string
}

type Priority interface {
	Priority() int
}

type upper struct{}

func (upper) Name() string          { return "upper" }
func (upper) Apply(s string) string { return strings.ToUpper(s) }

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Apply(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
func (reverse) Priority() int { return 10 }

type replacer struct {
	old, new string
	prio     int
}

func (r replacer) Name() string          { return fmt.Sprintf("replace(%s->%s)", r.old, r.new) }
func (r replacer) Apply(s string) string { return strings.ReplaceAll(s, r.old, r.new) }
func (r replacer) Priority() int         { return r.prio }

type funcPlugin struct {
	name string
	fn   func(string) string
}

func (f funcPlugin) Name() string          { return f.name }
func (f funcPlugin) Apply(s string) string { return f.fn(s) }

type Registry struct {
	plugins map[string]Plugin
}

func (r *Registry) Register(p Plugin) {
	if r.plugins == nil {
		r.plugins = map[string]Plugin{}
	}
	r.plugins[p.Name()] = p
}

func prio(p Plugin) int {
	if pp, ok := p.(Priority); ok {
		return pp.Priority()
	}
	return 0
}

func (r *Registry) Ordered() []Plugin {
	var ps []Plugin
	for _, p := range r.plugins {
		ps = append(ps, p)
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if prio(ps[i]) != prio(ps[j]) {
			return prio(ps[i]) > prio(ps[j])
		}
		return ps[i].Name() < ps[j].Name()
	})
	return ps
}

func (r *Registry) Run(s string) string {
	for _, p := range r.Ordered() {
		before := s
		s = p.Apply(s)
		fmt.Printf("  %-22s %q -> %q\n", p.Name(), before, s)
	}
	return s
}

func main() {
	var reg Registry
	reg.Register(upper{})
	reg.Register(reverse{})
	reg.Register(replacer{"o", "0", 5})
	reg.Register(replacer{"E", "3", -1})
	reg.Register(funcPlugin{"trim", strings.TrimSpace})
	reg.Register(funcPlugin{"dedupe-spaces", func(s string) string { return strings.Join(strings.Fields(s), " ") }})
	for _, in := range []string{"  hello   world  ", "Go is fun", "repeat"} {
		fmt.Println("input:", in)
		fmt.Println("output:", reg.Run(in))
	}
	fmt.Println(len(reg.plugins), "plugins")
	for _, p := range reg.Ordered() {
		fmt.Printf("%T %d\n", p, prio(p))
	}
}
