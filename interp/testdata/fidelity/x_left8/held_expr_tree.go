package main

import "fmt"

type Expr interface{ Eval() int }

type Lit struct{ V int }
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Neg struct{ X Expr }

func (l Lit) Eval() int { return l.V }
func (a Add) Eval() int { return a.L.Eval() + a.R.Eval() }
func (m Mul) Eval() int { return m.L.Eval() * m.R.Eval() }
func (n Neg) Eval() int { return -n.X.Eval() }

func main() {
	e := Add{Mul{Lit{2}, Lit{3}}, Neg{Lit{4}}}
	fmt.Println(e.Eval())
	fmt.Printf("%v\n", e)
	fmt.Printf("%+v\n", e)

	deep := Expr(Neg{Neg{Neg{Add{Lit{1}, Mul{Lit{2}, Neg{Lit{3}}}}}}})
	fmt.Println(deep, deep.Eval())

	exprs := []Expr{Lit{7}, Add{Lit{1}, Add{Lit{2}, Add{Lit{3}, Lit{4}}}}}
	for _, x := range exprs {
		fmt.Printf("%v = %d\n", x, x.Eval())
	}
}
