package rewrite

import (
	"go/ast"
	"go/token"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// SplitVarSpecs gives each variable of a package-level declaration that
// names several with as many values a spec of its own:
//
//	var a, b = g(), 5    →   var (a = g(); b = 5)
//
// Go initializes package-level variables in the order of their
// dependencies, through the bodies of the functions they call, one
// variable at a time: with g reading b, b is initialized first and a is 6.
// gopad orders specs so (the declarations' dependencies), but the
// variables of one spec were initialized together, in writing order (a
// was 1). Single-line specs only, so that every line stays where it was.
// Its own phase, first: the typed phase's initOrder then orders the
// variables one by one, and names other variables in a spec of its own
// (var a, gopadV1 = g(), &b) that no split may take apart.
var SplitVars = Phase{Name: "splitvars", Passes: []Pass{SplitVarSpecs}}

var SplitVarSpecs = Pass{
	Name: "splitVarSpecs",
	Wants: func(u *Unit) bool {
		return !u.Stmt() && strings.Contains(u.Src, "var") && strings.Contains(u.Src, ",")
	},
	Run: func(u *Unit) []source.Edit {
		var es []source.Edit
		for _, d := range u.AST.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				es = append(es, splitVarDecl(u, gd)...)
			}
		}
		return es
	},
}

// splitVarDecl is SplitVarSpecs' edits of one var declaration.
func splitVarDecl(u *Unit, gd *ast.GenDecl) []source.Edit {
	var es []source.Edit
	for _, s := range gd.Specs {
		vs := s.(*ast.ValueSpec)
		from, to := u.Off(vs.Pos()), u.Off(vs.End())
		if len(vs.Names) < 2 || len(vs.Values) != len(vs.Names) || strings.Contains(u.Src[from:to], "\n") {
			continue
		}
		typ := ""
		if vs.Type != nil {
			typ = " " + u.Src[u.Off(vs.Type.Pos()):u.Off(vs.Type.End())]
		}
		parts := make([]string, len(vs.Names))
		for i, n := range vs.Names {
			parts[i] = n.Name + typ + " = " + u.Src[u.Off(vs.Values[i].Pos()):u.Off(vs.Values[i].End())]
		}
		text := strings.Join(parts, "; ")
		if !gd.Lparen.IsValid() {
			text = "(" + text + ")"
		}
		es = append(es, source.Edit{From: from, To: to, Text: text})
	}
	return es
}
