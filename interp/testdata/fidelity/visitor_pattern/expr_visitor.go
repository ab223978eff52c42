package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Accept(v Visitor) any
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

type Visitor interface {
	VisitNum(Num) any
	VisitVar(Var) any
	VisitBin(*Bin) any
}

func (n Num) Accept(v Visitor) any  { return v.VisitNum(n) }
func (x Var) Accept(v Visitor) any  { return v.VisitVar(x) }
func (b *Bin) Accept(v Visitor) any { return v.VisitBin(b) }

type Printer struct{}

func (Printer) VisitNum(n Num) any { return fmt.Sprint(float64(n)) }
func (Printer) VisitVar(x Var) any { return string(x) }
func (p Printer) VisitBin(b *Bin) any {
	return "(" + b.L.Accept(p).(string) + " " + string(b.Op) + " " + b.R.Accept(p).(string) + ")"
}

type Evaluator struct{ Env map[string]float64 }

func (Evaluator) VisitNum(n Num) any   { return float64(n) }
func (e Evaluator) VisitVar(x Var) any { return e.Env[string(x)] }
func (e Evaluator) VisitBin(b *Bin) any {
	l, r := b.L.Accept(e).(float64), b.R.Accept(e).(float64)
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

type VarCollector struct{ seen []string }

func (c *VarCollector) VisitNum(Num) any { return nil }
func (c *VarCollector) VisitVar(x Var) any {
	c.seen = append(c.seen, string(x))
	return nil
}
func (c *VarCollector) VisitBin(b *Bin) any {
	b.L.Accept(c)
	b.R.Accept(c)
	return nil
}

func main() {
	e := &Bin{'+', &Bin{'*', Num(2), Var("x")}, &Bin{'/', Var("y"), Num(4)}}

	fmt.Println(e.Accept(Printer{}))
	fmt.Println(e.Accept(Evaluator{map[string]float64{"x": 3, "y": 10}}))

	vc := &VarCollector{}
	e.Accept(vc)
	fmt.Println(strings.Join(vc.seen, ","), len(vc.seen))
}
