// Token kinds as empty structs and named arrays, a lexer returning any.
package main

import (
	"fmt"
	"unicode"
)

type LParen struct{}
type RParen struct{}
type EOF struct{}
type Word []rune
type Pos [2]int

func lex(s string) []any {
	var out []any
	rs := []rune(s)
	for i := 0; i < len(rs); {
		switch {
		case rs[i] == '(':
			out = append(out, LParen{})
			i++
		case rs[i] == ')':
			out = append(out, RParen{})
			i++
		case unicode.IsSpace(rs[i]):
			i++
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != '(' && rs[j] != ')' {
				j++
			}
			out = append(out, Word(rs[i:j]), Pos{i, j})
			i = j
		}
	}
	return append(out, EOF{})
}

func main() {
	depth := 0
	for _, tok := range lex("(add (mul x y) z)") {
		switch t := tok.(type) {
		case LParen:
			depth++
			fmt.Println("open", depth)
		case RParen:
			fmt.Println("close", depth)
			depth--
		case Word:
			fmt.Printf("word %q at depth %d\n", string(t), depth)
		case Pos:
			fmt.Printf("  span %d..%d\n", t[0], t[1])
		case EOF:
			fmt.Println("eof")
		}
	}
	toks := lex("a")
	fmt.Printf("%T %T %T\n", toks[0], toks[1], toks[2])
	fmt.Println(toks[2] == EOF{}, toks[2] == any(LParen{}))
	counts := map[any]int{}
	for _, t := range lex("(()) x") {
		if _, isWord := t.(Word); isWord {
			continue // a slice is no map key
		}
		counts[t]++
	}
	fmt.Println(counts[LParen{}], counts[RParen{}], counts[EOF{}], counts[Pos{5, 6}], len(counts))
}
