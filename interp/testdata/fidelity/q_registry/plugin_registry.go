package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Apply(string) (string, error)
}

type Factory func(opts map[string]string) (Plugin, error)

var registry = map[string]Factory{}

func Register(name string, f Factory) {
	if _, dup := registry[name]; dup {
		panic("duplicate plugin " + name)
	}
	registry[name] = f
}

type upper struct{}

func (upper) Name() string                   { return "upper" }
func (upper) Apply(s string) (string, error) { return strings.ToUpper(s), nil }

type replacer struct {
	old, new string
}

func (r *replacer) Name() string { return "replace(" + r.old + "->" + r.new + ")" }
func (r *replacer) Apply(s string) (string, error) {
	if !strings.Contains(s, r.old) {
		return s, fmt.Errorf("%s: %w", r.Name(), ErrNoMatch)
	}
	return strings.ReplaceAll(s, r.old, r.new), nil
}

type truncate int

func (t truncate) Name() string { return fmt.Sprintf("truncate(%d)", int(t)) }
func (t truncate) Apply(s string) (string, error) {
	if len(s) <= int(t) {
		return s, nil
	}
	return s[:t] + "…", nil
}

var ErrNoMatch = errors.New("no match")

func init() {
	Register("upper", func(map[string]string) (Plugin, error) { return upper{}, nil })
	Register("replace", func(o map[string]string) (Plugin, error) {
		if o["old"] == "" {
			return nil, errors.New("replace: missing old")
		}
		return &replacer{o["old"], o["new"]}, nil
	})
}

func init() {
	Register("truncate", func(o map[string]string) (Plugin, error) {
		var n int
		if _, err := fmt.Sscanf(o["n"], "%d", &n); err != nil {
			return nil, fmt.Errorf("truncate: %v", err)
		}
		return truncate(n), nil
	})
}

type step struct {
	name string
	opts map[string]string
}

func build(steps []step) ([]Plugin, error) {
	var ps []Plugin
	var errs []error
	for _, s := range steps {
		f, ok := registry[s.name]
		if !ok {
			errs = append(errs, fmt.Errorf("unknown plugin %q", s.name))
			continue
		}
		p, err := f(s.opts)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ps = append(ps, p)
	}
	return ps, errors.Join(errs...)
}

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("plugins:", names)

	ps, err := build([]step{
		{"replace", map[string]string{"old": "cat", "new": "dog"}},
		{"upper", nil},
		{"truncate", map[string]string{"n": "12"}},
		{"rot13", nil},
		{"replace", map[string]string{}},
		{"truncate", map[string]string{"n": "x"}},
	})
	fmt.Printf("built %d, err:\n%v\n", len(ps), err)
	for _, in := range []string{"the cat sat on the mat", "no felines here"} {
		out := in
		for _, p := range ps {
			var perr error
			out, perr = p.Apply(out)
			if perr != nil {
				fmt.Println("  warn:", perr, errors.Is(perr, ErrNoMatch))
			}
		}
		fmt.Printf("%q -> %q\n", in, out)
	}
	for _, p := range ps {
		fmt.Printf("%-20s %T\n", p.Name(), p)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	Register("upper", nil)
}
