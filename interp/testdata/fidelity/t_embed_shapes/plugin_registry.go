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

type Describer interface {
	Describe() string
}

type base struct {
	name  string
	calls int
}

func (b *base) Name() string { return b.name }
func (b *base) count()       { b.calls++ }

type Upper struct{ base }

func (u *Upper) Run(in string) (string, error) {
	u.count()
	return strings.ToUpper(in), nil
}

type Reverse struct{ base }

func (r *Reverse) Run(in string) (string, error) {
	r.count()
	rs := []rune(in)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs), nil
}

func (r *Reverse) Describe() string { return "reverses runes" }

type Fail struct {
	base
	after int
}

var ErrTooMany = errors.New("too many calls")

func (f *Fail) Run(in string) (string, error) {
	f.count()
	if f.calls > f.after {
		return "", fmt.Errorf("%s call %d: %w", f.name, f.calls, ErrTooMany)
	}
	return in + "!", nil
}

type Registry struct {
	plugins map[string]Plugin
	order   []string
}

func (r *Registry) Register(p Plugin) error {
	if r.plugins == nil {
		r.plugins = map[string]Plugin{}
	}
	if _, dup := r.plugins[p.Name()]; dup {
		return fmt.Errorf("register %q: duplicate", p.Name())
	}
	r.plugins[p.Name()] = p
	r.order = append(r.order, p.Name())
	return nil
}

func (r *Registry) Chain(in string, names ...string) (string, error) {
	out := in
	for _, n := range names {
		p, ok := r.plugins[n]
		if !ok {
			return out, fmt.Errorf("no plugin %q", n)
		}
		var err error
		if out, err = p.Run(out); err != nil {
			return out, err
		}
	}
	return out, nil
}

func main() {
	reg := &Registry{}
	for _, p := range []Plugin{&Upper{base{name: "upper"}}, &Reverse{base{name: "rev"}}, &Fail{base{name: "fail"}, 2}} {
		if err := reg.Register(p); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(reg.Register(&Upper{base{name: "upper"}}))
	for i := 0; i < 4; i++ {
		out, err := reg.Chain("go", "upper", "fail", "rev")
		fmt.Printf("%d: %q err=%v toomany=%t\n", i, out, err, errors.Is(err, ErrTooMany))
	}
	_, err := reg.Chain("x", "nope")
	fmt.Println(err)
	names := append([]string(nil), reg.order...)
	sort.Strings(names)
	for _, n := range names {
		p := reg.plugins[n]
		desc := "-"
		if d, ok := p.(Describer); ok {
			desc = d.Describe()
		}
		calls := 0
		switch v := p.(type) {
		case *Upper:
			calls = v.calls
		case *Reverse:
			calls = v.calls
		case *Fail:
			calls = v.calls
		}
		fmt.Printf("%-6s %-16T calls=%d %s\n", n, p, calls, desc)
	}
}
