package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// MinMax makes min and max, which yaegi lacks, calls of the prelude's
// generic helpers gopadMin and gopadMax (two operands at a time), folds
// constant operands, and drops the call of one operand.
var MinMax = Pass{Name: "minMax", Wants: holds(hasBuiltinCall), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		if call, isMin, ok := minMaxCall(u, n); ok {
			es.add(minMax(u, call, isMin))
		}
		return true
	})
	return es
}}

// minMaxCall returns n as a call of min or max that MinMax rewrites.
func minMaxCall(u *Unit, n ast.Node) (call *ast.CallExpr, isMin, ok bool) {
	call, ok = builtinCall(u, n, "min")
	if !ok {
		call, ok = builtinCall(u, n, "max")
	}
	if !ok || len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return nil, false, false
	}
	return call, call.Fun.(*ast.Ident).Name == "min", true
}

func minMax(u *Unit, n *ast.CallExpr, isMin bool) source.Edit {
	helper := "gopadMax"
	if isMin {
		helper = "gopadMin"
	}
	whole := func(text string) source.Edit { return source.Replace(u.Off(n.Pos()), u.Off(n.End()), text) }
	if len(n.Args) == 1 {
		return whole("(" + u.Code(n.Args[0]) + ")")
	}
	if lit, ok := foldMinMax(u, isMin, n.Args); ok {
		// Constants: the helpers cannot infer a type from untyped
		// constants, so fold them here.
		return whole(lit)
	}
	if len(n.Args) == 2 {
		return source.Replace(u.Off(n.Fun.Pos()), u.Off(n.Fun.End()), helper)
	}
	// Nest: helper(helper(a, b), c) — the operands are written again, so
	// a min or max inside them is left for a later evaluation.
	acc := u.Code(n.Args[0])
	for _, a := range n.Args[1:] {
		acc = helper + "(" + acc + ", " + u.Code(a) + ")"
	}
	return whole(acc)
}

// replacesWhole reports whether MinMax replaces n, operands and all, by
// text of its own (walk skips the operands).
func replacesWhole(u *Unit, n ast.Node) bool {
	call, isMin, ok := minMaxCall(u, n)
	if !ok || len(call.Args) == 1 {
		return false
	}
	if _, folds := foldMinMax(u, isMin, call.Args); folds {
		return true
	}
	return len(call.Args) > 2
}

// foldMinMax picks the least (or greatest) of constant arguments.
func foldMinMax(u *Unit, isMin bool, args []ast.Expr) (string, bool) {
	var best constant.Value
	bestText := ""
	for _, a := range args {
		v, ok := constValue(a)
		if !ok {
			return "", false
		}
		if best == nil {
			best, bestText = v, u.Code(a)
			continue
		}
		if v.Kind() == constant.String != (best.Kind() == constant.String) {
			return "", false
		}
		op := token.LSS
		if !isMin {
			op = token.GTR
		}
		if constant.Compare(v, op, best) {
			best, bestText = v, u.Code(a)
		}
	}
	// Keep float-ness: min(1, 2.5) is the untyped float 1.
	if best.Kind() == constant.Int {
		for _, a := range args {
			if v, _ := constValue(a); v.Kind() == constant.Float {
				return "(" + bestText + ".0)", true
			}
		}
	}
	return "(" + bestText + ")", true
}

func constValue(e ast.Expr) (constant.Value, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		v := constant.MakeFromLiteral(e.Value, e.Kind, 0)
		return v, v.Kind() != constant.Unknown
	case *ast.UnaryExpr:
		if e.Op == token.SUB || e.Op == token.ADD {
			if v, ok := constValue(e.X); ok && v.Kind() != constant.String {
				return constant.UnaryOp(e.Op, v, 0), true
			}
		}
	case *ast.ParenExpr:
		return constValue(e.X)
	}
	return nil, false
}
