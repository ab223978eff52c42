package main

import (
	"fmt"
	"strings"
	"unicode"
)

type TokenKind int

const (
	Ident TokenKind = iota
	Number
	Op
	LParen
	RParen
	EOF
)

var kindNames = map[TokenKind]string{Ident: "Ident", Number: "Number", Op: "Op", LParen: "(", RParen: ")", EOF: "EOF"}

func (k TokenKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokenKind
	Text string
}

func lex(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case c == ' ' || c == '\t':
			i++
			continue
		case unicode.IsLetter(c) || c == '_':
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j])) || src[j] == '_') {
				j++
			}
			toks = append(toks, Token{Ident, src[i:j]})
			i = j
		case unicode.IsDigit(c):
			j := i
			for j < len(src) && unicode.IsDigit(rune(src[j])) {
				j++
			}
			toks = append(toks, Token{Number, src[i:j]})
			i = j
		case strings.ContainsRune("+-*/=<>!", c):
			if i+1 < len(src) && src[i+1] == '=' {
				toks = append(toks, Token{Op, src[i : i+2]})
				i += 2
				break
			}
			toks = append(toks, Token{Op, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LParen, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RParen, ")"})
			i++
		default:
			return toks, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		fallthrough
	case n == 1:
		return "unit"
	case n%2 == 0:
		if n > 100 {
			break
		}
		return "small even"
	default:
		return "odd"
	}
	return "big even"
}

func main() {
	for _, src := range []string{"x1 := (a + 42) * b_2", "count >= 10 != done", "a $ b", ""} {
		toks, err := lex(src)
		var parts []string
		for _, t := range toks {
			if t.Kind == EOF {
				parts = append(parts, "EOF")
				continue
			}
			parts = append(parts, fmt.Sprintf("%v(%s)", t.Kind, t.Text))
		}
		fmt.Printf("%-22q %s", src, strings.Join(parts, " "))
		if err != nil {
			fmt.Print("  error: ", err)
		}
		fmt.Println()
	}
	for _, n := range []int{-3, 0, 1, 2, 7, 200, 101} {
		fmt.Print(classify(n), "; ")
	}
	fmt.Println()
	fmt.Printf("%v %d %v\n", Op, Op, []TokenKind{Ident, EOF})
	var state = "start"
	steps := 0
	for state != "done" {
		steps++
		switch state {
		case "start":
			state = "middle"
		case "middle":
			if steps > 3 {
				state = "done"
				continue
			}
			state = "start"
		}
	}
	fmt.Println(state, steps)
}
