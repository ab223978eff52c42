package main

import (
	"fmt"
	"sort"
	"strings"
)

type Calculator struct {
	acc     float64
	history []string
}

func (c *Calculator) Add(x float64) { c.acc += x; c.log("add", x) }
func (c *Calculator) Sub(x float64) { c.acc -= x; c.log("sub", x) }
func (c *Calculator) Mul(x float64) { c.acc *= x; c.log("mul", x) }
func (c *Calculator) Div(x float64) {
	if x == 0 {
		c.log("div-by-zero", x)
		return
	}
	c.acc /= x
	c.log("div", x)
}

func (c *Calculator) log(op string, x float64) {
	c.history = append(c.history, fmt.Sprintf("%s(%g)=%g", op, x, c.acc))
}

func (c Calculator) Value() float64 { return c.acc }

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name + "!" }

func main() {
	calc := &Calculator{}
	ops := map[string]func(float64){
		"+": calc.Add,
		"-": calc.Sub,
		"*": calc.Mul,
		"/": calc.Div,
	}
	program := "+ 10 * 3 - 4 / 2 / 0 + 0.5"
	f := strings.Fields(program)
	for i := 0; i+1 < len(f); i += 2 {
		var x float64
		fmt.Sscanf(f[i+1], "%g", &x)
		ops[f[i]](x)
	}
	fmt.Println("result:", calc.Value())
	for _, h := range calc.history {
		fmt.Println(" ", h)
	}

	exprs := map[string]func(*Calculator, float64){
		"add": (*Calculator).Add,
		"mul": (*Calculator).Mul,
	}
	c2 := &Calculator{acc: 1}
	keys := []string{}
	for k := range exprs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		exprs[k](c2, 5)
	}
	fmt.Println(c2.Value(), c2.history)

	value := Calculator.Value
	fmt.Println(value(*c2))

	hello := Greeter{"Hello"}.Greet
	hi := Greeter{"Hi"}
	greet := Greeter.Greet
	fmt.Println(hello("Ann"))
	fmt.Println(greet(hi, "Bob"))
	fns := []func(string) string{hello, hi.Greet, strings.ToUpper, strings.TrimSpace}
	for i, fn := range fns {
		fmt.Printf("%d %q\n", i, fn(" Zed "))
	}
	g := Greeter{"Hey"}
	bound := g.Greet
	g.greeting = "Yo"
	fmt.Println(bound("Cy"), g.Greet("Cy"))
}
