package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var funcFieldTypesPass = Pass{
	Name: "funcFieldTypes",
	// A selector, in a session with types of its own.
	Wants: func(u *Unit) bool { return u.dynamicNames() && len(u.sights().sels) > 0 },
	Run:   func(u *Unit) []source.Edit { return u.Types.funcFieldTypes() },
}

// funcFieldTypes converts a read of a struct field of a cell's func type
// with methods to that type:
//
//	o.Chain.Then(up)  →  func(gopadV Middleware) Middleware { return gopadV }(o.Chain).Then(up)
//
// yaegi gives such a field the bare func type of its underlying type, and
// a value read from it had no methods ("undefined method: Then" when
// compiling, "method not found" when converting to an interface); the
// literal's result has the type back, as a variable of the type has it. Fields assigned, taken the address of or called are left as they are.
func (tc *Types) funcFieldTypes() []source.Edit {
	var edits []source.Edit
	var stack []ast.Node
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		var parent ast.Node
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || tc.Off(sel.Pos()) < 0 || !tc.funcFieldWithMethods(sel) || !fieldRead(sel, parent) {
			return true
		}
		// (one edit of the whole selector: a pass that converts the value
		// further, to an interface, wraps it; a function literal, where a
		// conversion T(o.f) of a global's field at a cell's top level
		// still had no methods for yaegi)
		if tt, ok := tc.TypeText(tc.Info.Types[sel].Type); ok {
			edits = append(edits, source.Replace(tc.Off(sel.Pos()), tc.Off(sel.End()),
				"func(gopadV "+tt+") "+tt+" { return gopadV }("+tc.code(sel)+")"))
		}
		return true
	})
	return edits
}

// funcFieldWithMethods reports whether sel selects a struct field whose
// type is a cell's defined func type with methods, not generic.
func (tc *Types) funcFieldWithMethods(sel *ast.SelectorExpr) bool {
	s, ok := tc.Info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return false
	}
	n, ok := s.Type().(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return false
	}
	if _, fn := n.Underlying().(*types.Signature); !fn {
		return false
	}
	return types.NewMethodSet(n).Len() > 0 || types.NewMethodSet(types.NewPointer(n)).Len() > 0
}

// fieldRead reports whether sel, whose parent node is parent, is read as
// a value: not assigned, not taken the address of, not called.
func fieldRead(sel *ast.SelectorExpr, parent ast.Node) bool {
	switch p := parent.(type) {
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if l == sel {
				return false
			}
		}
	case *ast.UnaryExpr:
		return p.Op != token.AND
	case *ast.CallExpr:
		return p.Fun != sel
	case *ast.IncDecStmt:
		return false
	}
	return true
}
