package rewrite

import (
	"go/ast"
	"go/scanner"
	"go/token"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// TypesAhead moves a declaration chunk's type declarations that an earlier
// declaration of the chunk names as a type argument of a compiled
// package's generic type (iter.Seq[Node], iter.Seq2[int, Pair],
// atomic.Pointer[Config]) to the start of the chunk. Go does not care
// where a type is declared; yaegi instantiates such a generic type when it
// meets it and failed with "nil reflect type" on an argument declared
// later.
//
//	func (t *Tree) All() iter.Seq[*Node] {...}      type Node struct { V int; Left, Right *Node }; func (t *Tree) All() iter.Seq[*Node] {...}
//	type Node struct {                          →   (blank lines)
//		V           int
//		Left, Right *Node
//	}
//
// The moved declaration is written on the chunk's first line, as the
// tokens Go reads (its comments left out), and its own lines stay as blank
// lines, so that every other line keeps its number.
var TypesAhead = Pass{Name: "typesAhead", Wants: wantsTypesAhead, Run: func(u *Unit) []source.Edit {
	var es edits
	var ahead []string
	for _, gd := range typesUsedEarlier(u.AST) {
		from, to := u.Off(gd.Pos()), u.Off(gd.End())
		line, ok := tokenLine(u.Src[from:to])
		if !ok {
			continue
		}
		ahead = append(ahead, line+"; ")
		es.add(source.Replace(from, to, strings.Repeat("\n", strings.Count(u.Src[from:to], "\n"))))
	}
	if len(ahead) > 0 {
		es.add(source.Insert(0, strings.Join(ahead, "")))
	}
	return es
}}

// wantsTypesAhead reports whether u is a declaration chunk with a type
// declaration after a function or variable declaration.
func wantsTypesAhead(u *Unit) bool {
	if u.Kind != source.Decl || len(u.AST.Decls) < 2 {
		return false
	}
	other := false
	for _, d := range u.AST.Decls {
		gd, ok := d.(*ast.GenDecl)
		switch {
		case ok && gd.Tok == token.TYPE && other:
			return true
		case !ok || gd.Tok == token.VAR || gd.Tok == token.TYPE:
			other = true // (a type: a struct's field may instantiate one)
		}
	}
	return false
}

// typesUsedEarlier returns the type declarations of f that a declaration
// before them names inside the type arguments of a qualified generic type
// (pkg.T[...]), or of the session's stand-in for one of the standard
// library (gopadStd_sync_atomic_Pointer[...], stdGenericUses).
func typesUsedEarlier(f *ast.File) []*ast.GenDecl {
	named := map[string]bool{} // type names in such type arguments so far
	var out []*ast.GenDecl
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			for _, sp := range gd.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok && named[ts.Name.Name] {
					out = append(out, gd)
					break
				}
			}
		}
		ast.Inspect(d, func(n ast.Node) bool {
			var x ast.Expr
			var args []ast.Expr
			switch n := n.(type) {
			case *ast.IndexExpr:
				x, args = n.X, []ast.Expr{n.Index}
			case *ast.IndexListExpr:
				x, args = n.X, n.Indices
			}
			if id, ok := x.(*ast.Ident); ok && strings.HasPrefix(id.Name, "gopadStd_") {
				x = &ast.SelectorExpr{X: id, Sel: id} // as pkg.T
			}
			if sel, ok := x.(*ast.SelectorExpr); ok {
				if _, ok := sel.X.(*ast.Ident); ok {
					for _, a := range args {
						ast.Inspect(a, func(m ast.Node) bool {
							if id, ok := m.(*ast.Ident); ok {
								named[id.Name] = true
							}
							return true
						})
					}
				}
			}
			return true
		})
	}
	return out
}

// tokenLine writes src, a declaration, on one line as the tokens Go reads
// from it, with the semicolons Go inserts at line ends; false when a token
// spans lines (a raw string's lines are written as an interpreted string).
func tokenLine(src string) (string, bool) {
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	var b strings.Builder
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		text := tok.String()
		if lit != "" && tok != token.SEMICOLON {
			text = lit
		}
		if tok == token.STRING && text[0] == '`' { // a raw string keeps its value on one line
			text = strconv.Quote(strings.ReplaceAll(text[1:len(text)-1], "\r", ""))
		}
		if strings.Contains(text, "\n") {
			return "", false
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text)
	}
	return strings.TrimSuffix(b.String(), " ;"), true
}
