// A small expression lexer over strings.Reader (ReadRune/UnreadRune)
// feeding a recursive-descent evaluator.
package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Num
	Ident
	Op
	LParen
	RParen
)

var kindNames = [...]string{"EOF", "Num", "Ident", "Op", "(", ")"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%s)@%d", t.Kind, t.Text, t.Pos) }

func lex(src string) ([]Token, error) {
	rd := strings.NewReader(src)
	var toks []Token
	for {
		pos := int(rd.Size()) - rd.Len()
		r, _, err := rd.ReadRune()
		if err == io.EOF {
			toks = append(toks, Token{EOF, "", pos})
			return toks, nil
		}
		switch {
		case unicode.IsSpace(r):
		case unicode.IsDigit(r) || r == '.':
			var sb strings.Builder
			for err == nil && (unicode.IsDigit(r) || r == '.') {
				sb.WriteRune(r)
				r, _, err = rd.ReadRune()
			}
			if err == nil {
				rd.UnreadRune()
			}
			toks = append(toks, Token{Num, sb.String(), pos})
		case unicode.IsLetter(r):
			var sb strings.Builder
			for err == nil && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				sb.WriteRune(r)
				r, _, err = rd.ReadRune()
			}
			if err == nil {
				rd.UnreadRune()
			}
			toks = append(toks, Token{Ident, sb.String(), pos})
		case strings.ContainsRune("+-*/^", r):
			toks = append(toks, Token{Op, string(r), pos})
		case r == '(':
			toks = append(toks, Token{LParen, "(", pos})
		case r == ')':
			toks = append(toks, Token{RParen, ")", pos})
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, pos)
		}
	}
}

type parser struct {
	toks []Token
	i    int
	vars map[string]float64
}

func (p *parser) peek() Token { return p.toks[p.i] }
func (p *parser) next() Token { t := p.toks[p.i]; p.i++; return t }

func (p *parser) expr() float64 {
	v := p.term()
	for p.peek().Kind == Op && strings.Contains("+-", p.peek().Text) {
		if p.next().Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for p.peek().Kind == Op && strings.Contains("*/", p.peek().Text) {
		if p.next().Text == "*" {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *parser) factor() float64 {
	t := p.next()
	switch t.Kind {
	case Num:
		f, _ := strconv.ParseFloat(t.Text, 64)
		return f
	case Ident:
		return p.vars[t.Text]
	case LParen:
		v := p.expr()
		p.next()
		return v
	case Op:
		if t.Text == "-" {
			return -p.factor()
		}
	}
	panic(fmt.Sprintf("unexpected token %v", t))
}

func eval(src string, vars map[string]float64) (v float64, err error) {
	toks, err := lex(src)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse: %v", r)
		}
	}()
	p := &parser{toks: toks, vars: vars}
	return p.expr(), nil
}

func main() {
	toks, _ := lex("x1 + 3.5*(y - 2)")
	fmt.Println(toks)
	vars := map[string]float64{"x1": 10, "y": 4, "pi": 3.14159}
	for _, src := range []string{"x1 + 3.5*(y - 2)", "2*pi*y", "-(1+2)*-3", "8/4/2", "1 + $", "(1 + ", "7 7"} {
		v, err := eval(src, vars)
		fmt.Printf("%-18q => %8.3f  err=%v\n", src, v, err)
	}
}
