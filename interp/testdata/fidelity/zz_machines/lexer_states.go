package main

import (
	"fmt"
	"strings"
	"unicode"
)

type TokKind int

const (
	TIdent TokKind = iota
	TNumber
	TString
	TPunct
	TError
)

var kindName = map[TokKind]string{TIdent: "IDENT", TNumber: "NUMBER", TString: "STRING", TPunct: "PUNCT", TError: "ERROR"}

func (k TokKind) String() string { return kindName[k] }

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%q)@%d", t.Kind, t.Text, t.Pos) }

type stateFn func(*lexer) stateFn

type lexer struct {
	src    []rune
	start  int
	pos    int
	tokens []Token
}

func (l *lexer) next() rune {
	if l.pos >= len(l.src) {
		l.pos++
		return 0
	}
	r := l.src[l.pos]
	l.pos++
	return r
}
func (l *lexer) backup() { l.pos-- }
func (l *lexer) emit(k TokKind) {
	l.tokens = append(l.tokens, Token{k, string(l.src[l.start:l.pos]), l.start})
	l.start = l.pos
}
func (l *lexer) errorf(format string, args ...any) stateFn {
	l.tokens = append(l.tokens, Token{TError, fmt.Sprintf(format, args...), l.start})
	return nil
}

func lexAny(l *lexer) stateFn {
	r := l.next()
	switch {
	case r == 0:
		return nil
	case unicode.IsSpace(r):
		l.start = l.pos
		return lexAny
	case unicode.IsLetter(r) || r == '_':
		return lexIdent
	case unicode.IsDigit(r):
		return lexNumber
	case r == '"':
		return lexString
	case strings.ContainsRune("(){},;=+-*/<>!", r):
		l.emit(TPunct)
		return lexAny
	}
	return l.errorf("unexpected %q", r)
}

func lexIdent(l *lexer) stateFn {
	for r := l.next(); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'; r = l.next() {
	}
	l.backup()
	l.emit(TIdent)
	return lexAny
}

func lexNumber(l *lexer) stateFn {
	dot := false
	for {
		r := l.next()
		if r == '.' && !dot {
			dot = true
			continue
		}
		if !unicode.IsDigit(r) {
			break
		}
	}
	l.backup()
	l.emit(TNumber)
	return lexAny
}

func lexString(l *lexer) stateFn {
	for {
		switch l.next() {
		case '\\':
			l.next()
		case '"':
			l.emit(TString)
			return lexAny
		case 0:
			return l.errorf("unterminated string")
		}
	}
}

func Lex(s string) []Token {
	l := &lexer{src: []rune(s)}
	for st := stateFn(lexAny); st != nil; {
		st = st(l)
	}
	return l.tokens
}

func main() {
	for _, src := range []string{
		`let x = 3.14 * (r + 2);`,
		`print("héllo, \"wörld\"", n1_2)`,
		`if a <= 10 { b = a }`,
		`name = "oops`,
		`total = 5 $ 3`,
	} {
		toks := Lex(src)
		counts := map[TokKind]int{}
		for _, t := range toks {
			counts[t.Kind]++
		}
		fmt.Println(src)
		fmt.Println("  ", toks)
		fmt.Printf("   idents=%d numbers=%d strings=%d punct=%d errors=%d\n",
			counts[TIdent], counts[TNumber], counts[TString], counts[TPunct], counts[TError])
	}
}
