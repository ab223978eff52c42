package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Accept(v Visitor) interface{}
}

type Num struct{ Val float64 }
type Var struct{ Name string }
type BinOp struct {
	Op          byte
	Left, Right Node
}
type Call struct {
	Fn   string
	Args []Node
}

type Visitor interface {
	VisitNum(*Num) interface{}
	VisitVar(*Var) interface{}
	VisitBinOp(*BinOp) interface{}
	VisitCall(*Call) interface{}
}

func (n *Num) Accept(v Visitor) interface{}   { return v.VisitNum(n) }
func (n *Var) Accept(v Visitor) interface{}   { return v.VisitVar(n) }
func (n *BinOp) Accept(v Visitor) interface{} { return v.VisitBinOp(n) }
func (n *Call) Accept(v Visitor) interface{}  { return v.VisitCall(n) }

type Printer struct{}

func (Printer) VisitNum(n *Num) interface{} { return fmt.Sprint(n.Val) }
func (Printer) VisitVar(n *Var) interface{} { return n.Name }
func (p Printer) VisitBinOp(n *BinOp) interface{} {
	return "(" + n.Left.Accept(p).(string) + " " + string(n.Op) + " " + n.Right.Accept(p).(string) + ")"
}
func (p Printer) VisitCall(n *Call) interface{} {
	args := make([]string, len(n.Args))
	for i, a := range n.Args {
		args[i] = a.Accept(p).(string)
	}
	return n.Fn + "(" + strings.Join(args, ", ") + ")"
}

type Evaluator struct {
	Env map[string]float64
}

func (e *Evaluator) VisitNum(n *Num) interface{} { return n.Val }
func (e *Evaluator) VisitVar(n *Var) interface{} { return e.Env[n.Name] }
func (e *Evaluator) VisitBinOp(n *BinOp) interface{} {
	l := n.Left.Accept(e).(float64)
	r := n.Right.Accept(e).(float64)
	switch n.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(n.Op))
}
func (e *Evaluator) VisitCall(n *Call) interface{} {
	switch n.Fn {
	case "max":
		best := n.Args[0].Accept(e).(float64)
		for _, a := range n.Args[1:] {
			if v := a.Accept(e).(float64); v > best {
				best = v
			}
		}
		return best
	case "neg":
		return -n.Args[0].Accept(e).(float64)
	}
	return 0.0
}

type Counter struct{ counts map[string]int }

func (c *Counter) bump(k string)             { c.counts[k]++ }
func (c *Counter) VisitNum(*Num) interface{} { c.bump("num"); return nil }
func (c *Counter) VisitVar(*Var) interface{} { c.bump("var"); return nil }
func (c *Counter) VisitBinOp(n *BinOp) interface{} {
	c.bump("binop")
	n.Left.Accept(c)
	n.Right.Accept(c)
	return nil
}
func (c *Counter) VisitCall(n *Call) interface{} {
	c.bump("call")
	for _, a := range n.Args {
		a.Accept(c)
	}
	return nil
}

func main() {
	tree := &BinOp{'+',
		&BinOp{'*', &Num{2}, &Var{"x"}},
		&Call{"max", []Node{&Var{"y"}, &Num{3.5}, &Call{"neg", []Node{&Var{"x"}}}}},
	}
	fmt.Println(tree.Accept(Printer{}))
	ev := &Evaluator{Env: map[string]float64{"x": 4, "y": 1}}
	fmt.Println(tree.Accept(ev))
	ev.Env["y"] = 10
	fmt.Printf("%.3f\n", tree.Accept(ev))
	ev.Env["x"] = -20
	fmt.Printf("%v\n", tree.Accept(ev))
	c := &Counter{counts: map[string]int{}}
	tree.Accept(c)
	for _, k := range []string{"num", "var", "binop", "call"} {
		fmt.Printf("%-6s %d\n", k, c.counts[k])
	}
	div := &BinOp{'/', &Num{1}, &Num{0}}
	fmt.Println(div.Accept(Printer{}), div.Accept(ev))
}
