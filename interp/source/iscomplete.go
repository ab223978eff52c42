package source

import (
	"go/scanner"
	"go/token"
	"strings"
)

// IsComplete tells whether code is ready to run, from Go's own scanner and
// parser: open brackets, an unterminated raw string or a trailing operator
// mean "incomplete"; a scanner error means "invalid".
func IsComplete(code string) (status, indent string) {
	if strings.TrimSpace(code) == "" {
		return "complete", ""
	}
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(code))
	var s scanner.Scanner
	bad := false
	rawOpen := false
	s.Init(file, []byte(code), func(_ token.Position, msg string) {
		if strings.Contains(msg, "raw string literal not terminated") || strings.Contains(msg, "comment not terminated") {
			rawOpen = true
			return
		}
		bad = true
	}, scanner.ScanComments)
	var stack []token.Token
	var last token.Token
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LPAREN, token.LBRACE, token.LBRACK:
			stack = append(stack, tok)
		case token.RPAREN, token.RBRACE, token.RBRACK:
			if len(stack) == 0 || !matches(stack[len(stack)-1], tok) {
				return "invalid", ""
			}
			stack = stack[:len(stack)-1]
		case token.COMMENT:
			continue
		}
		if tok == token.SEMICOLON && lit == "\n" {
			continue
		}
		last = tok
	}
	if rawOpen {
		return "incomplete", ""
	}
	if bad {
		return "invalid", ""
	}
	if len(stack) > 0 {
		return "incomplete", strings.Repeat("\t", len(stack))
	}
	if continues(last) {
		return "incomplete", "\t"
	}
	// A cell that ends inside a block is handled above; anything else the
	// parser may still reject is for Execute to report.
	return "complete", ""
}

func matches(open, close token.Token) bool {
	return open == token.LPAREN && close == token.RPAREN ||
		open == token.LBRACE && close == token.RBRACE ||
		open == token.LBRACK && close == token.RBRACK
}

// continues reports whether a line ending in tok must go on (a binary
// operator, a comma, a dot, an assignment).
func continues(tok token.Token) bool {
	switch tok {
	case token.COMMA, token.PERIOD, token.ASSIGN, token.DEFINE, token.ARROW,
		token.LAND, token.LOR, token.COLON:
		return true
	}
	return tok.IsOperator() && tok.Precedence() > 0
}
