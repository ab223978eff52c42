package main

import (
	"fmt"
	"strconv"
	"unicode"
)

// A recursive-descent calculator: expr = term {(+|-) term}; term = factor {(*|/) factor}.
type parser struct {
	src string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *parser) expr() float64 {
	v := p.term()
	for {
		switch p.peek() {
		case '+':
			p.pos++
			v += p.term()
		case '-':
			p.pos++
			v -= p.term()
		default:
			return v
		}
	}
}

func (p *parser) term() float64 {
	v := p.factor()
	for {
		switch p.peek() {
		case '*':
			p.pos++
			v *= p.factor()
		case '/':
			p.pos++
			v /= p.factor()
		default:
			return v
		}
	}
}

func (p *parser) factor() float64 {
	c := p.peek()
	if c == '(' {
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			panic(fmt.Sprintf("expected ) at %d", p.pos))
		}
		p.pos++
		return v
	}
	if c == '-' {
		p.pos++
		return -p.factor()
	}
	start := p.pos
	for p.pos < len(p.src) && (unicode.IsDigit(rune(p.src[p.pos])) || p.src[p.pos] == '.') {
		p.pos++
	}
	f, err := strconv.ParseFloat(p.src[start:p.pos], 64)
	if err != nil {
		panic(fmt.Sprintf("bad number at %d: %v", start, err))
	}
	return f
}

func eval(s string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p := &parser{src: s}
	v = p.expr()
	if p.peek() != 0 {
		return 0, fmt.Errorf("trailing input at %d", p.pos)
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 0.5)", "2 * (3 + ", "7 7", "10 / 4 - -1"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-16q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-16q = %g\n", s, v)
	}
}
