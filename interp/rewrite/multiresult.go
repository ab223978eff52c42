package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// MultiResult makes the cell's last statement, when it calls a function
// with several results, f(x), gopadAll(f(x)), so that all the results are
// shown (yaegi's Eval keeps only the first). It applies only to the cell's
// last chunk (Unit.LastChunk), whose value is shown, and only when the result
// count is known to be above one.
var MultiResult = Pass{Name: "multiResult", Run: func(u *Unit) []source.Edit {
	if !u.LastChunk || u.Kind != source.Stmt || u.Scope == nil {
		return nil
	}
	es, ok := u.File.Last().(*ast.ExprStmt)
	if !ok {
		return nil
	}
	x := ast.Unparen(es.X)
	call, ok := x.(*ast.CallExpr)
	if !ok || !source.ShowsValue(x, u.Scope.Resultless) || results(u.Scope, call.Fun) < 2 {
		return nil
	}
	return source.Around(u.Off(call.Pos()), u.Off(call.End()), "gopadAll(", ")")
}}

// results is the number of results of the function fun names: a function
// of the cells or of an imported package; 0 when unknown.
func results(scope Scope, fun ast.Expr) int {
	switch fn := fun.(type) {
	case *ast.Ident:
		return scope.Results("", fn.Name)
	case *ast.SelectorExpr:
		if pkg, ok := fn.X.(*ast.Ident); ok {
			return scope.Results(pkg.Name, fn.Sel.Name)
		}
	}
	return 0
}
