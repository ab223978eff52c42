package main

import (
	"errors"
	"fmt"
	"strings"
)

type Expr interface {
	Accept(v Visitor) (float64, error)
}

type Visitor interface {
	VisitNum(n Num) (float64, error)
	VisitVar(v Var) (float64, error)
	VisitBin(b *Bin) (float64, error)
	VisitCall(c *Call) (float64, error)
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) Accept(v Visitor) (float64, error)   { return v.VisitNum(n) }
func (x Var) Accept(v Visitor) (float64, error)   { return v.VisitVar(x) }
func (b *Bin) Accept(v Visitor) (float64, error)  { return v.VisitBin(b) }
func (c *Call) Accept(v Visitor) (float64, error) { return v.VisitCall(c) }

var ErrDivZero = errors.New("division by zero")

type UnboundError struct{ Name string }

func (e UnboundError) Error() string { return "unbound variable " + e.Name }

type Evaluator struct {
	Env   map[string]float64
	Funcs map[string]func(...float64) float64
	steps int
}

func (e *Evaluator) VisitNum(n Num) (float64, error) { e.steps++; return float64(n), nil }
func (e *Evaluator) VisitVar(v Var) (float64, error) {
	e.steps++
	x, ok := e.Env[string(v)]
	if !ok {
		return 0, UnboundError{string(v)}
	}
	return x, nil
}
func (e *Evaluator) VisitBin(b *Bin) (float64, error) {
	e.steps++
	l, err := b.L.Accept(e)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Accept(e)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("in %v: %w", Printer{}.Show(b), ErrDivZero)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %q", b.Op)
}
func (e *Evaluator) VisitCall(c *Call) (float64, error) {
	e.steps++
	f, ok := e.Funcs[c.Fn]
	if !ok {
		return 0, fmt.Errorf("unknown function %s/%d", c.Fn, len(c.Args))
	}
	var args []float64
	for _, a := range c.Args {
		v, err := a.Accept(e)
		if err != nil {
			return 0, fmt.Errorf("%s arg: %w", c.Fn, err)
		}
		args = append(args, v)
	}
	return f(args...), nil
}

type Printer struct{}

func (p Printer) Show(e Expr) string {
	switch x := e.(type) {
	case Num:
		return fmt.Sprint(float64(x))
	case Var:
		return string(x)
	case *Bin:
		return "(" + p.Show(x.L) + " " + string(x.Op) + " " + p.Show(x.R) + ")"
	case *Call:
		parts := make([]string, len(x.Args))
		for i, a := range x.Args {
			parts[i] = p.Show(a)
		}
		return x.Fn + "(" + strings.Join(parts, ", ") + ")"
	}
	return "?"
}

func main() {
	ev := &Evaluator{
		Env: map[string]float64{"x": 3, "y": 4},
		Funcs: map[string]func(...float64) float64{
			"sum": func(xs ...float64) float64 {
				t := 0.0
				for _, x := range xs {
					t += x
				}
				return t
			},
			"hyp": func(xs ...float64) float64 { return xs[0]*xs[0] + xs[1]*xs[1] },
		},
	}
	exprs := []Expr{
		&Bin{'+', Num(1), &Bin{'*', Var("x"), Var("y")}},
		&Call{"hyp", []Expr{Var("x"), Var("y")}},
		&Call{"sum", []Expr{Num(1), Num(2.5), &Bin{'-', Var("y"), Num(10)}}},
		&Bin{'/', Var("x"), &Bin{'-', Var("y"), Num(4)}},
		&Call{"sum", []Expr{Var("z")}},
		&Call{"avg", nil},
	}
	for _, e := range exprs {
		v, err := e.Accept(ev)
		var ue UnboundError
		switch {
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-28s div0: %v\n", Printer{}.Show(e), err)
		case errors.As(err, &ue):
			fmt.Printf("%-28s unbound %q (%v)\n", Printer{}.Show(e), ue.Name, err)
		case err != nil:
			fmt.Printf("%-28s error: %v\n", Printer{}.Show(e), err)
		default:
			fmt.Printf("%-28s = %g\n", Printer{}.Show(e), v)
		}
	}
	fmt.Println("steps:", ev.steps)
	fmt.Printf("%T %T %v\n", exprs[0], Num(2), Var("q"))
}
