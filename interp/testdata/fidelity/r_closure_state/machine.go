package main

import (
	"fmt"
	"strings"
)

type stateFn func(*lexer) stateFn

type token struct {
	kind, text string
}

type lexer struct {
	input  string
	start  int
	pos    int
	tokens []token
}

func (l *lexer) emit(kind string) {
	l.tokens = append(l.tokens, token{kind, l.input[l.start:l.pos]})
	l.start = l.pos
}

func (l *lexer) peek() byte {
	if l.pos >= len(l.input) {
		return 0
	}
	return l.input[l.pos]
}

func lexAny(l *lexer) stateFn {
	switch c := l.peek(); {
	case c == 0:
		return nil
	case c == ' ':
		l.pos++
		l.start = l.pos
		return lexAny
	case c >= '0' && c <= '9':
		return lexNumber
	case strings.IndexByte("+-*/()", c) >= 0:
		l.pos++
		l.emit("op")
		return lexAny
	default:
		return lexIdent
	}
}

func lexNumber(l *lexer) stateFn {
	for c := l.peek(); c >= '0' && c <= '9' || c == '.'; c = l.peek() {
		l.pos++
	}
	l.emit("num")
	return lexAny
}

func lexIdent(l *lexer) stateFn {
	for c := l.peek(); c != 0 && c != ' ' && strings.IndexByte("+-*/()", c) < 0; c = l.peek() {
		l.pos++
	}
	l.emit("ident")
	return lexAny
}

func lex(s string) []token {
	l := &lexer{input: s}
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
	}
	return l.tokens
}

func main() {
	for _, in := range []string{"x + 42*(y - 3.5)", "foo(bar)", ""} {
		toks := lex(in)
		var parts []string
		for _, t := range toks {
			parts = append(parts, t.kind+":"+t.text)
		}
		fmt.Printf("%q -> %d %v\n", in, len(toks), parts)
	}
	fmt.Printf("%v\n", lex("a+b")[1])
	fmt.Printf("%+v\n", lex("7")[0])
}
