package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Plugin interface {
	Name() string
	Start() error
}

type Stopper interface{ Stop() error }
type Dependent interface{ Needs() []string }

type basePlugin struct {
	name    string
	started bool
	events  *[]string
}

func (b *basePlugin) Name() string { return b.name }
func (b *basePlugin) Start() error {
	b.started = true
	*b.events = append(*b.events, "start "+b.name)
	return nil
}

type DB struct{ basePlugin }

func (d *DB) Stop() error {
	*d.events = append(*d.events, "stop db")
	return nil
}

type Cache struct {
	basePlugin
	failStop bool
}

func (c *Cache) Needs() []string { return []string{"db"} }
func (c *Cache) Stop() error {
	if c.failStop {
		return errors.New("cache: flush failed")
	}
	*c.events = append(*c.events, "stop cache")
	return nil
}

type API struct{ basePlugin }

func (a *API) Needs() []string { return []string{"cache", "db"} }

type Broken struct{ basePlugin }

func (b *Broken) Start() error    { return fmt.Errorf("%s: port in use", b.name) }
func (b *Broken) Needs() []string { return []string{"api"} }

type Host struct {
	plugins map[string]Plugin
	started []Plugin
}

func (h *Host) Add(p Plugin) { h.plugins[p.Name()] = p }

func (h *Host) start(name string, visiting map[string]bool) error {
	p, ok := h.plugins[name]
	if !ok {
		return fmt.Errorf("missing plugin %q", name)
	}
	if slices.Contains(h.started, p) {
		return nil
	}
	if visiting[name] {
		return fmt.Errorf("cycle at %q", name)
	}
	visiting[name] = true
	if d, ok := p.(Dependent); ok {
		for _, n := range d.Needs() {
			if err := h.start(n, visiting); err != nil {
				return fmt.Errorf("%s needs %s: %w", name, n, err)
			}
		}
	}
	if err := p.Start(); err != nil {
		return err
	}
	h.started = append(h.started, p)
	return nil
}

func (h *Host) StopAll() error {
	var errs []error
	for i := len(h.started) - 1; i >= 0; i-- {
		if s, ok := h.started[i].(Stopper); ok {
			errs = append(errs, s.Stop())
		}
	}
	return errors.Join(errs...)
}

func main() {
	var events []string
	h := &Host{plugins: map[string]Plugin{}}
	h.Add(&API{basePlugin{name: "api", events: &events}})
	h.Add(&DB{basePlugin{name: "db", events: &events}})
	h.Add(&Cache{basePlugin: basePlugin{name: "cache", events: &events}, failStop: true})
	h.Add(&Broken{basePlugin{name: "metrics", events: &events}})
	for _, n := range []string{"api", "metrics", "db"} {
		if err := h.start(n, map[string]bool{}); err != nil {
			fmt.Println("start error:", err)
		}
	}
	var names []string
	for _, p := range h.started {
		_, canStop := p.(Stopper)
		names = append(names, fmt.Sprintf("%s(stop=%t)", p.Name(), canStop))
	}
	fmt.Println(strings.Join(names, " "))
	fmt.Println("stop:", h.StopAll())
	fmt.Println(strings.Join(events, ", "))
	h.Add(&API{basePlugin{name: "loop", events: &events}})
	fmt.Println(h.start("nope", map[string]bool{}))
	fmt.Printf("%T %v\n", h.plugins["db"], h.plugins["db"].(*DB).started)
}
