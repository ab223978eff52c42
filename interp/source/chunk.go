// Package source holds what gopad knows of a cell's text before it runs:
// how a cell splits into chunks, a chunk's parse with the map from its
// parse back to the cell's own lines and columns, and the edits rewrites
// make to it. It knows nothing of the interpreter.
package source

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// Kind says how a chunk of a cell is evaluated.
type Kind int

const (
	Decl   Kind = iota // import, type, func, var, const declarations
	Stmt               // statements, run as the body of a function
	Import             // one or more import declarations
)

// A Chunk is a run of a cell's top-level declarations or statements.
type Chunk struct {
	Kind Kind
	Src  string
	Line int // 1-based line in the cell where Src starts
	Col  int // 1-based column of that line
}

// CellPos maps a byte offset in c.Src to the cell's line and column.
// Rewrites keep their edits on the lines they change, so the offsets of a
// rewritten chunk map to the lines of the cell as written.
func (c Chunk) CellPos(off int) (line, col int) {
	off = min(max(off, 0), len(c.Src))
	before := c.Src[:off]
	nl := strings.Count(before, "\n")
	if nl == 0 {
		return c.Line, c.Col + off
	}
	return c.Line + nl, off - strings.LastIndexByte(before, '\n')
}

// Statement chunks are parsed as the body of a function.
const (
	StmtPrefix = "package p\nfunc _() {\n"
	StmtSuffix = "\n}"
	declPrefix = "package p\n"
)

// prefixOf is the text a chunk of kind k is parsed after.
func prefixOf(k Kind) string {
	if k == Stmt {
		return StmtPrefix
	}
	return declPrefix
}

// A File is a chunk parsed as a Go file: statements are wrapped in a
// function, declarations follow a package clause.
type File struct {
	Chunk
	Fset   *token.FileSet
	AST    *ast.File
	Text   string // the parsed text
	Prefix int    // bytes of Text before the chunk's own
}

// Parse parses c. The AST may be shared by the passes that read it and must
// not be changed.
func Parse(c Chunk) (*File, error) {
	prefix, suffix := prefixOf(c.Kind), ""
	if c.Kind == Stmt {
		suffix = StmtSuffix
	}
	f := &File{Chunk: c, Fset: token.NewFileSet(), Text: prefix + c.Src + suffix, Prefix: len(prefix)}
	var err error
	f.AST, err = parser.ParseFile(f.Fset, "", f.Text, parser.SkipObjectResolution)
	return f, err
}

// Off is the offset in the chunk's source of a position in its parse.
func (f *File) Off(p token.Pos) int { return f.Fset.Position(p).Offset - f.Prefix }

// Code is the source text of n.
func (f *File) Code(n ast.Node) string {
	return f.Text[f.Fset.Position(n.Pos()).Offset:f.Fset.Position(n.End()).Offset]
}

// Body is a statement chunk's statements (nil for declarations).
func (f *File) Body() []ast.Stmt {
	if f.Kind != Stmt || len(f.AST.Decls) == 0 {
		return nil
	}
	fd, ok := f.AST.Decls[0].(*ast.FuncDecl)
	if !ok || fd.Body == nil {
		return nil
	}
	return fd.Body.List
}

// Last is a statement chunk's last statement (nil when there is none).
func (f *File) Last() ast.Stmt {
	b := f.Body()
	if len(b) == 0 {
		return nil
	}
	return b[len(b)-1]
}

// ParseStmts parses src as a statement chunk.
func ParseStmts(src string) (*File, error) { return Parse(Chunk{Kind: Stmt, Src: src}) }
