package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Plugin interface {
	Name() string
	Run(input string) string
}

type Upper struct{}
type Reverse struct{ Times int }
type Counter struct{ seen int }

func (Upper) Name() string { return "upper" }
func (Upper) Run(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func (r Reverse) Name() string { return "reverse" }
func (r Reverse) Run(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func (c *Counter) Name() string { return "counter" }
func (c *Counter) Run(s string) string {
	c.seen += len(s)
	return fmt.Sprintf("%s (%d chars so far)", s, c.seen)
}

var registry = map[string]reflect.Type{}

func register(p Plugin) {
	t := reflect.TypeOf(p)
	if t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	registry[p.Name()] = t
}

func create(name string) (Plugin, error) {
	t, ok := registry[name]
	if !ok {
		return nil, fmt.Errorf("unknown plugin %q", name)
	}
	ptr := reflect.New(t)
	if p, ok := ptr.Interface().(Plugin); ok {
		return p, nil
	}
	return nil, fmt.Errorf("%s does not implement Plugin", t)
}

func main() {
	register(Upper{})
	register(Reverse{})
	register(&Counter{})

	var names []string
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-8s -> %s (kind %s)\n", n, registry[n].Name(), registry[n].Kind())
	}

	pipeline := []string{"upper", "reverse", "counter", "counter", "missing"}
	input := "hello, gopher"
	var c Plugin
	for _, step := range pipeline {
		p, err := create(step)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		if step == "counter" {
			if c == nil {
				c = p
			}
			p = c
		}
		input = p.Run(input)
		fmt.Printf("%-8s => %s\n", step, input)
	}
}
