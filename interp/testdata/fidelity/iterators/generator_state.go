package main

import (
	"fmt"
	"iter"
	"strings"
)

type Token struct {
	Kind string
	Text string
}

// Tokens lexes a tiny expression language lazily.
func Tokens(src string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		i := 0
		for i < len(src) {
			c := src[i]
			switch {
			case c == ' ':
				i++
				continue
			case c >= '0' && c <= '9':
				j := i
				for j < len(src) && src[j] >= '0' && src[j] <= '9' {
					j++
				}
				if !yield(Token{"NUM", src[i:j]}) {
					return
				}
				i = j
				continue
			case c >= 'a' && c <= 'z':
				j := i
				for j < len(src) && src[j] >= 'a' && src[j] <= 'z' {
					j++
				}
				if !yield(Token{"IDENT", src[i:j]}) {
					return
				}
				i = j
				continue
			case strings.ContainsRune("+-*/()=", rune(c)):
				if !yield(Token{"OP", string(c)}) {
					return
				}
			default:
				yield(Token{"ERROR", fmt.Sprintf("unexpected %q at %d", c, i)})
				return
			}
			i++
		}
	}
}

func Counter() (iter.Seq[int], func()) {
	n := 0
	stopped := false
	seq := func(yield func(int) bool) {
		for !stopped {
			n++
			if !yield(n) {
				return
			}
		}
	}
	return seq, func() { stopped = true }
}

func main() {
	for _, src := range []string{"x = 12 + y*3", "(a+b)/2", "1 $ 2"} {
		fmt.Printf("%q:\n", src)
		for t := range Tokens(src) {
			fmt.Printf("  %-5s %s\n", t.Kind, t.Text)
		}
	}
	var idents []string
	for t := range Tokens("alpha + beta - gamma * 4") {
		if t.Kind == "IDENT" {
			idents = append(idents, t.Text)
		}
		if len(idents) == 2 {
			break
		}
	}
	fmt.Println(idents)

	seq, stop := Counter()
	for v := range seq {
		fmt.Print(v, " ")
		if v == 3 {
			stop()
		}
	}
	fmt.Println()
	for v := range seq {
		fmt.Println("after stop got", v)
	}
}
