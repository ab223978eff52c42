package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Token struct {
	Kind string
	Text string
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{"NUM", src[i:j]})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && unicode.IsLetter(rune(src[j])) {
				j++
			}
			toks = append(toks, Token{"IDENT", src[i:j]})
			i = j
		case strings.ContainsRune("+-*/()=", c):
			toks = append(toks, Token{"OP", string(c)})
			i++
		default:
			return toks, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

func main() {
	toks, err := tokenize("area = 3.14 * (r * r) + 2")
	fmt.Println(err)

	for _, t := range toks {
		fmt.Printf("%s:%s ", t.Kind, strconv.Quote(t.Text))
	}
	fmt.Println()

	_, err = tokenize("x = 5 $ 3")
	fmt.Println(err)
}
