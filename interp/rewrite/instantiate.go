package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var instantiatePass = Pass{
	Name: "instantiate",
	Wants: func(u *Unit) bool {
		for name := range u.sights().calledIdents {
			if u.generic(name) {
				return true
			}
		}
		return false
	},
	Run: func(u *Unit) []source.Edit { return u.Types.instantiate(u.generic) },
}

// generic reports whether name is a generic function of the cells or of
// the chunk.
func (u *Unit) generic(name string) bool {
	return u.sights().generics[name] || u.Scope.GenericFunc(name)
}

// instantiate writes out the type arguments of calls of the cells' generic
// functions.
func (tc *Types) instantiate(generic func(string) bool) []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id, ok := call.Fun.(*ast.Ident)
		if !ok || !generic(id.Name) {
			return true
		}
		fn, ok := tc.Info.Uses[id].(*types.Func)
		if !ok || fn.Parent() != tc.Pkg.Scope() {
			return true // shadowed by a local name
		}
		inst, ok := tc.Info.Instances[id]
		if !ok || inst.TypeArgs == nil {
			return true
		}
		args := make([]string, inst.TypeArgs.Len())
		for i := range args {
			a, ok := tc.TypeText(inst.TypeArgs.At(i))
			if !ok {
				return true
			}
			args[i] = a
		}
		at := tc.Off(id.End())
		edits = append(edits, source.Edit{From: at, To: at, Text: "[" + strings.Join(args, ", ") + "]"})
		return true
	})
	return edits
}
