package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Container struct {
	providers map[reflect.Type]reflect.Value
	instances map[reflect.Type]reflect.Value
	resolving []reflect.Type
	log       []string
}

func New() *Container {
	return &Container{providers: map[reflect.Type]reflect.Value{}, instances: map[reflect.Type]reflect.Value{}}
}

var errType = reflect.TypeOf((*error)(nil)).Elem()

// Provide registers a constructor func(deps...) T or func(deps...) (T, error).
func (c *Container) Provide(ctor any) error {
	v := reflect.ValueOf(ctor)
	t := v.Type()
	if t.Kind() != reflect.Func || t.NumOut() == 0 || t.NumOut() > 2 {
		return fmt.Errorf("provide: %v is not a constructor", t)
	}
	if t.NumOut() == 2 && t.Out(1) != errType {
		return fmt.Errorf("provide: second result of %v must be error", t)
	}
	out := t.Out(0)
	if _, dup := c.providers[out]; dup {
		return fmt.Errorf("provide: %v already provided", out)
	}
	c.providers[out] = v
	return nil
}

type CycleError struct{ Path []reflect.Type }

func (e *CycleError) Error() string {
	s := make([]string, len(e.Path))
	for i, t := range e.Path {
		s[i] = t.String()
	}
	return "dependency cycle: " + strings.Join(s, " -> ")
}

var ErrMissing = errors.New("no provider")

func (c *Container) resolve(t reflect.Type) (reflect.Value, error) {
	if v, ok := c.instances[t]; ok {
		return v, nil
	}
	for i, r := range c.resolving {
		if r == t {
			return reflect.Value{}, &CycleError{append(append([]reflect.Type{}, c.resolving[i:]...), t)}
		}
	}
	p, ok := c.providers[t]
	if !ok {
		return reflect.Value{}, fmt.Errorf("%v: %w", t, ErrMissing)
	}
	c.resolving = append(c.resolving, t)
	defer func() { c.resolving = c.resolving[:len(c.resolving)-1] }()
	pt := p.Type()
	args := make([]reflect.Value, pt.NumIn())
	for i := range args {
		a, err := c.resolve(pt.In(i))
		if err != nil {
			return reflect.Value{}, fmt.Errorf("building %v: %w", t, err)
		}
		args[i] = a
	}
	res := p.Call(args)
	if len(res) == 2 && !res[1].IsNil() {
		return reflect.Value{}, fmt.Errorf("constructor of %v: %w", t, res[1].Interface().(error))
	}
	c.instances[t] = res[0]
	c.log = append(c.log, t.String())
	return res[0], nil
}

// Invoke calls fn with its arguments resolved from the container.
func (c *Container) Invoke(fn any) error {
	v := reflect.ValueOf(fn)
	args := make([]reflect.Value, v.Type().NumIn())
	for i := range args {
		a, err := c.resolve(v.Type().In(i))
		if err != nil {
			return err
		}
		args[i] = a
	}
	v.Call(args)
	return nil
}

type Config struct {
	DSN   string
	Debug bool
}

type Logger struct{ prefix string }

func (l *Logger) Printf(f string, a ...any) { fmt.Printf(l.prefix+f+"\n", a...) }

type DB struct {
	dsn string
	log *Logger
}

type UserRepo struct{ db *DB }

type Service struct {
	repo *UserRepo
	log  *Logger
}

func main() {
	c := New()
	must := func(err error) {
		if err != nil {
			fmt.Println("error:", err)
		}
	}
	must(c.Provide(func() Config { return Config{DSN: "mem://test", Debug: true} }))
	must(c.Provide(func(cfg Config) *Logger {
		p := "[app] "
		if cfg.Debug {
			p = "[app:debug] "
		}
		return &Logger{p}
	}))
	must(c.Provide(func(cfg Config, l *Logger) (*DB, error) {
		if !strings.Contains(cfg.DSN, "://") {
			return nil, errors.New("bad dsn")
		}
		l.Printf("open %s", cfg.DSN)
		return &DB{cfg.DSN, l}, nil
	}))
	must(c.Provide(func(db *DB) *UserRepo { return &UserRepo{db} }))
	must(c.Provide(func(r *UserRepo, l *Logger) *Service { return &Service{r, l} }))
	must(c.Provide(42))
	must(c.Provide(func() (*Logger, int) { return nil, 0 }))
	must(c.Provide(func() *Logger { return nil }))
	must(c.Invoke(func(s *Service, cfg Config) {
		s.log.Printf("service ready, repo db=%s same logger=%t", s.repo.db.dsn, s.log == s.repo.db.log)
		fmt.Printf("%+v\n", cfg)
	}))
	fmt.Println("built:", c.log)
	err := c.Invoke(func(m map[string]int) {})
	fmt.Println(err, errors.Is(err, ErrMissing))
	type A struct{}
	type B struct{}
	must(c.Provide(func(B) A { return A{} }))
	must(c.Provide(func(A) B { return B{} }))
	err = c.Invoke(func(A) {})
	var ce *CycleError
	fmt.Println(errors.As(err, &ce), err)
	keys := []string{}
	for t := range c.providers {
		keys = append(keys, t.String())
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
