package main

import (
	"fmt"
	"strings"
)

// A lexer's tokens kept as a linked list of value nodes in an interface.
type Kind int

const (
	Ident Kind = iota
	Number
	Punct
)

func (k Kind) String() string {
	switch k {
	case Ident:
		return "IDENT"
	case Number:
		return "NUM"
	}
	return "PUNCT"
}

type Seq interface{ Empty() bool }

type End struct{}
type Tok struct {
	Kind Kind
	Text string
	Next Seq
}

func (End) Empty() bool { return true }
func (Tok) Empty() bool { return false }

func lex(s string) Seq {
	var out Seq = End{}
	fields := strings.Fields(s)
	for i := len(fields) - 1; i >= 0; i-- {
		f := fields[i]
		k := Ident
		if f[0] >= '0' && f[0] <= '9' {
			k = Number
		} else if len(f) == 1 && strings.Contains("=+-*/();", f) {
			k = Punct
		}
		out = Tok{k, f, out}
	}
	return out
}

func main() {
	toks := lex("x = 4 + y * 2 ;")
	fmt.Println(toks)
	fmt.Printf("%+v\n", lex("a = 1"))
	n := 0
	for t := toks; !t.Empty(); t = t.(Tok).Next {
		n++
	}
	fmt.Println(n, "tokens")
}
