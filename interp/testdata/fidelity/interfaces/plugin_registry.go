package main

import (
	"fmt"
	"sort"
	"strings"
)

type Formatter interface {
	Format(s string) string
}

type FormatterFunc func(string) string

func (f FormatterFunc) Format(s string) string { return f(s) }

type prefixer struct{ p string }

func (p prefixer) Format(s string) string { return p.p + s }

var registry = map[string]Formatter{}

func Register(name string, f Formatter) {
	if _, dup := registry[name]; dup {
		panic("duplicate formatter " + name)
	}
	registry[name] = f
}

func init() {
	Register("upper", FormatterFunc(strings.ToUpper))
	Register("title", FormatterFunc(func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }))
	Register("bullet", prefixer{"• "})
}

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-7s %s\n", n, registry[n].Format("hello gopher"))
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	Register("upper", prefixer{})
}
