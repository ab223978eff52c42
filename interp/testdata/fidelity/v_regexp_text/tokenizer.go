package main

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

type TokenKind int

const (
	Number TokenKind = iota
	Ident
	Op
	LParen
	RParen
)

var kindNames = map[TokenKind]string{Number: "NUM", Ident: "ID", Op: "OP", LParen: "(", RParen: ")"}

func (k TokenKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v:%q@%d", t.Kind, t.Text, t.Pos) }

var tokRe = regexp.MustCompile(`\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|([-+*/^=]|==|!=)|(\()|(\)))`)

func tokenize(s string) ([]Token, error) {
	var toks []Token
	pos := 0
	for pos < len(s) {
		if strings.TrimSpace(s[pos:]) == "" {
			break
		}
		loc := tokRe.FindStringSubmatchIndex(s[pos:])
		if loc == nil || loc[0] != 0 {
			return toks, fmt.Errorf("unexpected %q at %d", s[pos], pos)
		}
		for g := 1; g <= 5; g++ {
			if loc[2*g] >= 0 {
				toks = append(toks, Token{TokenKind(g - 1), s[pos+loc[2*g] : pos+loc[2*g+1]], pos + loc[2*g]})
				break
			}
		}
		pos += loc[1]
	}
	return toks, nil
}

func countClasses(s string) map[string]int {
	m := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			m["letter"]++
		case unicode.IsDigit(r):
			m["digit"]++
		case unicode.IsSpace(r):
			m["space"]++
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			m["punct"]++
		}
	}
	return m
}

func main() {
	for _, src := range []string{"x = 3.5 * (y + 42)", "a == b", "1 + $"} {
		toks, err := tokenize(src)
		fmt.Println(toks)
		if err != nil {
			fmt.Println("  error:", err)
		}
	}
	fmt.Println(countClasses("Hello, World! 123 ©"))
	fmt.Printf("%v %d %s\n", Op, Op, LParen)
	fmt.Printf("%+v\n", Token{Ident, "z", 0})
	fmt.Printf("%#v\n", []string{"a"})
}
