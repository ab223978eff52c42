package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokKind int

const (
	NUM TokKind = iota
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokKind
	Val  string
}

func lex(s string) ([]Token, error) {
	var toks []Token
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
			toks = append(toks, Token{NUM, s[i:j]})
			i = j
		case strings.ContainsRune("+-*/^%", c):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

// parser is a precedence-climbing recursive descent parser.
type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) primary() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, fmt.Errorf("unexpected end")
	}
	p.pos++
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Val, 64)
	case LPAREN:
		v, err := p.expr(1)
		if err != nil {
			return 0, err
		}
		if t := p.peek(); t == nil || t.Kind != RPAREN {
			return 0, fmt.Errorf("missing )")
		}
		p.pos++
		return v, nil
	case OP:
		if t.Val == "-" {
			v, err := p.primary()
			return -v, err
		}
	}
	return 0, fmt.Errorf("unexpected %q", t.Val)
}

func (p *parser) expr(minPrec int) (float64, error) {
	lhs, err := p.primary()
	if err != nil {
		return 0, err
	}
	for {
		t := p.peek()
		if t == nil || t.Kind != OP || prec[t.Val] < minPrec {
			return lhs, nil
		}
		op := t.Val
		p.pos++
		next := prec[op] + 1
		if op == "^" {
			next = prec[op]
		}
		rhs, err := p.expr(next)
		if err != nil {
			return 0, err
		}
		switch op {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			lhs /= rhs
		case "%":
			lhs = float64(int(lhs) % int(rhs))
		case "^":
			r := 1.0
			for range int(rhs) {
				r *= lhs
			}
			lhs = r
		}
	}
}

func eval(s string) (float64, error) {
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr(1)
	if err == nil && p.pos != len(toks) {
		err = fmt.Errorf("trailing tokens at %d", p.pos)
	}
	return v, err
}

func main() {
	for _, in := range []string{"1 + 2 * 3", "(1+2)*3", "2^3^2", "10 / 4 - 1", "-(3 + 4) * 2", "17 % 5 + 0.5", "2 * (3", "4 $ 4", "1 2", "1/0"} {
		v, err := eval(in)
		if err != nil {
			fmt.Printf("%-14s error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-14s = %g\n", in, v)
	}
}
