package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Package struct {
	Name    string
	Version string
	Deps    []string
}

type CycleError struct {
	Cycle []string
}

func (e *CycleError) Error() string { return "import cycle: " + strings.Join(e.Cycle, " -> ") }

type MissingError struct{ From, Name string }

func (e MissingError) Error() string { return fmt.Sprintf("%s requires missing %s", e.From, e.Name) }

type color uint8

const (
	white color = iota
	grey
	black
)

type Resolver struct {
	pkgs  map[string]*Package
	color map[string]color
	stack []string
	order []string
	errs  []error
}

func (r *Resolver) visit(name, from string) bool {
	p, ok := r.pkgs[name]
	if !ok {
		r.errs = append(r.errs, MissingError{from, name})
		return true
	}
	switch r.color[name] {
	case black:
		return true
	case grey:
		i := len(r.stack) - 1
		for i >= 0 && r.stack[i] != name {
			i--
		}
		if i < 0 {
			return false // reported with an earlier root
		}
		cyc := append(append([]string{}, r.stack[i:]...), name)
		r.errs = append(r.errs, &CycleError{cyc})
		return false
	}
	r.color[name] = grey
	r.stack = append(r.stack, name)
	defer func() { r.stack = r.stack[:len(r.stack)-1] }()
	deps := append([]string(nil), p.Deps...)
	sort.Strings(deps)
	for _, d := range deps {
		if !r.visit(d, name) {
			return false
		}
	}
	r.color[name] = black
	r.order = append(r.order, name)
	return true
}

func Resolve(pkgs []*Package, roots ...string) ([]string, error) {
	r := &Resolver{pkgs: map[string]*Package{}, color: map[string]color{}}
	for _, p := range pkgs {
		r.pkgs[p.Name] = p
	}
	for _, root := range roots {
		r.visit(root, "(root)")
	}
	return r.order, errors.Join(r.errs...)
}

func layers(pkgs []*Package, order []string) [][]string {
	level := map[string]int{}
	byName := map[string]*Package{}
	for _, p := range pkgs {
		byName[p.Name] = p
	}
	maxL := 0
	for _, n := range order {
		l := 0
		for _, d := range byName[n].Deps {
			if level[d]+1 > l {
				l = level[d] + 1
			}
		}
		level[n] = l
		maxL = max(maxL, l)
	}
	out := make([][]string, maxL+1)
	for _, n := range order {
		out[level[n]] = append(out[level[n]], n)
	}
	for _, l := range out {
		sort.Strings(l)
	}
	return out
}

func main() {
	pkgs := []*Package{
		{"app", "1.0", []string{"http", "log", "db"}},
		{"http", "2.1", []string{"net", "log", "tls"}},
		{"db", "0.9", []string{"net", "log"}},
		{"tls", "1.3", []string{"crypto", "net"}},
		{"net", "1.0", []string{"io"}},
		{"crypto", "1.1", []string{"io"}},
		{"log", "1.0", []string{"io"}},
		{"io", "1.0", nil},
	}
	order, err := Resolve(pkgs, "app")
	fmt.Println("order:", order, "err:", err)
	for i, l := range layers(pkgs, order) {
		fmt.Printf("layer %d: %v\n", i, l)
	}
	bad := append(pkgs[:0:0], pkgs...)
	bad = append(bad, &Package{"plugin", "0.1", []string{"app", "ghost"}})
	bad[7] = &Package{"io", "1.1", []string{"http"}}
	order, err = Resolve(bad, "plugin", "crypto")
	fmt.Println("order:", order)
	var ce *CycleError
	var me MissingError
	fmt.Println(errors.As(err, &ce), errors.As(err, &me))
	if ce != nil {
		fmt.Println(len(ce.Cycle), ce)
	}
	fmt.Printf("%+v\n", me)
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Println(" *", line)
	}
	fmt.Printf("%v\n", *pkgs[1])
}
