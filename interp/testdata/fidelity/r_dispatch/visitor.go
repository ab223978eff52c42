package main

import (
	"fmt"
	"math"
	"strings"
)

type Node interface{ node() }

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}
type Call struct {
	Fn   string
	Args []Node
}

func (Num) node()   {}
func (Var) node()   {}
func (BinOp) node() {}
func (Call) node()  {}

func eval(n Node, env map[string]float64) (float64, error) {
	switch n := n.(type) {
	case Num:
		return float64(n), nil
	case Var:
		v, ok := env[string(n)]
		if !ok {
			return 0, fmt.Errorf("undefined variable %s", n)
		}
		return v, nil
	case BinOp:
		l, err := eval(n.L, env)
		if err != nil {
			return 0, err
		}
		r, err := eval(n.R, env)
		if err != nil {
			return 0, err
		}
		switch n.Op {
		case '+':
			return l + r, nil
		case '-':
			return l - r, nil
		case '*':
			return l * r, nil
		case '/':
			if r == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			return l / r, nil
		}
		return 0, fmt.Errorf("bad op %c", n.Op)
	case Call:
		if n.Fn == "sqrt" && len(n.Args) == 1 {
			a, err := eval(n.Args[0], env)
			return math.Sqrt(a), err
		}
		return 0, fmt.Errorf("unknown function %s/%d", n.Fn, len(n.Args))
	}
	return 0, fmt.Errorf("unknown node %T", n)
}

func show(n Node) string {
	switch n := n.(type) {
	case Num:
		return fmt.Sprint(float64(n))
	case Var:
		return string(n)
	case BinOp:
		return "(" + show(n.L) + " " + string(n.Op) + " " + show(n.R) + ")"
	case Call:
		parts := make([]string, len(n.Args))
		for i, a := range n.Args {
			parts[i] = show(a)
		}
		return n.Fn + "(" + strings.Join(parts, ", ") + ")"
	}
	return "?"
}

func main() {
	env := map[string]float64{"x": 3, "y": 4}
	exprs := []Node{
		BinOp{'+', Num(1), BinOp{'*', Var("x"), Num(2)}},
		Call{"sqrt", []Node{BinOp{'+', BinOp{'*', Var("x"), Var("x")}, BinOp{'*', Var("y"), Var("y")}}}},
		BinOp{'/', Num(1), BinOp{'-', Var("x"), Num(3)}},
		Var("z"),
		Call{"max", []Node{Num(1), Num(2)}},
	}
	for _, e := range exprs {
		v, err := eval(e, env)
		if err != nil {
			fmt.Printf("%-30s error: %v\n", show(e), err)
			continue
		}
		fmt.Printf("%-30s = %g\n", show(e), v)
	}
	fmt.Printf("%v %T %T\n", exprs[3], exprs[3], exprs[0])
	fmt.Println(exprs[0] == BinOp{'+', Num(1), BinOp{'*', Var("x"), Num(2)}})
}
