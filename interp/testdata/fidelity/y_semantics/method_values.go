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

func (c Counter) Get() int       { return c.n }
func (c *Counter) Add(d int) int { c.n += d; return c.n }
func (c Counter) Label() string  { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Op func(int) int

func apply(x int, ops ...Op) int {
	for _, op := range ops {
		x = op(x)
	}
	return x
}

type Temp float64

func (t Temp) Scale(k float64) Temp { return Temp(float64(t) * k) }

func main() {
	c := Counter{name: "c"}
	get := c.Get // receiver copied now
	add := c.Add // &c bound
	label := c.Label
	add(5)
	add(2)
	fmt.Println(get(), c.Get(), label(), c.Label())

	cs := []Counter{{"a", 1}, {"b", 2}, {"c", 3}}
	var getters []func() int
	var adders []func(int) int
	for i := range cs {
		getters = append(getters, cs[i].Get)
		adders = append(adders, cs[i].Add)
	}
	for _, a := range adders {
		a(10)
	}
	for i, g := range getters {
		fmt.Print(g(), "/", cs[i].n, " ")
	}
	fmt.Println()

	getE := Counter.Get
	addE := (*Counter).Add
	labelE := (*Counter).Label
	x := Counter{"x", 1}
	addE(&x, 41)
	fmt.Println(getE(x), labelE(&x))

	fns := map[string]func(Counter) string{"label": Counter.Label, "upper": func(c Counter) string { return strings.ToUpper(c.name) }}
	names := []string{}
	for k := range fns {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Print(k, ":", fns[k](x), " ")
	}
	fmt.Println()

	double := func(x int) int { return x * 2 }
	acc := &Counter{name: "acc"}
	fmt.Println(apply(3, double, acc.Add, Op(func(v int) int { return v - 1 })), acc.n)

	t := Temp(10)
	scalers := []func(float64) Temp{t.Scale, Temp(1).Scale, Temp.Scale(3, 0.5).Scale}
	for _, s := range scalers {
		fmt.Print(s(2), " ")
	}
	fmt.Println()
	var iface interface{ Get() int } = &x
	g := iface.Get
	x.n = 0
	fmt.Println(g(), iface.Get())
	fmt.Println(strings.Map(unicodeRot, "Gopher"), sort.IntSlice([]int{3, 1, 2}).Len())
	sorter := sort.IntSlice{5, 2, 8}
	sortFn := sorter.Sort
	sortFn()
	fmt.Println(sorter)
}

func unicodeRot(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return 'a' + (r-'a'+13)%26
	}
	return r
}
