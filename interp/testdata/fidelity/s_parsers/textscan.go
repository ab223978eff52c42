package main

import (
	"fmt"
	"strings"
	"text/scanner"
)

const src = `
// config DSL
let width = 80;
let title = "Report \"Q3\"";
let ratio = 1.5e2;
print width * 2 + ratio;
let ch = 'x'; /* block */
`

type Stmt struct {
	Kind string
	Name string
	Toks []string
}

func main() {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "demo"
	counts := map[rune]int{}
	var stmts []Stmt
	var cur *Stmt
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		counts[tok]++
		text := s.TokenText()
		if cur == nil {
			cur = &Stmt{Kind: text}
			continue
		}
		if text == ";" {
			stmts = append(stmts, *cur)
			cur = nil
			continue
		}
		if cur.Kind == "let" && cur.Name == "" {
			cur.Name = text
			continue
		}
		cur.Toks = append(cur.Toks, fmt.Sprintf("%s:%s", scanner.TokenString(tok), text))
	}
	for _, st := range stmts {
		fmt.Printf("%-5s %-6s %v\n", st.Kind, st.Name, st.Toks)
	}
	for _, k := range []rune{scanner.Ident, scanner.Int, scanner.Float, scanner.String, scanner.Char, '=', ';'} {
		fmt.Printf("%s=%d ", scanner.TokenString(k), counts[k])
	}
	fmt.Println()

	var s2 scanner.Scanner
	s2.Init(strings.NewReader("a + b\n  c"))
	s2.Mode ^= scanner.SkipComments
	for tok := s2.Scan(); tok != scanner.EOF; tok = s2.Scan() {
		fmt.Printf("%s %q line=%d col=%d\n", s2.Position, s2.TokenText(), s2.Line, s2.Column)
	}
}
