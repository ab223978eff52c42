package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"text/scanner"
)

type Env map[string]float64

type Expr interface {
	Eval(env Env) (float64, error)
	String() string
}

type Num float64
type Var string
type Unary struct {
	Op rune
	X  Expr
}
type Binary struct {
	Op   rune
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) Eval(Env) (float64, error) { return float64(n), nil }
func (n Num) String() string            { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(env Env) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined: %s", string(v))
}
func (v Var) String() string { return string(v) }
func (u Unary) Eval(env Env) (float64, error) {
	x, err := u.X.Eval(env)
	return -x, err
}
func (u Unary) String() string { return fmt.Sprintf("(%c%v)", u.Op, u.X) }
func (b Binary) Eval(env Env) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
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
			return 0, fmt.Errorf("division by zero in %v", b)
		}
		return l / r, nil
	case '^':
		return math.Pow(l, r), nil
	}
	return 0, fmt.Errorf("bad op %q", b.Op)
}
func (b Binary) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

var funcs = map[string]func(...float64) float64{
	"sqrt": func(a ...float64) float64 { return math.Sqrt(a[0]) },
	"max":  func(a ...float64) float64 { return max(a[0], a[1]) },
	"hyp":  func(a ...float64) float64 { return math.Hypot(a[0], a[1]) },
}

func (c Call) Eval(env Env) (float64, error) {
	f, ok := funcs[c.Fn]
	if !ok {
		return 0, fmt.Errorf("unknown func %s", c.Fn)
	}
	args := make([]float64, len(c.Args))
	for i, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		args[i] = v
	}
	return f(args...), nil
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

type parser struct {
	s   scanner.Scanner
	tok rune
}

func parse(src string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", src, r)
		}
	}()
	var p parser
	p.s.Init(strings.NewReader(src))
	p.s.Mode = scanner.ScanIdents | scanner.ScanInts | scanner.ScanFloats
	p.next()
	e = p.expr(0)
	if p.tok != scanner.EOF {
		panic(fmt.Sprintf("unexpected %s", p.s.TokenText()))
	}
	return e, nil
}

func (p *parser) next() { p.tok = p.s.Scan() }

var prec = map[rune]int{'+': 1, '-': 1, '*': 2, '/': 2, '^': 3}

func (p *parser) expr(minPrec int) Expr {
	lhs := p.primary()
	for {
		op := p.tok
		pr, ok := prec[op]
		if !ok || pr < minPrec {
			return lhs
		}
		p.next()
		next := pr + 1
		if op == '^' {
			next = pr
		}
		lhs = Binary{op, lhs, p.expr(next)}
	}
}

func (p *parser) primary() Expr {
	switch p.tok {
	case scanner.Int, scanner.Float:
		v, _ := strconv.ParseFloat(p.s.TokenText(), 64)
		p.next()
		return Num(v)
	case scanner.Ident:
		name := p.s.TokenText()
		p.next()
		if p.tok != '(' {
			return Var(name)
		}
		p.next()
		var args []Expr
		for p.tok != ')' {
			args = append(args, p.expr(0))
			if p.tok == ',' {
				p.next()
			}
		}
		p.next()
		return Call{name, args}
	case '-':
		p.next()
		return Unary{'-', p.primary()}
	case '(':
		p.next()
		e := p.expr(0)
		if p.tok != ')' {
			panic("missing )")
		}
		p.next()
		return e
	}
	panic(fmt.Sprintf("unexpected %s", scanner.TokenString(p.tok)))
}

func main() {
	env := Env{"x": 3, "y": 4, "pi": math.Pi}
	for _, src := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * -y", "hyp(x, y) + sqrt(16)",
		"max(x, y) / (y - 4)", "x * z", "1.5e2 / 4", "2 * pi * x", "(1 + 2", "3 $ 4", "foo(1)",
	} {
		e, err := parse(src)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		v, err := e.Eval(env)
		if err != nil {
			fmt.Printf("%-22s %-28v error: %v\n", src, e, err)
			continue
		}
		fmt.Printf("%-22s %-28v = %.6g\n", src, e, v)
	}
	var e Expr = Binary{'+', Num(1), Var("x")}
	fmt.Printf("%v %T %s\n", e, e, []Expr{Num(2), Var("q")})
}
