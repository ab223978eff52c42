package interp

import (
	"go/scanner"
	"go/token"
)

// asStatements makes yaegi read a statement chunk as statements when its
// first token is func (a function literal called at once, as in
// func() { ... }(), which is also the shape the session gives some of the
// cell's statements).
//
// yaegi takes a source starting with func for declarations; when that does
// not parse, it retries the source as the body of a func main, but keeps
// the whole file: the chunk becomes the program's main function, which
// runs at once and again at every later evaluation (a withdrawal made
// twice, the second time in the next cell). A leading ";" makes yaegi
// read the chunk as statements from the start. It goes on the first line,
// which holds nothing of the cell, so positions do not move.
func asStatements(src string) string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	if _, tok, _ := s.Scan(); tok != token.FUNC {
		return src
	}
	return ";" + src
}
