package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

type EvalError struct {
	Expr Expr
	Msg  string
}

func (e *EvalError) Error() string { return fmt.Sprintf("eval %v: %s", e.Expr, e.Msg) }

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, &EvalError{v, "undefined variable"}
}
func (v Var) String() string { return string(v) }
func (b BinOp) Eval(env map[string]float64) (float64, error) {
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
			return 0, &EvalError{b, "division by zero"}
		}
		return l / r, nil
	}
	return 0, &EvalError{b, "unknown operator " + string(b.Op)}
}
func (b BinOp) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }
func (n Neg) Eval(env map[string]float64) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n Neg) String() string { return fmt.Sprintf("-%v", n.X) }

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, string(c))
			i++
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() Expr {
	e := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()[0]
		e = BinOp{op, e, p.term()}
	}
	return e
}
func (p *parser) term() Expr {
	e := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()[0]
		e = BinOp{op, e, p.factor()}
	}
	return e
}
func (p *parser) factor() Expr {
	t := p.next()
	switch {
	case t == "(":
		e := p.expr()
		p.next()
		return e
	case t == "-":
		return Neg{p.factor()}
	case unicode.IsLetter(rune(t[0])):
		return Var(t)
	}
	f, _ := strconv.ParseFloat(t, 64)
	return Num(f)
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "pi": 3.14159}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "x * x + y * y", "-x + 10 / 4", "2 * pi * r", "y / (x - 3)", "1.5 * (2 - -2)"} {
		e := (&parser{toks: tokenize(src)}).expr()
		v, err := e.Eval(env)
		if err != nil {
			fmt.Printf("%-16s => %-22v error: %v\n", src, e, err)
			if ee, ok := err.(*EvalError); ok {
				fmt.Printf("%18s culprit %T %v\n", "", ee.Expr, ee.Expr)
			}
			continue
		}
		fmt.Printf("%-16s => %-22v = %g\n", src, e, v)
	}
	fmt.Println(strings.Join(tokenize("a+(b*12.5)"), " "))
}
