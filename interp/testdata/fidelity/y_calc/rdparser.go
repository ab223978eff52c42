package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	NUM Kind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

func (k Kind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "(", ")", "EOF"}[k]
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func lex(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j], i})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && unicode.IsLetter(rune(src[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(' || c == ')':
			k := LPAREN
			if c == ')' {
				k = RPAREN
			}
			toks = append(toks, Token{k, string(c), i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(src)}), nil
}

type parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

// expr := term {(+|-) term}
func (p *parser) expr() float64 {
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

func (p *parser) term() float64 {
	v := p.power()
	for p.peek().Kind == OP && (p.peek().Text == "*" || p.peek().Text == "/") {
		op := p.next().Text
		r := p.power()
		if op == "*" {
			v *= r
		} else if r == 0 {
			panic(fmt.Errorf("division by zero at %d", p.toks[p.pos-1].Pos))
		} else {
			v /= r
		}
	}
	return v
}

func (p *parser) power() float64 {
	b := p.unary()
	if t := p.peek(); t.Kind == OP && t.Text == "^" {
		p.next()
		return math.Pow(b, p.power())
	}
	return b
}

func (p *parser) unary() float64 {
	if t := p.peek(); t.Kind == OP && t.Text == "-" {
		p.next()
		return -p.unary()
	}
	return p.primary()
}

func (p *parser) primary() float64 {
	t := p.next()
	switch t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(err)
		}
		return f
	case IDENT:
		if v, ok := p.vars[t.Text]; ok {
			return v
		}
		panic(fmt.Errorf("unknown variable %s", t.Text))
	case LPAREN:
		v := p.expr()
		if c := p.next(); c.Kind != RPAREN {
			panic(fmt.Errorf("want ) at %d, got %v", c.Pos, c.Kind))
		}
		return v
	}
	panic(fmt.Errorf("unexpected %v %q at %d", t.Kind, t.Text, t.Pos))
}

func eval(src string, vars map[string]float64) (v float64, err error) {
	toks, err := lex(src)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := &parser{toks: toks, vars: vars}
	v = p.expr()
	if p.peek().Kind != EOF {
		return v, fmt.Errorf("trailing %q", p.peek().Text)
	}
	return v, nil
}

func main() {
	vars := map[string]float64{"pi": math.Pi, "x": 3}
	for _, s := range []string{"1 + 2 * 3", "(1+2)*3", "2^3^2", "-x^2", "10/(5-5)", "pi*x*x", "1.5.2", "y+1", "3 $ 4", "(1+2", "4 4"} {
		v, err := eval(s, vars)
		if err != nil {
			fmt.Printf("%-10s error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-10s = %g\n", s, v)
	}
	toks, _ := lex("a*(b-1)")
	fmt.Println(toks)
	fmt.Printf("%v %+v\n", toks[1].Kind, toks[2])
}
