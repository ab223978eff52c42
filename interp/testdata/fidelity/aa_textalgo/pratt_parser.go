package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type TokKind int

const (
	NUM TokKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

type Token struct {
	Kind TokKind
	Text string
}

func lex(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j])})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
			toks = append(toks, Token{IDENT, string(rs[i:j])})
			i = j
		case strings.ContainsRune("+-*/^", r):
			toks = append(toks, Token{OP, string(r)})
			i++
		case r == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }
func (p *Parser) peek() Token { return p.toks[p.pos] }

var binding = map[string][2]int{"+": {10, 11}, "-": {10, 11}, "*": {20, 21}, "/": {20, 21}, "^": {31, 30}}

func (p *Parser) expr(minBP int) (float64, string) {
	var lhs float64
	var repr string
	t := p.next()
	switch t.Kind {
	case NUM:
		lhs, _ = strconv.ParseFloat(t.Text, 64)
		repr = t.Text
	case IDENT:
		lhs = p.vars[t.Text]
		repr = t.Text
	case OP:
		if t.Text != "-" {
			panic("bad prefix " + t.Text)
		}
		v, r := p.expr(25)
		lhs, repr = -v, "(neg "+r+")"
	case LPAREN:
		lhs, repr = p.expr(0)
		if p.next().Kind != RPAREN {
			panic("expected )")
		}
	default:
		panic(fmt.Sprintf("unexpected token %v", t))
	}
	for {
		op := p.peek()
		if op.Kind != OP {
			break
		}
		bp := binding[op.Text]
		if bp[0] < minBP {
			break
		}
		p.next()
		rhs, rr := p.expr(bp[1])
		switch op.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			lhs /= rhs
		case "^":
			lhs = math.Pow(lhs, rhs)
		}
		repr = "(" + op.Text + " " + repr + " " + rr + ")"
	}
	return lhs, repr
}

func eval(src string, vars map[string]float64) (v float64, tree string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", src, r)
		}
	}()
	toks, err := lex(src)
	if err != nil {
		return 0, "", err
	}
	p := &Parser{toks: toks, vars: vars}
	v, tree = p.expr(0)
	if p.peek().Kind != EOF {
		return 0, "", fmt.Errorf("trailing %q", p.peek().Text)
	}
	return
}

func main() {
	vars := map[string]float64{"x": 3, "pi": math.Pi}
	for _, src := range []string{"1 + 2 * 3", "2 ^ 3 ^ 2", "-(x - 5) * 2", "pi * x ^ 2", "(1 + 2", "4 / 0", "7 % 2", "10 - 4 - 3"} {
		v, tree, err := eval(src, vars)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-14s => %-28s = %.4g\n", src, tree, v)
	}
}
