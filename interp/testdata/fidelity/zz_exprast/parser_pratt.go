package main

import (
	"fmt"
	"math"
	"strings"
	"text/scanner"
)

type Expr interface{ Eval() float64 }

type (
	number float64
	unary  struct {
		op string
		x  Expr
	}
	binary struct {
		op   string
		l, r Expr
	}
)

func (n number) Eval() float64 { return float64(n) }
func (u unary) Eval() float64 {
	if u.op == "-" {
		return -u.x.Eval()
	}
	return u.x.Eval()
}
func (b binary) Eval() float64 {
	l, r := b.l.Eval(), b.r.Eval()
	switch b.op {
	case "+":
		return l + r
	case "-":
		return l - r
	case "*":
		return l * r
	case "/":
		return l / r
	case "^":
		return math.Pow(l, r)
	}
	panic("unknown op " + b.op)
}

func (n number) String() string { return fmt.Sprint(float64(n)) }
func (u unary) String() string  { return fmt.Sprintf("(%s%v)", u.op, u.x) }
func (b binary) String() string { return fmt.Sprintf("(%v %s %v)", b.l, b.op, b.r) }

type parser struct {
	toks []string
	pos  int
}

func lex(src string) []string {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	var out []string
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		out = append(out, s.TokenText())
	}
	return out
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) primary() Expr {
	t := p.next()
	switch t {
	case "(":
		e := p.expr(0)
		if p.next() != ")" {
			panic("expected )")
		}
		return e
	case "-", "+":
		return unary{t, p.expr(3)}
	}
	var f float64
	if _, err := fmt.Sscan(t, &f); err != nil {
		panic(fmt.Sprintf("bad token %q", t))
	}
	return number(f)
}

func (p *parser) expr(min int) Expr {
	lhs := p.primary()
	for {
		op := p.peek()
		pr, ok := prec[op]
		if !ok || pr <= min && !(op == "^" && pr == min) || pr < min {
			return lhs
		}
		p.next()
		next := pr
		if op == "^" {
			next = pr - 1
		}
		lhs = binary{op, lhs, p.expr(next)}
	}
}

func parse(src string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", src, r)
		}
	}()
	p := &parser{toks: lex(src)}
	e = p.expr(0)
	if p.pos != len(p.toks) {
		return nil, fmt.Errorf("trailing %q", p.toks[p.pos:])
	}
	return e, nil
}

func main() {
	for _, src := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-4 + 10 / 4",
		"2 * (3 + 4) - -1",
		"1 +",
		"3 3",
		"8 / 0",
	} {
		e, err := parse(src)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-18s %-26v = %v\n", src, e, e.Eval())
	}
}
