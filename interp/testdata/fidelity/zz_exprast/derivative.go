package main

import (
	"fmt"
	"math"
)

type Fn interface {
	At(x float64) float64
	D() Fn
	fmt.Stringer
}

type Const float64
type X struct{}
type Sum struct{ A, B Fn }
type Prod struct{ A, B Fn }
type Pow struct {
	Base Fn
	N    float64
}
type Sin struct{ Arg Fn }
type Cos struct{ Arg Fn }

func (c Const) At(float64) float64  { return float64(c) }
func (X) At(x float64) float64      { return x }
func (s Sum) At(x float64) float64  { return s.A.At(x) + s.B.At(x) }
func (p Prod) At(x float64) float64 { return p.A.At(x) * p.B.At(x) }
func (p Pow) At(x float64) float64  { return math.Pow(p.Base.At(x), p.N) }
func (s Sin) At(x float64) float64  { return math.Sin(s.Arg.At(x)) }
func (c Cos) At(x float64) float64  { return math.Cos(c.Arg.At(x)) }

func (Const) D() Fn  { return Const(0) }
func (X) D() Fn      { return Const(1) }
func (s Sum) D() Fn  { return add(s.A.D(), s.B.D()) }
func (p Prod) D() Fn { return add(mul(p.A.D(), p.B), mul(p.A, p.B.D())) }
func (p Pow) D() Fn  { return mul(mul(Const(p.N), Pow{p.Base, p.N - 1}), p.Base.D()) }
func (s Sin) D() Fn  { return mul(Cos{s.Arg}, s.Arg.D()) }
func (c Cos) D() Fn  { return mul(mul(Const(-1), Sin{c.Arg}), c.Arg.D()) }

func (c Const) String() string { return fmt.Sprintf("%g", float64(c)) }
func (X) String() string       { return "x" }
func (s Sum) String() string   { return fmt.Sprintf("(%v + %v)", s.A, s.B) }
func (p Prod) String() string  { return fmt.Sprintf("%v·%v", p.A, p.B) }
func (p Pow) String() string   { return fmt.Sprintf("%v^%g", p.Base, p.N) }
func (s Sin) String() string   { return fmt.Sprintf("sin(%v)", s.Arg) }
func (c Cos) String() string   { return fmt.Sprintf("cos(%v)", c.Arg) }

func add(a, b Fn) Fn {
	ca, aok := a.(Const)
	cb, bok := b.(Const)
	switch {
	case aok && bok:
		return ca + cb
	case aok && ca == 0:
		return b
	case bok && cb == 0:
		return a
	}
	return Sum{a, b}
}

func mul(a, b Fn) Fn {
	ca, aok := a.(Const)
	cb, bok := b.(Const)
	switch {
	case aok && bok:
		return ca * cb
	case aok && ca == 0, bok && cb == 0:
		return Const(0)
	case aok && ca == 1:
		return b
	case bok && cb == 1:
		return a
	}
	return Prod{a, b}
}

func main() {
	x := X{}
	fns := []Fn{
		add(mul(Const(3), Pow{x, 2}), mul(Const(2), x)),
		Sin{Pow{x, 2}},
		mul(x, Cos{x}),
		Pow{add(x, Const(1)), 3},
	}
	for _, f := range fns {
		d := f.D()
		fmt.Printf("f(x)  = %v\nf'(x) = %v\n", f, d)
		for _, at := range []float64{0, 1, 2.5} {
			h := 1e-6
			num := (f.At(at+h) - f.At(at-h)) / (2 * h)
			fmt.Printf("  x=%-4g f=%9.4f f'=%9.4f numeric~%v\n", at, f.At(at), d.At(at), math.Abs(num-d.At(at)) < 1e-4)
		}
	}
	fmt.Printf("%v %T %v\n", fns[1].D().D(), fns[2], []Fn{x, Const(2)})
}
