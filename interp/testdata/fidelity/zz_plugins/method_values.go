package main

import (
	"fmt"
	"sort"
	"strconv"
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
		c.history = append(c.history, "div by zero ignored")
		return
	}
	c.acc /= x
	c.log("div", x)
}
func (c *Calculator) log(op string, x float64) {
	c.history = append(c.history, fmt.Sprintf("%s %g = %g", op, x, c.acc))
}
func (c Calculator) Value() float64 { return c.acc }

type Point struct{ X, Y int }

func (p Point) Dist() int        { return abs(p.X) + abs(p.Y) }
func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	calc := &Calculator{}
	ops := map[string]func(float64){
		"+": calc.Add, "-": calc.Sub, "*": calc.Mul, "/": calc.Div,
	}
	for _, tok := range strings.Fields("+ 10 * 3 - 4 / 0 / 2 + 0.5") {
		if f, ok := ops[tok]; ok {
			ops["pending"] = f
			continue
		}
		x, _ := strconv.ParseFloat(tok, 64)
		ops["pending"](x)
	}
	fmt.Println(calc.Value(), len(calc.history))
	fmt.Println(strings.Join(calc.history, "; "))

	snapshot := calc.Value
	calc.Add(100)
	fmt.Println(snapshot(), calc.Value())

	p := Point{3, -4}
	dist := p.Dist
	move := p.Move
	move(1, 1)
	fmt.Println(p, dist(), p.Dist())

	byName := map[string]func(Point) int{
		"dist": Point.Dist,
		"x":    func(p Point) int { return p.X },
	}
	mover := (*Point).Move
	pts := []Point{{1, 1}, {-5, 2}, {0, 7}}
	for i := range pts {
		mover(&pts[i], 1, -1)
	}
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var vals []int
		for _, pt := range pts {
			vals = append(vals, byName[k](pt))
		}
		fmt.Println(k, vals)
	}
	fns := []func() int{}
	for _, pt := range pts {
		fns = append(fns, pt.Dist)
	}
	pts[0].X = 100
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Printf("\n%T %T\n", Point.Dist, mover)
}
