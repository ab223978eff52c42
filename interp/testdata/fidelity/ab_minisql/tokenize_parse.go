package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokKind int

const (
	Ident TokKind = iota
	Number
	String
	Symbol
	Keyword
	EOF
)

func (k TokKind) String() string {
	return [...]string{"Ident", "Number", "String", "Symbol", "Keyword", "EOF"}[k]
}

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

var keywords = map[string]bool{"SELECT": true, "FROM": true, "WHERE": true, "AND": true, "LIMIT": true}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func lex(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			w := string(rs[i:j])
			if keywords[strings.ToUpper(w)] {
				toks = append(toks, Token{Keyword, strings.ToUpper(w), i})
			} else {
				toks = append(toks, Token{Ident, w, i})
			}
			i = j
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{Number, string(rs[i:j]), i})
			i = j
		case r == '\'':
			j := i + 1
			for j < len(rs) && rs[j] != '\'' {
				j++
			}
			if j == len(rs) {
				return nil, &SyntaxError{i, "unterminated string"}
			}
			toks = append(toks, Token{String, string(rs[i+1 : j]), i})
			i = j + 1
		case strings.ContainsRune("*,=<>()", r):
			toks = append(toks, Token{Symbol, string(r), i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", r)}
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(rs)}), nil
}

type Stmt struct {
	Cols  []string
	Table string
	Where [][3]string
	Limit int
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }
func (p *parser) expect(k TokKind, text string) Token {
	t := p.next()
	if t.Kind != k || (text != "" && t.Text != text) {
		panic(&SyntaxError{t.Pos, fmt.Sprintf("want %v %q, got %v %q", k, text, t.Kind, t.Text)})
	}
	return t
}

func parse(src string) (st Stmt, err error) {
	toks, err := lex(src)
	if err != nil {
		return st, fmt.Errorf("lex: %w", err)
	}
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("parse: %w", se)
		}
	}()
	p := &parser{toks: toks}
	p.expect(Keyword, "SELECT")
	for {
		t := p.next()
		if t.Kind != Ident && !(t.Kind == Symbol && t.Text == "*") {
			panic(&SyntaxError{t.Pos, "column expected"})
		}
		st.Cols = append(st.Cols, t.Text)
		if p.toks[p.pos].Text != "," {
			break
		}
		p.next()
	}
	p.expect(Keyword, "FROM")
	st.Table = p.expect(Ident, "").Text
	if p.toks[p.pos].Text == "WHERE" {
		p.next()
		for {
			l := p.expect(Ident, "")
			op := p.expect(Symbol, "")
			r := p.next()
			st.Where = append(st.Where, [3]string{l.Text, op.Text, r.Text})
			if p.toks[p.pos].Text != "AND" {
				break
			}
			p.next()
		}
	}
	if p.toks[p.pos].Text == "LIMIT" {
		p.next()
		n, cerr := strconv.Atoi(p.expect(Number, "").Text)
		if cerr != nil {
			return st, cerr
		}
		st.Limit = n
	}
	p.expect(EOF, "")
	return st, nil
}

func main() {
	inputs := []string{
		"select name, age from people where age > 30 and dept = 'eng' limit 5",
		"SELECT * FROM t",
		"SELECT a FROM t WHERE b = 'open",
		"SELECT a, FROM t",
		"SELECT a FROM t LIMIT 2.5",
		"SELECT a FROM t ; drop",
		"SELECT é FROM ünï WHERE x<3",
	}
	for _, in := range inputs {
		st, err := parse(in)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-40.40q -> pos %d: %v\n", in, se.Pos, err)
		case err != nil:
			fmt.Printf("%-40.40q -> other %T: %v\n", in, err, err)
		default:
			fmt.Printf("%-40.40q -> %+v\n", in, st)
		}
	}
	toks, _ := lex("SELECT x FROM y")
	fmt.Println(toks)
	fmt.Printf("%v\n", toks[1:3])
}
