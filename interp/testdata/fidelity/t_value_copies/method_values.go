package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int  { return c.n }
func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) String() string {
	return fmt.Sprintf("%s=%d", c.name, c.n)
}

type Op func(int) int

func (o Op) Twice() Op { return func(x int) int { return o(o(x)) } }

func compose(fs ...Op) Op {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	c := Counter{name: "c"}
	get := c.Get // copies c now
	inc := c.Inc // binds &c
	inc()
	inc()
	fmt.Println(get(), c.Get(), c)

	cs := []Counter{{"a", 0}, {"b", 10}}
	var incs []func() int
	for i := range cs {
		incs = append(incs, cs[i].Inc)
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(cs)

	var gets []func() int
	for _, cc := range cs {
		gets = append(gets, cc.Get)
	}
	cs[0].Inc()
	for _, g := range gets {
		fmt.Print(g(), " ")
	}
	fmt.Println(cs[0])

	double := Op(func(x int) int { return x * 2 })
	addOne := Op(func(x int) int { return x + 1 })
	fmt.Println(double.Twice()(3), compose(double, addOne, double.Twice())(1))

	byLen := func(ss []string) func(i, j int) bool {
		return func(i, j int) bool { return len(ss[i]) < len(ss[j]) }
	}
	words := strings.Fields("banana kiwi apple fig cherry")
	sort.SliceStable(words, byLen(words))
	fmt.Println(words)

	handlers := map[string]func(*Counter) int{
		"inc": (*Counter).Inc,
		"get": func(c *Counter) int { return c.Get() },
	}
	k := &Counter{name: "k"}
	for _, name := range []string{"inc", "inc", "get"} {
		fmt.Print(handlers[name](k), " ")
	}
	fmt.Println(k)
	str := fmt.Stringer(c)
	c.n = 100
	fmt.Println(str, c)
	f := fmt.Sprint
	fmt.Println(f(c, k, 3))
}
