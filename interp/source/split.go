package source

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strconv"
	"strings"
)

// A Cell is a cell's source split into chunks, evaluated in order, with
// what the split learnt of the cell as a whole.
type Cell struct {
	Chunks  []Chunk
	Imports []string // import paths, in order
	// Program is true when the cell is a whole program (package clause).
	Program bool
	// DeclaresMain is true when the cell declares func main.
	DeclaresMain bool
}

// piece is a top-level declaration or statement: bytes [start, end) of
// the cell.
type piece struct {
	kind       Kind
	start, end int
}

// Split cuts src into top-level chunks using Go's scanner: a chunk ends at
// a semicolon (explicit or automatic) outside any bracket, and consecutive
// declarations of the same kind are merged. Declarations must be
// evaluated apart from statements because yaegi decides from a source's
// first token whether it is a file of declarations or a function body.
func Split(src string) (*Cell, error) {
	c := &Cell{}
	pieces, program, gotos, err := scanPieces(src)
	if err != nil {
		return nil, err
	}
	c.Program = program
	for _, p := range pieces {
		text := src[p.start:p.end]
		if p.kind == Import {
			paths, err := importPaths(text)
			if err != nil {
				return nil, err
			}
			c.Imports = append(c.Imports, paths...)
		}
		if p.kind == Decl && strings.HasPrefix(text, "func") && funcName(text) == MainName {
			c.DeclaresMain = true
		}
	}
	for _, p := range merge(pieces, gotos, src) {
		line, col := LineCol(src, p.start)
		c.Chunks = append(c.Chunks, Chunk{Kind: p.kind, Src: src[p.start:p.end], Line: line, Col: col})
	}
	return c, nil
}

// splitter is the state of scanPieces: where the current piece started,
// its first two tokens, and the brackets open around the scanner.
type splitter struct {
	src           string
	pieces        []piece
	program       bool
	gotos         bool // a goto and its label must be in one chunk
	depth         int
	header        bool // in the header of an if, for, switch or select
	litBraces     int  // braces a header's func, struct or interface literal opens at depth 0
	start, ntok   int
	first, second token.Token
}

// scanPieces returns the top-level pieces of src, and whether it has a
// package clause (which is dropped).
func scanPieces(src string) ([]piece, bool, bool, error) {
	fset := token.NewFileSet()
	file := fset.AddFile("cell.go", -1, len(src))
	var s scanner.Scanner
	var errs scanner.ErrorList
	s.Init(file, []byte(src), func(pos token.Position, msg string) { errs.Add(pos, msg) }, 0)
	sp := &splitter{src: src, start: -1}
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			sp.finish(len(src))
			break
		}
		sp.token(file.Offset(pos), tok, lit)
	}
	if len(errs) > 0 {
		return nil, false, false, errs
	}
	return sp.pieces, sp.program, sp.gotos, nil
}

// token takes the token tok at offset off.
func (sp *splitter) token(off int, tok token.Token, lit string) {
	if tok == token.COMMENT {
		return
	}
	if sp.start < 0 {
		if tok == token.SEMICOLON {
			return
		}
		sp.start, sp.first, sp.ntok = off, tok, 0
	}
	sp.ntok++
	sp.gotos = sp.gotos || tok == token.GOTO
	if sp.ntok == 2 {
		sp.second = tok
	}
	switch tok {
	case token.IF, token.FOR, token.SWITCH, token.SELECT:
		// Semicolons in the header (for i := 0; i < n; i++) do not
		// end the statement; the body's brace ends the header.
		if sp.depth == 0 {
			sp.header, sp.litBraces = true, 0
		}
	case token.FUNC, token.STRUCT, token.INTERFACE:
		if sp.depth == 0 && sp.header {
			sp.litBraces++
		}
	case token.LBRACE:
		switch {
		case sp.depth == 0 && sp.header && sp.litBraces > 0:
			// The body of a func literal (if v := func() int {...}(); v > 0),
			// or a struct or interface type: the header goes on.
			sp.litBraces--
		case sp.depth == 0:
			sp.header = false
		}
		sp.depth++
	case token.LPAREN, token.LBRACK:
		sp.depth++
	case token.RPAREN, token.RBRACE, token.RBRACK:
		sp.depth--
	case token.SEMICOLON:
		if sp.depth == 0 && !sp.header {
			end := off
			if lit == ";" {
				end = off + 1
			}
			sp.finish(end)
		}
	}
}

// finish ends the current piece at end.
func (sp *splitter) finish(end int) {
	if sp.start < 0 {
		return
	}
	start := sp.start
	sp.start = -1
	if sp.first == token.PACKAGE {
		sp.program = true
		return
	}
	for end > start && strings.ContainsRune(" \t\r\n", rune(sp.src[end-1])) {
		end--
	}
	sp.pieces = append(sp.pieces, piece{sp.kind(start, end), start, end})
}

// kind tells the kind of the piece [start, end) from its first tokens.
func (sp *splitter) kind(start, end int) Kind {
	switch sp.first {
	case token.IMPORT:
		return Import
	case token.TYPE, token.VAR, token.CONST:
		return Decl
	case token.FUNC:
		// func name(...) or func (recv) name(...) is a declaration;
		// func(...) {...}() is a statement.
		if sp.second == token.IDENT || sp.second == token.LPAREN && isMethodDecl(sp.src[start:end]) {
			return Decl
		}
	}
	return Stmt
}

// merge joins consecutive declaration pieces of one kind. Statements stay
// one per chunk, so that a runtime panic is pinned to its statement,
// unless the cell has a goto: a goto and its label must be in one chunk.
func merge(pieces []piece, gotos bool, src string) []piece {
	var merged []piece
	afterGo := false // the last piece is a go statement
	for _, p := range pieces {
		if n := len(merged); n > 0 && merged[n-1].kind == p.kind && (p.kind != Stmt || gotos || afterGo) {
			merged[n-1].end = p.end
		} else {
			merged = append(merged, p)
		}
		afterGo = p.kind == Stmt && goStmt(src[p.start:p.end])
	}
	return merged
}

// goStmt reports whether the statement text is a go statement. The
// statement after it joins its chunk: Go runs the goroutine started last
// first when the starting goroutine blocks, and a chunk boundary between
// them (the next chunk is rewritten and compiled meanwhile) let the first
// goroutine run first: x, y := <-c, <-c after two go statements got the
// results the other way round.
func goStmt(text string) bool {
	t := strings.TrimLeft(text, " \t\r\n")
	return strings.HasPrefix(t, "go ") || strings.HasPrefix(t, "go\t")
}

// isMethodDecl reports whether src, starting with "func (", is a method
// declaration rather than a function literal.
func isMethodDecl(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", declPrefix+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) == 0 {
		return false
	}
	fd, ok := f.Decls[0].(*ast.FuncDecl)
	return ok && fd.Recv != nil
}

// funcName is the name of the function src declares ("" for a method).
func funcName(src string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "", declPrefix+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) == 0 {
		return ""
	}
	if fd, ok := f.Decls[0].(*ast.FuncDecl); ok && fd.Recv == nil {
		return fd.Name.Name
	}
	return ""
}

func importPaths(src string) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "", declPrefix+src, parser.ImportsOnly)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, s := range f.Imports {
		p, _ := strconv.Unquote(s.Path.Value)
		out = append(out, p)
	}
	return out, nil
}

// LineCol is the 1-based line and column of byte off in src.
func LineCol(src string, off int) (line, col int) {
	line = 1 + strings.Count(src[:off], "\n")
	col = off - strings.LastIndex(src[:off], "\n")
	return line, col
}

// ImportSpecs returns the import specs of src as they are written in an
// import block: `"fmt"` or `m "math"`.
func ImportSpecs(src string) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "", declPrefix+src, parser.ImportsOnly)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, s := range f.Imports {
		spec := s.Path.Value
		if s.Name != nil {
			spec = s.Name.Name + " " + spec
		}
		out = append(out, spec)
	}
	return out, nil
}

// MainName replaces a cell's main: yaegi runs a function named main after
// every later evaluation of statements, so a cell's own main must have
// another name. Tracebacks map it back.
const MainName = "gopadMain"

// RenameMain replaces the identifier main (not in strings or comments) by
// MainName.
func RenameMain(src string) string {
	if !strings.Contains(src, "main") {
		return src
	}
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), nil, 0)
	var b strings.Builder
	last := 0
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.IDENT && lit == "main" {
			off := file.Offset(pos)
			b.WriteString(src[last:off])
			b.WriteString(MainName)
			last = off + len(lit)
		}
	}
	b.WriteString(src[last:])
	return b.String()
}
