package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Ctx struct {
	Args []string
	Out  *strings.Builder
}

// Commands are the exported methods named Cmd<Name> with signature func(*Ctx) error.
type Commands struct {
	store map[string]int
	calls int
}

func (c *Commands) CmdSet(ctx *Ctx) error {
	if len(ctx.Args) != 2 {
		return ErrUsage
	}
	n, err := strconv.Atoi(ctx.Args[1])
	if err != nil {
		return fmt.Errorf("set: %w", err)
	}
	c.store[ctx.Args[0]] = n
	return nil
}

func (c *Commands) CmdGet(ctx *Ctx) error {
	if len(ctx.Args) != 1 {
		return ErrUsage
	}
	v, ok := c.store[ctx.Args[0]]
	if !ok {
		return fmt.Errorf("get %s: %w", ctx.Args[0], ErrNotFound)
	}
	fmt.Fprintf(ctx.Out, "%d", v)
	return nil
}

func (c *Commands) CmdIncr(ctx *Ctx) error {
	by := 1
	if len(ctx.Args) == 2 {
		by, _ = strconv.Atoi(ctx.Args[1])
	}
	c.store[ctx.Args[0]] += by
	fmt.Fprintf(ctx.Out, "%d", c.store[ctx.Args[0]])
	return nil
}

func (c *Commands) CmdKeys(ctx *Ctx) error {
	ks := make([]string, 0, len(c.store))
	for k := range c.store {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	ctx.Out.WriteString(strings.Join(ks, ","))
	return nil
}

func (c Commands) CmdCount(ctx *Ctx) error {
	fmt.Fprintf(ctx.Out, "%d keys", len(c.store))
	return nil
}

func (c *Commands) Helper() string { return "not a command" }

func (c *Commands) CmdBad(x int) error { return nil }

var (
	ErrUsage    = errors.New("usage error")
	ErrNotFound = errors.New("not found")
	ErrUnknown  = errors.New("unknown command")
)

type Router struct {
	routes  map[string]reflect.Value
	skipped []string
}

func NewRouter(target any) *Router {
	r := &Router{routes: map[string]reflect.Value{}}
	v := reflect.ValueOf(target)
	t := v.Type()
	ctxT := reflect.TypeOf(&Ctx{})
	errT := reflect.TypeOf((*error)(nil)).Elem()
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		name, ok := strings.CutPrefix(m.Name, "Cmd")
		if !ok {
			continue
		}
		mt := m.Type
		if mt.NumIn() != 2 || mt.In(1) != ctxT || mt.NumOut() != 1 || mt.Out(0) != errT {
			r.skipped = append(r.skipped, fmt.Sprintf("%s%v", m.Name, mt))
			continue
		}
		r.routes[strings.ToLower(name)] = v.Method(i)
	}
	return r
}

func (r *Router) Exec(line string) (string, error) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return "", ErrUsage
	}
	m, ok := r.routes[strings.ToLower(f[0])]
	if !ok {
		return "", fmt.Errorf("%q: %w", f[0], ErrUnknown)
	}
	var out strings.Builder
	res := m.Call([]reflect.Value{reflect.ValueOf(&Ctx{Args: f[1:], Out: &out})})
	if err, _ := res[0].Interface().(error); err != nil {
		return out.String(), err
	}
	return out.String(), nil
}

func main() {
	cmds := &Commands{store: map[string]int{}}
	r := NewRouter(cmds)
	names := make([]string, 0, len(r.routes))
	for n := range r.routes {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("routes:", names)
	fmt.Println("skipped:", r.skipped)
	script := []string{"set a 10", "SET b 32", "get a", "incr a", "incr b -2", "get c", "set a", "set a ten", "keys", "count", "del a", "", "helper"}
	for _, line := range script {
		out, err := r.Exec(line)
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%-10q ok  %q\n", line, out)
		case errors.Is(err, ErrUnknown), errors.Is(err, ErrNotFound):
			fmt.Printf("%-10q ERR %v\n", line, err)
		case errors.As(err, &ne):
			fmt.Printf("%-10q NUM %s(%q)\n", line, ne.Func, ne.Num)
		default:
			fmt.Printf("%-10q ??? %v\n", line, err)
		}
	}
	fmt.Println(cmds.store, reflect.TypeOf(cmds).NumMethod(), reflect.TypeOf(*cmds).NumMethod())
}
