package interp

import (
	"go/scanner"
	"go/token"
)

// stmtMode keeps a statement chunk that starts with the keyword func (a
// call of a function literal, func() { ... }()) a statement for yaegi. yaegi
// takes a source whose first token is func for declarations: it runs such
// a chunk, and then again at every later evaluation. A leading semicolon
// keeps it in the body of its main; padded starts with a newline, so the
// positions in messages do not move.
func stmtMode(padded string) string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	src := []byte(padded)
	s.Init(fset.AddFile("", -1, len(src)), src, nil, scanner.ScanComments)
	for {
		_, tok, _ := s.Scan()
		switch tok {
		case token.COMMENT, token.SEMICOLON:
			continue
		case token.FUNC:
			return ";" + padded
		}
		return padded
	}
}
