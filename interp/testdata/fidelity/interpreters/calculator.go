package main

import (
	"fmt"
	"strconv"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
	EOF
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "OP", "LPAREN", "RPAREN", "EOF"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(s) {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			start := i
			for i < len(s) && (unicode.IsDigit(rune(s[i])) || s[i] == '.') {
				i++
			}
			toks = append(toks, Token{NUM, s[start:i], start})
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '^' || c == '%':
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(s)}), nil
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

// expr := term (('+'|'-') term)*
func (p *Parser) expr() float64 {
	v := p.term()
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		if p.next().Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *Parser) term() float64 {
	v := p.power()
	for p.peek().Kind == OP && (p.peek().Text == "*" || p.peek().Text == "/" || p.peek().Text == "%") {
		op := p.next().Text
		r := p.power()
		switch op {
		case "*":
			v *= r
		case "/":
			if r == 0 {
				panic(fmt.Sprintf("division by zero at %d", p.toks[p.pos-1].Pos))
			}
			v /= r
		case "%":
			v = float64(int(v) % int(r))
		}
	}
	return v
}

func (p *Parser) power() float64 {
	base := p.unary()
	if p.peek().Kind == OP && p.peek().Text == "^" {
		p.next()
		exp := p.power()
		r := 1.0
		for i := 0; i < int(exp); i++ {
			r *= base
		}
		return r
	}
	return base
}

func (p *Parser) unary() float64 {
	if p.peek().Kind == OP && p.peek().Text == "-" {
		p.next()
		return -p.unary()
	}
	return p.primary()
}

func (p *Parser) primary() float64 {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(err)
		}
		return v
	case LPAREN:
		v := p.expr()
		if p.next().Kind != RPAREN {
			panic("expected )")
		}
		return v
	}
	panic(fmt.Sprintf("unexpected %v %q at %d", t.Kind, t.Text, t.Pos))
}

func eval(s string) (v float64, err error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p := &Parser{toks: toks}
	v = p.expr()
	if p.peek().Kind != EOF {
		return 0, fmt.Errorf("trailing %v", p.peek().Kind)
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "17 % 5 * 2",
		"1.5.2 + 1", "3 / (2 - 2)", "2 * (3 + ", "7 $ 2", "((((42))))", "1 2", "--3"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-14s error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-14s = %g\n", s, v)
	}
	toks, _ := tokenize("(1+2)")
	fmt.Println(toks)
	fmt.Printf("%v %d\n", toks[0].Kind, toks[len(toks)-1].Kind)
}
