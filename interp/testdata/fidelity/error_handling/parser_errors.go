package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type ParseError struct {
	Pos  Pos
	Msg  string
	Near string
}

func (e *ParseError) Error() string {
	if e.Near != "" {
		return fmt.Sprintf("%v: %s near %q", e.Pos, e.Msg, e.Near)
	}
	return fmt.Sprintf("%v: %s", e.Pos, e.Msg)
}

var ErrEmpty = errors.New("empty expression")

type parser struct {
	src  string
	i    int
	line int
}

func (p *parser) fail(msg string) {
	near := p.src[p.i:min(p.i+3, len(p.src))]
	panic(&ParseError{Pos{p.line, p.i + 1}, msg, near})
}

func (p *parser) skip() {
	for p.i < len(p.src) && p.src[p.i] == ' ' {
		p.i++
	}
}

func (p *parser) expr() int {
	v := p.term()
	for p.skip(); p.i < len(p.src) && (p.src[p.i] == '+' || p.src[p.i] == '-'); p.skip() {
		op := p.src[p.i]
		p.i++
		r := p.term()
		if op == '+' {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for p.skip(); p.i < len(p.src) && (p.src[p.i] == '*' || p.src[p.i] == '/'); p.skip() {
		op := p.src[p.i]
		p.i++
		r := p.factor()
		if op == '*' {
			v *= r
		} else {
			if r == 0 {
				p.fail("division by zero")
			}
			v /= r
		}
	}
	return v
}

func (p *parser) factor() int {
	p.skip()
	if p.i >= len(p.src) {
		p.fail("unexpected end")
	}
	if p.src[p.i] == '(' {
		p.i++
		v := p.expr()
		p.skip()
		if p.i >= len(p.src) || p.src[p.i] != ')' {
			p.fail("missing )")
		}
		p.i++
		return v
	}
	start := p.i
	for p.i < len(p.src) && unicode.IsDigit(rune(p.src[p.i])) {
		p.i++
	}
	if start == p.i {
		p.fail("expected number")
	}
	n, _ := strconv.Atoi(p.src[start:p.i])
	return n
}

func Eval(line int, src string) (result int, err error) {
	if strings.TrimSpace(src) == "" {
		return 0, fmt.Errorf("line %d: %w", line, ErrEmpty)
	}
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*ParseError)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	p := &parser{src: src, line: line}
	result = p.expr()
	if p.skip(); p.i != len(p.src) {
		p.fail("trailing input")
	}
	return result, nil
}

func main() {
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / (5 - 5)", "2 * (3 + 4", "   ", "7 + x", "8 / 2 / 2", "1 2"}
	for i, in := range inputs {
		v, err := Eval(i+1, in)
		var pe *ParseError
		switch {
		case err == nil:
			fmt.Printf("%-14q = %d\n", in, v)
		case errors.As(err, &pe):
			fmt.Printf("%-14q parse error at col %d: %s (%v)\n", in, pe.Pos.Col, pe.Msg, err)
		case errors.Is(err, ErrEmpty):
			fmt.Printf("%-14q skipped: %v\n", in, err)
		}
	}
}
