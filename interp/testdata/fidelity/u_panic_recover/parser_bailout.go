package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// parseError is used as a panic value inside the parser and turned into
// an ordinary error at the API boundary.
type parseError struct {
	pos int
	msg string
}

func (e *parseError) Error() string { return fmt.Sprintf("pos %d: %s", e.pos, e.msg) }

type parser struct {
	src string
	pos int
}

func (p *parser) fail(format string, args ...any) {
	panic(&parseError{p.pos, fmt.Sprintf(format, args...)})
}

func (p *parser) skip() {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
}

func (p *parser) peek() byte {
	p.skip()
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
			d := p.factor()
			if d == 0 {
				p.fail("division by zero")
			}
			v /= d
		default:
			return v
		}
	}
}

func (p *parser) factor() float64 {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			p.fail("expected )")
		}
		p.pos++
		return v
	case c == '-':
		p.pos++
		return -p.factor()
	case unicode.IsDigit(rune(c)):
		start := p.pos
		for p.pos < len(p.src) && (unicode.IsDigit(rune(p.src[p.pos])) || p.src[p.pos] == '.') {
			p.pos++
		}
		v, err := strconv.ParseFloat(p.src[start:p.pos], 64)
		if err != nil {
			p.fail("bad number %q", p.src[start:p.pos])
		}
		return v
	case c == 0:
		p.fail("unexpected end")
	}
	p.fail("unexpected %q", c)
	return 0
}

func Eval(src string) (v float64, err error) {
	p := &parser{src: src}
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*parseError)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	v = p.expr()
	if p.peek() != 0 {
		p.fail("trailing input %q", strings.TrimSpace(p.src[p.pos:]))
	}
	return v, nil
}

func main() {
	for _, s := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "2 * (3 + 4) - -1", "1 / 0",
		"(1 + 2", "1 + ", "3 $ 4", "1.2.3 + 1", "", "7 8", "-(2.5*4)",
	} {
		v, err := Eval(s)
		if err != nil {
			fmt.Printf("%-18q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-18q = %g\n", s, v)
	}
}
