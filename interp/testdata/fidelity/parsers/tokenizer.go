package main

import (
	"fmt"
	"strings"
	"unicode"
)

type TokenKind int

const (
	EOF TokenKind = iota
	Ident
	Number
	String
	Punct
)

var kindNames = map[TokenKind]string{EOF: "EOF", Ident: "IDENT", Number: "NUM", String: "STR", Punct: "PUNCT"}

func (k TokenKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%s)@%d", t.Kind, t.Text, t.Pos) }

func lex(src string) []Token {
	var toks []Token
	rs := []rune(src)
	i := 0
	for i < len(rs) {
		r := rs[i]
		start := i
		switch {
		case unicode.IsSpace(r):
			i++
			continue
		case unicode.IsLetter(r) || r == '_':
			for i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]) || rs[i] == '_') {
				i++
			}
			toks = append(toks, Token{Ident, string(rs[start:i]), start})
		case unicode.IsDigit(r):
			for i < len(rs) && unicode.IsDigit(rs[i]) {
				i++
			}
			toks = append(toks, Token{Number, string(rs[start:i]), start})
		case r == '"':
			i++
			for i < len(rs) && rs[i] != '"' {
				i++
			}
			i++
			toks = append(toks, Token{String, string(rs[start+1 : i-1]), start})
		default:
			i++
			toks = append(toks, Token{Punct, string(r), start})
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(rs)})
}

func main() {
	src := `let größe = 42 + x_1; print("héllo", größe)`
	toks := lex(src)

	for _, t := range toks {
		fmt.Println(t)
	}

	counts := map[TokenKind]int{}
	for _, t := range toks {
		counts[t.Kind]++
	}
	fmt.Println(counts)

	var idents []string
	for _, t := range toks {
		if t.Kind == Ident {
			idents = append(idents, t.Text)
		}
	}
	fmt.Println(strings.Join(idents, ","))
}
