package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Token struct {
	Kind string
	Text string
}

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
				if !yield(Token{"NUM", src[i:j]}) {
					return
				}
				i = j
			case strings.ContainsRune("+-*/()", rune(c)):
				if !yield(Token{"OP", string(c)}) {
					return
				}
				i++
			default:
				j := i
				for j < len(src) && src[j] != ' ' && !strings.ContainsRune("+-*/()", rune(src[j])) {
					j++
				}
				if !yield(Token{"IDENT", src[i:j]}) {
					return
				}
				i = j
			}
		}
	}
}

func Window[T any](seq iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		var buf []T
		for v := range seq {
			buf = append(buf, v)
			if len(buf) > n {
				buf = buf[1:]
			}
			if len(buf) == n && !yield(slices.Clone(buf)) {
				return
			}
		}
	}
}

func Count[T any](seq iter.Seq[T]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

func main() {
	src := "x1 + 42*(y - 7) / total"
	for t := range Tokens(src) {
		fmt.Printf("%-5s %q\n", t.Kind, t.Text)
	}
	fmt.Println("tokens:", Count(Tokens(src)))
	for w := range Window(Tokens("a b c d"), 2) {
		fmt.Print(w[0].Text, w[1].Text, " ")
	}
	fmt.Println()
	var ops []string
	for t := range Tokens(src) {
		if t.Kind == "OP" {
			ops = append(ops, t.Text)
		}
		if t.Text == "7" {
			break
		}
	}
	fmt.Println(ops)
	nums := slices.Collect(func(yield func(int) bool) {
		for t := range Tokens("1 2 3 x 4") {
			if t.Kind != "NUM" {
				return
			}
			if !yield(int(t.Text[0] - '0')) {
				return
			}
		}
	})
	fmt.Println(nums, len(nums))
	for w := range Window(slices.Values([]int{1, 2, 3, 4, 5}), 3) {
		fmt.Print(w, " ")
	}
	fmt.Println()
}
