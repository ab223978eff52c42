package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Ident string
type Number int
type Punct rune

func lex(src string) []any {
	var toks []any
	for _, f := range strings.Fields(src) {
		switch {
		case unicode.IsDigit(rune(f[0])):
			n := 0
			for _, c := range f {
				n = n*10 + int(c-'0')
			}
			toks = append(toks, Number(n))
		case unicode.IsLetter(rune(f[0])):
			toks = append(toks, Ident(f))
		default:
			toks = append(toks, Punct(f[0]))
		}
	}
	return toks
}

func main() {
	counts := map[any]int{}
	for _, t := range lex("x = y + 1 ; y = x * 2 + 1 ; z = ( x + y ) * 1") {
		counts[t]++
	}
	fmt.Println(len(counts), "distinct tokens")
	fmt.Println("x:", counts[Ident("x")], "1:", counts[Number(1)], "+:", counts[Punct('+')])
	fmt.Println("string x:", counts["x"], "int 1:", counts[1])
	type row struct {
		kind, text string
		n          int
	}
	var rows []row
	for k, n := range counts {
		switch v := k.(type) {
		case Ident:
			rows = append(rows, row{"ident", string(v), n})
		case Number:
			rows = append(rows, row{"number", fmt.Sprint(int(v)), n})
		case Punct:
			rows = append(rows, row{"punct", string(v), n})
		default:
			rows = append(rows, row{"?", fmt.Sprint(v), n})
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].kind != rows[j].kind {
			return rows[i].kind < rows[j].kind
		}
		return rows[i].text < rows[j].text
	})
	for _, r := range rows {
		fmt.Printf("%-6s %-2s %d\n", r.kind, r.text, r.n)
	}
}
