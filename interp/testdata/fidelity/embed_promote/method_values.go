package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()         { c.n++ }
func (c *Counter) Add(k int)    { c.n += k }
func (c Counter) Value() int    { return c.n }
func (c Counter) Label() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Named struct {
	*Counter
	Tag string
}

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

func apply(fs []func(), times int) {
	for i := 0; i < times; i++ {
		for _, f := range fs {
			f()
		}
	}
}

func main() {
	a := &Counter{name: "a"}
	b := Counter{name: "b"}
	inc := a.Inc
	add := a.Add
	inc()
	add(10)
	fmt.Println(a.Label())

	// Value receiver method value copies the receiver at evaluation time.
	lbl := b.Label
	b.n = 99
	fmt.Println(lbl(), b.Label())

	// Method expressions.
	incE := (*Counter).Inc
	valE := Counter.Value
	incE(&b)
	fmt.Println(valE(b), (*Counter).Value(&b))
	labelE := Counter.Label
	fmt.Println(labelE(Counter{"z", 3}))

	// Promoted through embedded pointer.
	nm := Named{Counter: &Counter{name: "emb"}, Tag: "t"}
	fs := []func(){nm.Inc, nm.Counter.Inc, func() { nm.Add(5) }}
	apply(fs, 2)
	fmt.Println(nm.Label(), nm.Value(), nm.n)
	nv := nm.Value
	nm.Inc()
	fmt.Println(nv(), nm.Value())

	// Method values on func types.
	double := Op(func(x int) int { return x * 2 })
	tw := double.Twice
	fmt.Println(tw(3), Op.Twice(double, 5))

	// Method values from interfaces and stdlib.
	var sb strings.Builder
	write := sb.WriteString
	for _, s := range []string{"x", "y", "z"} {
		write(s)
	}
	fmt.Println(sb.String(), sb.Len())
	var st fmt.Stringer = &sb
	str := st.String
	sb.WriteString("!")
	fmt.Println(str())

	ops := map[string]func(int){"add": a.Add}
	ops["add"](100)
	fmt.Println(a.Value())
	counters := []*Counter{{name: "p"}, {name: "q"}}
	var incs []func()
	for _, c := range counters {
		incs = append(incs, c.Inc)
	}
	apply(incs, 3)
	fmt.Println(counters[0].Label(), counters[1].Label())
}
