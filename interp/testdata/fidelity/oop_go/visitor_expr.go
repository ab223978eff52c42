package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Accept(v Visitor) float64
	fmt.Stringer
}

type Visitor interface {
	VisitNum(n Num) float64
	VisitBin(b *Bin) float64
	VisitVar(v Var) float64
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Accept(v Visitor) float64  { return v.VisitNum(n) }
func (n Num) String() string            { return fmt.Sprintf("%g", float64(n)) }
func (x Var) Accept(v Visitor) float64  { return v.VisitVar(x) }
func (x Var) String() string            { return string(x) }
func (b *Bin) Accept(v Visitor) float64 { return v.VisitBin(b) }
func (b *Bin) String() string           { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

type Evaluator struct{ env map[string]float64 }

func (e Evaluator) VisitNum(n Num) float64 { return float64(n) }
func (e Evaluator) VisitVar(v Var) float64 { return e.env[string(v)] }
func (e Evaluator) VisitBin(b *Bin) float64 {
	l, r := b.L.Accept(e), b.R.Accept(e)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(b.Op))
}

type Counter struct {
	nums, vars, ops int
}

func (c *Counter) VisitNum(Num) float64 { c.nums++; return 0 }
func (c *Counter) VisitVar(Var) float64 { c.vars++; return 0 }
func (c *Counter) VisitBin(b *Bin) float64 {
	c.ops++
	b.L.Accept(c)
	b.R.Accept(c)
	return 0
}

type Depth struct{}

func (Depth) VisitNum(Num) float64 { return 1 }
func (Depth) VisitVar(Var) float64 { return 1 }
func (d Depth) VisitBin(b *Bin) float64 {
	l, r := b.L.Accept(d), b.R.Accept(d)
	if l > r {
		return l + 1
	}
	return r + 1
}

func bin(op byte, l, r Expr) Expr { return &Bin{op, l, r} }

func main() {
	exprs := []Expr{
		Num(42),
		bin('+', Num(1), Num(2)),
		bin('*', bin('+', Var("x"), Num(3)), bin('-', Var("y"), Num(0.5))),
		bin('/', Var("x"), bin('*', Var("y"), Var("y"))),
	}
	env := map[string]float64{"x": 4, "y": 2}
	ev := Evaluator{env}
	for _, e := range exprs {
		c := &Counter{}
		e.Accept(c)
		fmt.Printf("%-28s = %-8g depth=%g nums=%d vars=%d ops=%d\n", e, e.Accept(ev), e.Accept(Depth{}), c.nums, c.vars, c.ops)
	}
	var sb strings.Builder
	for i, e := range exprs {
		if i > 0 {
			sb.WriteString("; ")
		}
		sb.WriteString(e.String())
	}
	fmt.Println(sb.String())
	fmt.Println(exprs)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	bin('%', Num(1), Num(2)).Accept(ev)
}
