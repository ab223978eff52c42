// eval in the style of gopl.io/ch7/eval: an expression evaluator with Check.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Var string
type literal float64
type unary struct {
	op rune
	x  Expr
}
type binary struct {
	op   rune
	x, y Expr
}
type call struct {
	fn   string
	args []Expr
}

type Env map[Var]float64

type Expr interface {
	Eval(env Env) float64
	Check(vars map[Var]bool) error
	String() string
}

func (v Var) Eval(env Env) float64   { return env[v] }
func (l literal) Eval(_ Env) float64 { return float64(l) }
func (u unary) Eval(env Env) float64 {
	switch u.op {
	case '+':
		return +u.x.Eval(env)
	case '-':
		return -u.x.Eval(env)
	}
	panic(fmt.Sprintf("unsupported unary operator: %q", u.op))
}
func (b binary) Eval(env Env) float64 {
	switch b.op {
	case '+':
		return b.x.Eval(env) + b.y.Eval(env)
	case '-':
		return b.x.Eval(env) - b.y.Eval(env)
	case '*':
		return b.x.Eval(env) * b.y.Eval(env)
	case '/':
		return b.x.Eval(env) / b.y.Eval(env)
	}
	panic(fmt.Sprintf("unsupported binary operator: %q", b.op))
}
func (c call) Eval(env Env) float64 {
	switch c.fn {
	case "pow":
		return math.Pow(c.args[0].Eval(env), c.args[1].Eval(env))
	case "sin":
		return math.Sin(c.args[0].Eval(env))
	case "sqrt":
		return math.Sqrt(c.args[0].Eval(env))
	}
	panic(fmt.Sprintf("unsupported function call: %s", c.fn))
}

func (v Var) Check(vars map[Var]bool) error { vars[v] = true; return nil }
func (literal) Check(map[Var]bool) error    { return nil }
func (u unary) Check(vars map[Var]bool) error {
	if !strings.ContainsRune("+-", u.op) {
		return fmt.Errorf("unexpected unary op %q", u.op)
	}
	return u.x.Check(vars)
}
func (b binary) Check(vars map[Var]bool) error {
	if !strings.ContainsRune("+-*/", b.op) {
		return fmt.Errorf("unexpected binary op %q", b.op)
	}
	if err := b.x.Check(vars); err != nil {
		return err
	}
	return b.y.Check(vars)
}

var numParams = map[string]int{"pow": 2, "sin": 1, "sqrt": 1}

func (c call) Check(vars map[Var]bool) error {
	arity, ok := numParams[c.fn]
	if !ok {
		return fmt.Errorf("unknown function %q", c.fn)
	}
	if len(c.args) != arity {
		return fmt.Errorf("call to %s has %d args, want %d", c.fn, len(c.args), arity)
	}
	for _, arg := range c.args {
		if err := arg.Check(vars); err != nil {
			return err
		}
	}
	return nil
}

func (v Var) String() string     { return string(v) }
func (l literal) String() string { return fmt.Sprintf("%g", float64(l)) }
func (u unary) String() string   { return fmt.Sprintf("(%c%s)", u.op, u.x) }
func (b binary) String() string  { return fmt.Sprintf("(%s %c %s)", b.x, b.op, b.y) }
func (c call) String() string {
	parts := make([]string, len(c.args))
	for i, a := range c.args {
		parts[i] = a.String()
	}
	return c.fn + "(" + strings.Join(parts, ", ") + ")"
}

func main() {
	tests := []struct {
		expr Expr
		env  Env
	}{
		{call{"sqrt", []Expr{Var("A")}}, Env{"A": 87616}},
		{call{"pow", []Expr{Var("x"), literal(3)}}, Env{"x": 12, "y": 1}},
		{binary{'+', call{"pow", []Expr{Var("x"), literal(3)}}, call{"pow", []Expr{Var("y"), literal(3)}}}, Env{"x": 9, "y": 10}},
		{binary{'/', literal(5), binary{'-', literal(9), literal(32)}}, nil},
		{binary{'/', binary{'*', literal(5), binary{'-', Var("F"), literal(32)}}, literal(9)}, Env{"F": -40}},
		{unary{'-', unary{'+', Var("x")}}, Env{"x": 3}},
		{binary{'/', literal(1), Var("zero")}, Env{}},
		{binary{'%', literal(1), literal(2)}, nil},
		{call{"log", []Expr{literal(1)}}, nil},
		{call{"pow", []Expr{literal(1)}}, nil},
		{unary{'!', literal(1)}, nil},
	}
	for _, t := range tests {
		vars := map[Var]bool{}
		if err := t.expr.Check(vars); err != nil {
			fmt.Printf("%-40s check: %v\n", t.expr, err)
			continue
		}
		got := fmt.Sprintf("%.6g", t.expr.Eval(t.env))
		fmt.Printf("%-40s %v = %s (vars %d)\n", t.expr, t.env, got, len(vars))
	}
	var e Expr = literal(2.5)
	fmt.Println(e, Var("v"), []Expr{e, Var("w")})
}
