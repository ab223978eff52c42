package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()        { c.n++ }

type Greeter interface{ Show() string }

func main() {
	c := Counter{"c", 1}
	show := c.Show // receiver copied now
	inc := c.Inc   // &c captured
	c.n = 10
	inc()
	inc()
	fmt.Println(show(), c.Show())

	p := &c
	showP := p.Show // *p copied now
	p.n = 50
	fmt.Println(showP(), p.Show())

	expr := Counter.Show
	exprPtr := (*Counter).Inc
	exprPtr(&c)
	fmt.Println(expr(c), expr(Counter{"tmp", -1}))

	var g Greeter = c
	gs := g.Show
	c.n = 999
	fmt.Println(gs(), g.Show())

	counters := []Counter{{"a", 0}, {"b", 0}}
	var incs []func()
	for i := range counters {
		incs = append(incs, counters[i].Inc)
	}
	for _, f := range incs {
		f()
		f()
	}
	fmt.Println(counters)

	var shows []func() string
	for _, ct := range counters {
		shows = append(shows, ct.Show)
	}
	counters[0].n = 77
	for _, f := range shows {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	m := map[string]func() string{}
	for _, name := range []string{"x", "y"} {
		cc := Counter{name, len(name)}
		m[name] = cc.Show
	}
	fmt.Println(m["x"](), m["y"]())

	type Op func(int, int) int
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	fmt.Println(ops["add"](3, 4), ops["sub"](3, 4), ops["mul"] == nil)

	var nilPtr *Counter
	defer func() { fmt.Println("recovered:", recover()) }()
	bound := nilPtr.Show
	fmt.Println("never printed", bound())
}
