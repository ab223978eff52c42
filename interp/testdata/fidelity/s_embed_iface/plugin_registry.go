package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Run(input string) (string, error)
}

type Initializer interface {
	Init(cfg map[string]string) error
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type upper struct{ base }

func (upper) Run(s string) (string, error) { return strings.ToUpper(s), nil }

type repeat struct {
	base
	times int
}

func (r *repeat) Init(cfg map[string]string) error {
	n, err := fmt.Sscan(cfg["times"], &r.times)
	if n != 1 || err != nil {
		return fmt.Errorf("repeat: bad times %q", cfg["times"])
	}
	return nil
}

func (r *repeat) Run(s string) (string, error) {
	if r.times <= 0 {
		return "", errors.New("repeat: not initialized")
	}
	return strings.Repeat(s, r.times), nil
}

type failing struct{ base }

func (f failing) Run(string) (string, error) { return "", fmt.Errorf("%s: always fails", f.name) }

type Registry struct{ plugins map[string]Plugin }

func (r *Registry) Register(p Plugin) error {
	if r.plugins == nil {
		r.plugins = make(map[string]Plugin)
	}
	if _, dup := r.plugins[p.Name()]; dup {
		return fmt.Errorf("duplicate plugin %q", p.Name())
	}
	r.plugins[p.Name()] = p
	return nil
}

func (r *Registry) Chain(input string, cfg map[string]string, names ...string) (string, error) {
	var errs []error
	for _, n := range names {
		p, ok := r.plugins[n]
		if !ok {
			errs = append(errs, fmt.Errorf("no plugin %q", n))
			continue
		}
		if in, ok := p.(Initializer); ok {
			if err := in.Init(cfg); err != nil {
				errs = append(errs, err)
				continue
			}
		}
		out, err := p.Run(input)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		input = out
	}
	return input, errors.Join(errs...)
}

func main() {
	var reg Registry
	for _, p := range []Plugin{upper{base{"upper"}}, &repeat{base: base{"repeat"}}, failing{base{"fail"}}, upper{base{"upper"}}} {
		if err := reg.Register(p); err != nil {
			fmt.Println("register:", err)
		}
	}
	names := make([]string, 0, len(reg.plugins))
	for n := range reg.plugins {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
	out, err := reg.Chain("go", map[string]string{"times": "3"}, "upper", "repeat")
	fmt.Printf("%q %v\n", out, err)
	out, err = reg.Chain("ab", map[string]string{"times": "x"}, "repeat", "fail", "nope", "upper")
	fmt.Printf("%q\n%v\n", out, err)
	fmt.Println(err != nil, strings.Count(err.Error(), "\n"))
}
