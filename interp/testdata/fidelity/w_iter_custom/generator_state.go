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

func (t Token) String() string { return t.Kind + ":" + t.Text }

func Tokens(src string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
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
				if !yield(Token{"num", src[i:j]}) {
					return
				}
				i = j
			case strings.ContainsRune("+-*/()", rune(c)):
				if !yield(Token{"op", string(c)}) {
					return
				}
				i++
			default:
				j := i
				for j < len(src) && (src[j] >= 'a' && src[j] <= 'z') {
					j++
				}
				if j == i {
					j++
				}
				if !yield(Token{"ident", src[i:j]}) {
					return
				}
				i = j
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Counter(start int) (iter.Seq[int], func() int) {
	n := start
	seen := 0
	return func(yield func(int) bool) {
			for {
				seen++
				if !yield(n) {
					return
				}
				n++
			}
		}, func() int {
			return seen
		}
}

func main() {
	var toks []Token
	for t := range Tokens("12 + foo*(3 - bar) / 4?") {
		toks = append(toks, t)
	}
	fmt.Println(toks)
	fmt.Printf("%v %+v %q\n", toks[0], toks[1], toks[2])
	kinds := map[string]int{}
	for t := range Tokens("a+b+1+22") {
		kinds[t.Kind]++
	}
	fmt.Println(kinds)
	var fibs []int
	for f := range Fib() {
		if f > 100 {
			break
		}
		fibs = append(fibs, f)
	}
	fmt.Println(fibs)
	seq, seen := Counter(10)
	for v := range seq {
		if v == 13 {
			break
		}
	}
	for v := range seq {
		fmt.Println("resumed at", v)
		break
	}
	fmt.Println("seen", seen())
}
