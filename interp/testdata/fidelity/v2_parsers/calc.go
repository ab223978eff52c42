package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

type TokKind int

const (
	NUM TokKind = iota
	OP
	LPAREN
	RPAREN
	EOF
)

func (k TokKind) String() string {
	return [...]string{"NUM", "OP", "LPAREN", "RPAREN", "EOF"}[k]
}

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func lex(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
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
			toks = append(toks, Token{NUM, string(rs[i:j]), i})
			i = j
		case r == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		case r == '+' || r == '-' || r == '*' || r == '/' || r == '^':
			toks = append(toks, Token{OP, string(r), i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", r)}
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(rs)}), nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t.Kind == OP && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.next()
		r, err := p.term()
		if err != nil {
			return 0, err
		}
		if t.Text == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, nil
}

func (p *parser) term() (float64, error) {
	v, err := p.power()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t.Kind == OP && (t.Text == "*" || t.Text == "/"); t = p.peek() {
		p.next()
		r, err := p.power()
		if err != nil {
			return 0, err
		}
		if t.Text == "*" {
			v *= r
		} else if r == 0 {
			return 0, fmt.Errorf("at %d: %w", t.Pos, ErrDivZero)
		} else {
			v /= r
		}
	}
	return v, nil
}

func (p *parser) power() (float64, error) {
	b, err := p.unary()
	if err != nil {
		return 0, err
	}
	if t := p.peek(); t.Kind == OP && t.Text == "^" {
		p.next()
		e, err := p.power()
		if err != nil {
			return 0, err
		}
		res := 1.0
		for range int(e) {
			res *= b
		}
		return res, nil
	}
	return b, nil
}

func (p *parser) unary() (float64, error) {
	t := p.next()
	switch {
	case t.Kind == OP && t.Text == "-":
		v, err := p.unary()
		return -v, err
	case t.Kind == NUM:
		return strconv.ParseFloat(t.Text, 64)
	case t.Kind == LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if c := p.next(); c.Kind != RPAREN {
			return 0, &SyntaxError{c.Pos, "expected ) got " + c.Kind.String()}
		}
		return v, nil
	}
	return 0, &SyntaxError{t.Pos, fmt.Sprintf("unexpected %v %q", t.Kind, t.Text)}
}

func Eval(s string) (float64, error) {
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.peek().Kind != EOF {
		err = &SyntaxError{p.peek().Pos, "trailing " + p.peek().Text}
	}
	return v, err
}

func main() {
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "1 / (2 - 2)",
		"3 + ", "2 * (3 + 4", "7 # 2", "1.5.2 + 1", "((2))) ", "10 - 3 - 2"}
	for _, in := range inputs {
		v, err := Eval(in)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-12q -> syntax (pos=%d): %v\n", in, se.Pos, err)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-12q -> math: %v\n", in, err)
		case err != nil:
			fmt.Printf("%-12q -> other %T: %v\n", in, err, err)
		default:
			fmt.Printf("%-12q = %g\n", in, v)
		}
	}
	toks, _ := lex("(1+2)")
	fmt.Printf("%v\n%+v\n", toks[0], toks[len(toks)-1])
}
