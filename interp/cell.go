package interp

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/gopad/gopad/interp/typeinfo"
)

// chunkKind says how a piece of a cell is evaluated.
type chunkKind int

const (
	declChunk   chunkKind = iota // import, type, func, var, const
	stmtChunk                    // statements, run as the body of a function
	importChunk                  // one or more import declarations
)

// chunk is a run of top-level declarations or statements of a cell.
type chunk struct {
	kind chunkKind
	src  string
	line int // 1-based line in the cell where src starts
	col  int // 1-based column in that line
}

// cell is a cell split into chunks, evaluated in order.
type cell struct {
	chunks  []chunk
	imports []string // import paths, in order
	// program is true when the cell is a whole program (package clause).
	program bool
	// declaresMain is true when the cell declares func main.
	declaresMain bool
}

// splitCell cuts src into top-level chunks using Go's scanner: a chunk ends
// at a semicolon (explicit or automatic) outside any bracket, and consecutive
// chunks of the same kind are merged. Declarations must be evaluated apart
// from statements because yaegi decides from a source's first token whether
// it is a file of declarations or a function body.
func splitCell(src string) (*cell, error) {
	fset := token.NewFileSet()
	file := fset.AddFile("cell.go", -1, len(src))
	var s scanner.Scanner
	var errs scanner.ErrorList
	s.Init(file, []byte(src), func(pos token.Position, msg string) { errs.Add(pos, msg) }, 0)

	c := &cell{}
	type piece struct {
		kind       chunkKind
		start, end int
	}
	var pieces []piece
	depth := 0
	header := false
	start := -1
	var first token.Token
	var second token.Token
	ntok := 0
	hasGoto := false // a goto and its label must be in one chunk
	finish := func(end int) {
		if start < 0 {
			return
		}
		k := stmtChunk
		switch first {
		case token.IMPORT:
			k = importChunk
		case token.TYPE, token.VAR, token.CONST:
			k = declChunk
		case token.FUNC:
			// func name(...) or func (recv) name(...) is a declaration;
			// func(...) {...}() is a statement.
			if second == token.IDENT {
				k = declChunk
			} else if second == token.LPAREN && isMethodDecl(src[start:end]) {
				k = declChunk
			}
		}
		if first == token.PACKAGE {
			c.program = true
			start = -1
			return
		}
		for end > start && strings.ContainsRune(" \t\r\n", rune(src[end-1])) {
			end--
		}
		pieces = append(pieces, piece{k, start, end})
		start = -1
	}
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			finish(len(src))
			break
		}
		off := file.Offset(pos)
		if tok == token.COMMENT {
			continue
		}
		if start < 0 {
			if tok == token.SEMICOLON {
				continue
			}
			start, first, ntok = off, tok, 0
		}
		ntok++
		if ntok == 2 {
			second = tok
		}
		hasGoto = hasGoto || tok == token.GOTO
		switch tok {
		case token.IF, token.FOR, token.SWITCH, token.SELECT:
			// Semicolons in the header (for i := 0; i < n; i++) do not
			// end the statement; the body's brace ends the header.
			if depth == 0 {
				header = true
			}
		case token.LBRACE:
			if depth == 0 {
				header = false
			}
			depth++
		case token.LPAREN, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
		case token.SEMICOLON:
			if depth == 0 && !header {
				end := off
				if lit == ";" {
					end = off + 1
				}
				finish(end)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	var merged []piece
	for _, p := range pieces {
		// Statements stay one per chunk, so that a runtime panic is
		// pinned to its statement.
		if n := len(merged); n > 0 && merged[n-1].kind == p.kind && (p.kind != stmtChunk || hasGoto) {
			merged[n-1].end = p.end
			continue
		}
		merged = append(merged, p)
	}
	for _, p := range pieces {
		text := src[p.start:p.end]
		if p.kind == importChunk {
			paths, err := importPaths(text)
			if err != nil {
				return nil, err
			}
			c.imports = append(c.imports, paths...)
		}
		if p.kind == declChunk && strings.HasPrefix(text, "func") && funcName(text) == mainName {
			c.declaresMain = true
		}
	}
	for _, p := range merged {
		line, col := lineCol(src, p.start)
		c.chunks = append(c.chunks, chunk{kind: p.kind, src: src[p.start:p.end], line: line, col: col})
	}
	return c, nil
}

// isMethodDecl reports whether src, starting with "func (", is a method
// declaration rather than a function literal.
func isMethodDecl(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) == 0 {
		return false
	}
	fd, ok := f.Decls[0].(*ast.FuncDecl)
	return ok && fd.Recv != nil
}

func funcName(src string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) == 0 {
		return ""
	}
	if fd, ok := f.Decls[0].(*ast.FuncDecl); ok && fd.Recv == nil {
		return fd.Name.Name
	}
	return ""
}

func importPaths(src string) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.ImportsOnly)
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

func lineCol(src string, off int) (line, col int) {
	line = 1 + strings.Count(src[:off], "\n")
	col = off - strings.LastIndex(src[:off], "\n")
	return line, col
}

// stmtPrefix and stmtSuffix wrap a statement chunk into a file, as the
// body of a function.
const (
	stmtPrefix = "package p\nfunc _() {\n"
	stmtSuffix = "\n}"
)

// stmtFile is a statement chunk parsed as the body of a function.
type stmtFile struct {
	src  string
	fset *token.FileSet
	f    *ast.File
	err  error
}

// lastStmtFiles are the last two chunks parseStmtChunk parsed, the latest
// first.
var lastStmtFiles atomic.Pointer[[2]*stmtFile]

// parseStmtChunk parses stmtPrefix+src+stmtSuffix (positions are offsets
// in that text). A chunk's checks and rewrites parse the same statements
// one after another, as the cell wrote them and as the rewrites left them,
// so the last two parses are kept for the next: their ASTs are shared and
// must not be changed.
func parseStmtChunk(src string) (*ast.File, *token.FileSet, error) {
	last := lastStmtFiles.Load()
	if last != nil {
		for _, p := range last {
			if p != nil && p.src == src {
				return p.f, p.fset, p.err
			}
		}
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", stmtPrefix+src+stmtSuffix, parser.SkipObjectResolution)
	next := [2]*stmtFile{{src: src, fset: fset, f: f, err: err}}
	if last != nil {
		next[1] = last[0]
	}
	lastStmtFiles.Store(&next)
	return f, fset, err
}

// lastExprStmt returns the expression of src's last statement when that
// statement is an expression statement (nil otherwise).
func lastExprStmt(src string) ast.Expr {
	f, _, err := parseStmtChunk(src)
	if err != nil {
		return nil
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	if len(body) == 0 {
		return nil
	}
	if es, ok := body[len(body)-1].(*ast.ExprStmt); ok {
		return ast.Unparen(es.X)
	}
	return nil
}

// trailingCall reports whether src ends with a call expression.
func trailingCall(src string) bool {
	_, ok := lastExprStmt(src).(*ast.CallExpr)
	return ok
}

// trailingExpr reports whether the statements in src end with an expression
// statement whose value should be shown: not a call to a printing function,
// nor to a compiled function without results (yaegi then returns a stale
// value). resultless tells, for pkg.Name, whether it is such a function.
func trailingExpr(src string, resultless func(pkg, name string) bool) bool {
	x := lastExprStmt(src)
	if x == nil {
		return false
	}
	if id, ok := x.(*ast.Ident); ok && id.Name == "nil" {
		return false // yaegi returns a stale value for a bare nil
	}
	call, ok := x.(*ast.CallExpr)
	if !ok {
		return true
	}
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		switch fn.Name {
		case "print", "println", "panic", "close", "delete", "clear", "copy":
			return false
		}
	case *ast.SelectorExpr:
		if pkg, ok := fn.X.(*ast.Ident); ok {
			name := fn.Sel.Name
			if resultless != nil && resultless(pkg.Name, name) {
				return false
			}
			switch pkg.Name {
			case "fmt":
				if strings.HasPrefix(name, "Print") || strings.HasPrefix(name, "Fprint") {
					return false
				}
			case "log":
				return false
			}
		}
	}
	return true
}

// importSpecs returns the import specs of src as they are written in an
// import block: `"fmt"` or `m "math"`.
func importSpecs(src string) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.ImportsOnly)
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

// mainName replaces a cell's main: yaegi runs a function named main after
// every later evaluation of statements, so a cell's own main must have
// another name. Tracebacks map it back.
const mainName = "gopadMain"

// renameMain replaces the identifier main (not in strings or comments) by
// mainName.
func renameMain(src string) string {
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
			b.WriteString(mainName)
			last = off + len(lit)
		}
	}
	b.WriteString(src[last:])
	return b.String()
}

// pad is what stands before a chunk that starts at line and col of its
// cell, so that positions in the padded text are the cell's.
func pad(line, col int) string {
	return strings.Repeat("\n", line-1) + strings.Repeat(" ", col-1)
}

// syntaxError checks a chunk with Go's parser and returns its first error
// in the cell's coordinates (yaegi's wrapper would report an error at the end
// of a chunk on a line of its own).
func syntaxError(ch chunk) *scanner.Error {
	var err error
	var shift int // lines before the chunk's first
	switch ch.kind {
	case stmtChunk:
		_, _, err = parseStmtChunk(ch.src)
		shift = 2
	case declChunk:
		_, err = parser.ParseFile(token.NewFileSet(), "", "package p\n"+ch.src, parser.SkipObjectResolution)
		shift = 1
	default:
		return nil
	}
	var list scanner.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return nil
	}
	e := *list[0]
	e.Pos.Line -= shift
	if e.Pos.Line == 1 {
		e.Pos.Column += ch.col - 1
	}
	e.Pos.Line += ch.line - 1
	lastLine := ch.line + strings.Count(ch.src, "\n")
	if e.Pos.Line > lastLine {
		// At the end of the chunk: point just past its last character.
		e.Pos.Line = lastLine
		lines := strings.Split(ch.src, "\n")
		e.Pos.Column = len(lines[len(lines)-1]) + 1
		if len(lines) == 1 {
			e.Pos.Column += ch.col - 1
		}
		if strings.Contains(e.Msg, "found '}'") {
			e.Msg = "unexpected end of statement"
		}
	}
	return &e
}

// parseChunk parses a declaration chunk; off gives a position's offset in
// src.
func parseChunk(src string) (f *ast.File, off func(token.Pos) int, err error) {
	fset := token.NewFileSet()
	const prefix = "package p\n"
	f, err = parser.ParseFile(fset, "", prefix+src, parser.SkipObjectResolution)
	return f, func(p token.Pos) int { return fset.Position(p).Offset - len(prefix) }, err
}

// chunkNames returns the names f declares, at the top level and in any
// scope below it: a name there may not be what the session means by it.
func chunkNames(f *ast.File) map[string]bool {
	names := typeinfo.DeclaredNames(f)
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						names[id.Name] = true
					}
				}
			}
		case *ast.RangeStmt:
			// Assigned as well as declared: either way the loop sets them.
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok {
					names[id.Name] = true
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				names[id.Name] = true
			}
		case *ast.TypeSpec:
			names[n.Name.Name] = true
		case *ast.Field:
			for _, id := range n.Names {
				names[id.Name] = true
			}
		}
		return true
	})
	return names
}
