package source

import (
	"errors"
	"go/ast"
	"go/scanner"
	"go/token"
	"strings"
)

// LastExpr returns the expression of a statement chunk's last statement
// when that statement is an expression statement (nil otherwise, and for
// a chunk that does not parse).
func LastExpr(src string) ast.Expr { return (*Parses)(nil).LastExpr(src) }

// TrailingCall reports whether the statements src end with a call.
func TrailingCall(src string) bool { return (*Parses)(nil).TrailingCall(src) }

// TrailingExpr reports whether the statements in src end with an
// expression statement whose value should be shown: not a call to a
// printing function, nor to a compiled function without results (yaegi
// then returns a stale value). resultless tells, for pkg.Name, whether it
// is such a function.
func TrailingExpr(src string, resultless func(pkg, name string) bool) bool {
	return (*Parses)(nil).TrailingExpr(src, resultless)
}

// ShowsValue reports whether x, a chunk's last expression statement (nil
// when there is none), has a value to show; see TrailingExpr.
func ShowsValue(x ast.Expr, resultless func(pkg, name string) bool) bool {
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

// Pad is what stands before a chunk that starts at line and col of its
// cell, so that positions in the padded text are the cell's.
func Pad(line, col int) string {
	return strings.Repeat("\n", line-1) + strings.Repeat(" ", col-1)
}

// SyntaxError checks a chunk with Go's parser and returns its first error
// in the cell's coordinates (yaegi's wrapper would report an error at the
// end of a chunk on a line of its own).
func SyntaxError(ch Chunk) *scanner.Error { return (*Parses)(nil).SyntaxError(ch) }

// cellError is the first error of err, a parse's error of ch, in the
// cell's coordinates.
func cellError(ch Chunk, err error) *scanner.Error {
	var list scanner.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return nil
	}
	e := *list[0]
	e.Pos.Line -= strings.Count(prefixOf(ch.Kind), "\n") // lines before the chunk's first
	if e.Pos.Line == 1 {
		e.Pos.Column += ch.Col - 1
	}
	e.Pos.Line += ch.Line - 1
	lastLine := ch.Line + strings.Count(ch.Src, "\n")
	if e.Pos.Line > lastLine {
		// At the end of the chunk: point just past its last character.
		e.Pos.Line = lastLine
		lines := strings.Split(ch.Src, "\n")
		e.Pos.Column = len(lines[len(lines)-1]) + 1
		if len(lines) == 1 {
			e.Pos.Column += ch.Col - 1
		}
		if strings.Contains(e.Msg, "found '}'") {
			e.Msg = "unexpected end of statement"
		}
	}
	return &e
}

// DeclaredNames returns the names a file declares at its top level
// (functions, types, variables, constants; not methods).
func DeclaredNames(f *ast.File) map[string]bool {
	names := map[string]bool{}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				names[d.Name.Name] = true
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					names[sp.Name.Name] = true
				case *ast.ValueSpec:
					for _, id := range sp.Names {
						names[id.Name] = true
					}
				}
			}
		}
	}
	return names
}

// ChunkNames returns the names f declares, at the top level and in any
// scope below it: a name there may not be what the session means by it.
func ChunkNames(f *ast.File) map[string]bool {
	names := DeclaredNames(f)
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
