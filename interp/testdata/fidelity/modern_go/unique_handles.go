package main

import (
	"fmt"
	"strings"
	"unique"
)

type Token struct {
	Kind  unique.Handle[string]
	Value string
}

var (
	kindIdent  = unique.Make("ident")
	kindNumber = unique.Make("number")
	kindPunct  = unique.Make("punct")
)

func lex(src string) []Token {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			toks = append(toks, Token{unique.Make("number"), src[i:j]})
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(src) && src[j] >= 'a' && src[j] <= 'z' {
				j++
			}
			toks = append(toks, Token{unique.Make(strings.Clone("ident")), src[i:j]})
			i = j
		default:
			toks = append(toks, Token{kindPunct, string(c)})
			i++
		}
	}
	return toks
}

type point struct{ x, y int }

func main() {
	toks := lex("x = 12 + foo * 7")
	counts := map[unique.Handle[string]]int{}
	for _, t := range toks {
		counts[t.Kind]++
		fmt.Printf("%-6s %s\n", t.Kind.Value(), t.Value)
	}
	fmt.Println("idents:", counts[kindIdent], "numbers:", counts[kindNumber], "punct:", counts[kindPunct])

	a := unique.Make("hello")
	b := unique.Make(strings.ToLower("HELLO"))
	fmt.Println("same handle:", a == b, a.Value())

	p1 := unique.Make(point{1, 2})
	p2 := unique.Make(point{1, 2})
	p3 := unique.Make(point{2, 1})
	fmt.Println(p1 == p2, p1 == p3, p3.Value())

	seen := map[unique.Handle[point]]bool{}
	for _, p := range []point{{0, 0}, {1, 1}, {0, 0}, {2, 2}, {1, 1}} {
		h := unique.Make(p)
		if seen[h] {
			fmt.Println("dup", p)
		}
		seen[h] = true
	}
	fmt.Println("distinct:", len(seen))
}
