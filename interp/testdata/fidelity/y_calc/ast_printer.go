package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Eval(env map[string]int) int
	String() string
}

type Num int
type Var string
type Bin struct {
	Op   byte
	L, R Node
}
type Let struct {
	Name  string
	Value Node
	Body  Node
}

func (n Num) Eval(map[string]int) int     { return int(n) }
func (n Num) String() string              { return fmt.Sprint(int(n)) }
func (v Var) Eval(env map[string]int) int { return env[string(v)] }
func (v Var) String() string              { return string(v) }
func (b *Bin) String() string             { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }
func (l Let) String() string              { return fmt.Sprintf("let %s = %v in %v", l.Name, l.Value, l.Body) }
func (b *Bin) Eval(env map[string]int) int {
	x, y := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return x + y
	case '-':
		return x - y
	case '*':
		return x * y
	}
	panic("bad op " + string(b.Op))
}
func (l Let) Eval(env map[string]int) int {
	inner := make(map[string]int, len(env)+1)
	for k, v := range env {
		inner[k] = v
	}
	inner[l.Name] = l.Value.Eval(env)
	return l.Body.Eval(inner)
}

func simplify(n Node) Node {
	switch n := n.(type) {
	case *Bin:
		l, r := simplify(n.L), simplify(n.R)
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		switch {
		case lok && rok:
			return Num((&Bin{n.Op, ln, rn}).Eval(nil))
		case n.Op == '*' && (lok && ln == 0 || rok && rn == 0):
			return Num(0)
		case n.Op == '*' && lok && ln == 1:
			return r
		case (n.Op == '*' && rok && rn == 1) || (n.Op == '+' && rok && rn == 0):
			return l
		}
		return &Bin{n.Op, l, r}
	case Let:
		return Let{n.Name, simplify(n.Value), simplify(n.Body)}
	default:
		return n
	}
}

func depth(n Node) int {
	switch n := n.(type) {
	case *Bin:
		return 1 + max(depth(n.L), depth(n.R))
	case Let:
		return 1 + max(depth(n.Value), depth(n.Body))
	}
	return 0
}

func dump(n Node, indent int) {
	pad := strings.Repeat("  ", indent)
	switch n := n.(type) {
	case *Bin:
		fmt.Printf("%sBin %q\n", pad, n.Op)
		dump(n.L, indent+1)
		dump(n.R, indent+1)
	case Let:
		fmt.Printf("%sLet %s\n", pad, n.Name)
		dump(n.Value, indent+1)
		dump(n.Body, indent+1)
	default:
		fmt.Printf("%s%T %v\n", pad, n, n)
	}
}

func main() {
	e := &Bin{'+', &Bin{'*', Num(1), Var("x")}, &Bin{'*', &Bin{'-', Num(3), Num(3)}, Var("y")}}
	fmt.Println(e, "=", e.Eval(map[string]int{"x": 5, "y": 7}))
	s := simplify(e)
	fmt.Println(s, depth(e), depth(s))
	l := Let{"x", &Bin{'+', Num(2), Num(3)}, &Bin{'*', Var("x"), Var("x")}}
	fmt.Println(l, "=", l.Eval(map[string]int{"x": 100}))
	fmt.Println(simplify(l))
	dump(l, 0)
	nodes := []Node{Num(4), Var("z"), l, s}
	fmt.Println(nodes)
	fmt.Printf("%v|%s|%d\n", Num(7), Var("q"), Num(8))
	if v, ok := s.(Var); ok {
		fmt.Println("simplified to a var:", v, v == "x")
	}
}
