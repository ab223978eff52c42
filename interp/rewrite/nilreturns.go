package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var nilReturnsPass = Pass{
	Name: "nilReturns",
	Wants: func(u *Unit) bool {
		// The result type is spelled through a package: http.HandlerFunc.
		return u.has(hasReturn) && u.selects(func(_ sel, path string) bool { return path != "" })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.nilReturns() },
}

// nilReturns gives a nil returned as a function type of a compiled package
// that type:
//
//	return nil, err  →  return (http.HandlerFunc)(nil), err
//
// yaegi panics with "reflect: New(nil)" on such a return (a nil of the
// cells' own function types, of literal function types, or a typed nil of
// the same type, return fine).
func (tc *Types) nilReturns() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		var sig *types.Signature
		var body *ast.BlockStmt
		switch f := n.(type) {
		case *ast.FuncDecl:
			if obj := tc.Info.Defs[f.Name]; obj != nil {
				sig, _ = obj.Type().(*types.Signature)
			}
			body = f.Body
		case *ast.FuncLit:
			sig, _ = tc.Info.TypeOf(f).(*types.Signature)
			body = f.Body
		default:
			return true
		}
		if sig != nil && body != nil {
			edits = append(edits, tc.nilResults(sig.Results(), body)...)
		}
		return true
	})
	return edits
}

// nilResults returns the conversions of the nils that the return
// statements of body (not those of the function literals in it) give as
// results of a compiled package's function type.
func (tc *Types) nilResults(results *types.Tuple, body *ast.BlockStmt) []source.Edit {
	var edits []source.Edit
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its own results: nilReturns visits it
		case *ast.ReturnStmt:
			if len(n.Results) != results.Len() {
				return true
			}
			for i, r := range n.Results {
				if !tc.Info.Types[r].IsNil() || !tc.compiledFuncType(results.At(i).Type()) {
					continue
				}
				if text, ok := tc.TypeText(results.At(i).Type()); ok {
					edits = append(edits, source.Around(tc.Off(r.Pos()), tc.Off(r.End()), "("+text+")(", ")")...)
				}
			}
		}
		return true
	})
	return edits
}

// compiledFuncType reports whether t is a defined function type of a
// compiled package (http.HandlerFunc, filepath.WalkFunc).
func (tc *Types) compiledFuncType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == tc.Pkg {
		return false
	}
	_, isFunc := n.Underlying().(*types.Signature)
	return isFunc
}
