package main

import "fmt"

// An expression AST whose operator is a named type with a String method,
// every node a value held in the Expr interface.
type Op int

const (
	Plus Op = iota
	Minus
	Times
)

func (o Op) String() string { return [...]string{"+", "-", "*"}[o] }

type Expr interface{ Eval() int }

type Num struct{ V int }
type Bin struct {
	Op   Op
	L, R Expr
}
type Neg struct{ X Expr }

func (n Num) Eval() int { return n.V }
func (n Neg) Eval() int { return -n.X.Eval() }
func (b Bin) Eval() int {
	l, r := b.L.Eval(), b.R.Eval()
	switch b.Op {
	case Plus:
		return l + r
	case Minus:
		return l - r
	}
	return l * r
}

func main() {
	// (1 + 2) * (3 - -(4 * 5))
	e := Bin{Times, Bin{Plus, Num{1}, Num{2}}, Bin{Minus, Num{3}, Neg{Bin{Times, Num{4}, Num{5}}}}}
	fmt.Println(e.Eval())
	fmt.Println(e)
	fmt.Printf("%+v\n", e)

	var chain Expr = Num{0}
	for i := 1; i <= 6; i++ {
		chain = Bin{Op(i % 3), chain, Num{i}}
	}
	fmt.Printf("%v = %d\n", chain, chain.Eval())
}
