package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

type tokenKind int

const (
	tNum tokenKind = iota
	tOp
	tLParen
	tRParen
)

type token struct {
	kind tokenKind
	val  float64
	op   byte
}

func tokenize(s string) ([]token, error) {
	var toks []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case unicode.IsDigit(rune(c)) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			v, err := strconv.ParseFloat(s[i:j], 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q: %w", s[i:j], err)
			}
			toks = append(toks, token{kind: tNum, val: v})
			i = j
		case c == '(':
			toks = append(toks, token{kind: tLParen})
			i++
		case c == ')':
			toks = append(toks, token{kind: tRParen})
			i++
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '%':
			toks = append(toks, token{kind: tOp, op: c})
			i++
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return toks, nil
}

var ErrDivZero = errors.New("division by zero")

type parser struct {
	toks []token
	pos  int
}

func (p *parser) peek() *token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil {
		t := p.peek()
		if t == nil || t.kind != tOp || (t.op != '+' && t.op != '-') {
			break
		}
		p.pos++
		var r float64
		if r, err = p.term(); err == nil {
			if t.op == '+' {
				v += r
			} else {
				v -= r
			}
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil {
		t := p.peek()
		if t == nil || t.kind != tOp || (t.op != '*' && t.op != '/' && t.op != '%') {
			break
		}
		p.pos++
		var r float64
		if r, err = p.factor(); err != nil {
			break
		}
		switch {
		case t.op == '*':
			v *= r
		case r == 0:
			err = ErrDivZero
		case t.op == '/':
			v /= r
		default:
			v = float64(int(v) % int(r))
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, errors.New("unexpected end of input")
	}
	p.pos++
	switch {
	case t.kind == tNum:
		return t.val, nil
	case t.kind == tOp && t.op == '-':
		v, err := p.factor()
		return -v, err
	case t.kind == tLParen:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if n := p.peek(); n == nil || n.kind != tRParen {
			return 0, errors.New("missing )")
		}
		p.pos++
		return v, nil
	}
	return 0, fmt.Errorf("unexpected token at %d", p.pos-1)
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos != len(toks) {
		err = fmt.Errorf("trailing input at token %d", p.pos)
	}
	return v, err
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2.5 * 4) + 1", "17 % 5", "2 * (3 + 4) * 5", "1 / 0", "(1 + 2", "3 $ 4", "1 2", "1.2.3"} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-18s error: %v (divzero=%t)\n", e, err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf("%-18s = %g\n", e, v)
	}
}
