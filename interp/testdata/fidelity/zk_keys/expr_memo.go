package main

import "fmt"

type Expr interface{ Eval() float64 }

type Num float64
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }

func (n Num) Eval() float64 { return float64(n) }
func (a Add) Eval() float64 { return a.L.Eval() + a.R.Eval() }
func (m Mul) Eval() float64 { return m.L.Eval() * m.R.Eval() }

func (n Num) String() string { return fmt.Sprint(float64(n)) }
func (a Add) String() string { return fmt.Sprintf("(%v + %v)", a.L, a.R) }
func (m Mul) String() string { return fmt.Sprintf("(%v * %v)", m.L, m.R) }

var memo = map[Expr]float64{}
var evals int

func eval(e Expr) float64 {
	if v, ok := memo[e]; ok {
		return v
	}
	evals++
	v := e.Eval()
	memo[e] = v
	return v
}

func main() {
	x := Add{Num(2), Num(3)}
	y := Mul{x, Num(4)}
	exprs := []Expr{x, y, Add{Num(2), Num(3)}, Num(3), Mul{Add{Num(2), Num(3)}, Num(4)}, Num(3)}
	for _, e := range exprs {
		fmt.Printf("%v = %v\n", e, eval(e))
	}
	fmt.Println("evals:", evals, "memo size:", len(memo))
	fmt.Println(memo[Num(3)], memo[Add{Num(2), Num(3)}])
}
