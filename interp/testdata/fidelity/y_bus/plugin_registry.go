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

type Runner interface {
	Plugin
	Run(input string) string
}

type Closer interface {
	Close() error
}

type registry struct {
	factories map[string]func() Plugin
	live      []Plugin
}

func (r *registry) Register(name string, f func() Plugin) {
	if r.factories == nil {
		r.factories = map[string]func() Plugin{}
	}
	r.factories[name] = f
}

type upper struct{ suffix string }

func (u *upper) Name() string { return "upper" }
func (u *upper) Init(cfg map[string]string) error {
	u.suffix = cfg["suffix"]
	return nil
}
func (u *upper) Run(s string) string { return strings.ToUpper(s) + u.suffix }

type counter struct {
	words  int
	closed bool
}

func (c *counter) Name() string                 { return "counter" }
func (c *counter) Init(map[string]string) error { return nil }
func (c *counter) Run(s string) string          { c.words += len(strings.Fields(s)); return s }
func (c *counter) Close() error                 { c.closed = true; return nil }

type broken struct{}

func (broken) Name() string { return "broken" }
func (broken) Init(cfg map[string]string) error {
	return fmt.Errorf("broken: missing key %q", "token")
}

func (r *registry) Load(cfg map[string]string) []error {
	names := make([]string, 0, len(r.factories))
	for n := range r.factories {
		names = append(names, n)
	}
	sort.Strings(names)
	var errs []error
	for _, n := range names {
		p := r.factories[n]()
		if err := p.Init(cfg); err != nil {
			errs = append(errs, err)
			continue
		}
		r.live = append(r.live, p)
	}
	return errs
}

func main() {
	var r registry
	r.Register("upper", func() Plugin { return &upper{} })
	r.Register("counter", func() Plugin { return new(counter) })
	r.Register("broken", func() Plugin { return broken{} })
	fmt.Println(r.Load(map[string]string{"suffix": "!"}))
	text := "hello plugin world"
	for _, p := range r.live {
		if run, ok := p.(Runner); ok {
			text = run.Run(text)
			fmt.Printf("%-8s -> %q\n", p.Name(), text)
		}
	}
	for _, p := range r.live {
		switch v := p.(type) {
		case Closer:
			fmt.Println("closing", v.(Plugin).Name(), v.Close())
		default:
			fmt.Printf("%s has no Close (%T)\n", p.Name(), v)
		}
	}
	c := r.live[0].(*counter)
	fmt.Printf("%+v\n", *c)
	var p Plugin = broken{}
	_, isRunner := p.(Runner)
	fmt.Println(isRunner, p.Name(), p)
}
