package main

import (
	"fmt"
	"strings"
	"unicode"
)

type itemType int

const (
	itemError itemType = iota
	itemIdent
	itemNumber
	itemOp
	itemEOF
)

func (t itemType) String() string {
	return [...]string{"error", "ident", "number", "op", "eof"}[t]
}

type item struct {
	typ itemType
	val string
}

// stateFn represents the state of the scanner as a function that returns the next state.
type stateFn func(*lexer) stateFn

type lexer struct {
	input string
	start int
	pos   int
	items []item
}

func (l *lexer) emit(t itemType) {
	l.items = append(l.items, item{t, l.input[l.start:l.pos]})
	l.start = l.pos
}

func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		return 0
	}
	r := rune(l.input[l.pos])
	l.pos++
	return r
}

func (l *lexer) backup() { l.pos-- }

func (l *lexer) ignore() { l.start = l.pos }

func lexAny(l *lexer) stateFn {
	for {
		r := l.next()
		switch {
		case r == 0:
			l.emit(itemEOF)
			return nil
		case r == ' ':
			l.ignore()
		case unicode.IsLetter(r):
			l.backup()
			return lexIdent
		case unicode.IsDigit(r):
			l.backup()
			return lexNumber
		case strings.ContainsRune("+-*/=()", r):
			l.emit(itemOp)
		default:
			l.items = append(l.items, item{itemError, fmt.Sprintf("bad rune %q at %d", r, l.pos-1)})
			return nil
		}
	}
}

func lexIdent(l *lexer) stateFn {
	for {
		r := l.next()
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if r != 0 {
				l.backup()
			}
			break
		}
	}
	l.emit(itemIdent)
	return lexAny
}

func lexNumber(l *lexer) stateFn {
	for unicode.IsDigit(l.next()) {
	}
	l.backup()
	if l.pos < len(l.input) && l.input[l.pos] == '.' {
		l.pos++
		for unicode.IsDigit(l.next()) {
		}
		l.backup()
	}
	l.emit(itemNumber)
	return lexAny
}

func lex(input string) []item {
	l := &lexer{input: input}
	steps := 0
	for state := lexAny; state != nil; {
		state = state(l)
		steps++
	}
	fmt.Printf("%q: %d states\n", input, steps)
	return l.items
}

func main() {
	for _, src := range []string{"x1 = 3.25 * (y + 42)", "total=a+b", "bad $ here"} {
		for _, it := range lex(src) {
			fmt.Printf("  %-6v %q\n", it.typ, it.val)
		}
	}

	var s stateFn = lexIdent
	fmt.Printf("%T %v\n", s, s == nil)
	s = nil
	fmt.Printf("%T %v\n", s, s == nil)
}
