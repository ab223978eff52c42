package rewrite

import (
	"go/ast"
	"go/token"
)

// A shape is a set of the constructs a chunk holds that some pass
// rewrites. A pass's Wants asks for them, so that a chunk without them
// costs that pass no walk of its own: most chunks hold few.
type shape uint32

const (
	hasFuncLit      shape = 1 << iota
	hasNamedResults       // a function with named results
	hasSwitch             // an expression switch
	hasAssign             // an assignment or a define
	hasTypeAssert
	hasConstBlock // a parenthesized const declaration
	hasBuiltinCall
	hasChanOp // a receive, a send or a select
	hasLoop
	hasDefer
	hasReturn
	hasStruct
)

// shapeOf lists the constructs of f in one walk.
func shapeOf(f *ast.File) shape {
	var s shape
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			s |= hasFuncLit
		case *ast.FuncType:
			if n.Results != nil && len(n.Results.List) > 0 && len(n.Results.List[0].Names) > 0 {
				s |= hasNamedResults
			}
		case *ast.SwitchStmt:
			s |= hasSwitch
		case *ast.AssignStmt:
			s |= hasAssign
		case *ast.TypeAssertExpr:
			s |= hasTypeAssert
		case *ast.GenDecl:
			if n.Tok == token.CONST && n.Lparen.IsValid() {
				s |= hasConstBlock
			}
		case *ast.CallExpr:
			if _, ok := n.Fun.(*ast.Ident); ok {
				s |= hasBuiltinCall
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				s |= hasChanOp
			}
		case *ast.SendStmt, *ast.SelectStmt:
			s |= hasChanOp
		case *ast.ForStmt, *ast.RangeStmt:
			s |= hasLoop
		case *ast.DeferStmt:
			s |= hasDefer
		case *ast.ReturnStmt:
			s |= hasReturn
		case *ast.StructType:
			s |= hasStruct
		}
		return true
	})
	return s
}

// has reports whether u holds all the constructs of s.
func (u *Unit) has(s shape) bool {
	if !u.shaped {
		u.shape, u.shaped = shapeOf(u.AST), true
	}
	return u.shape&s == s
}

// holds is a Wants that asks for all the constructs of s.
func holds(s shape) func(*Unit) bool {
	return func(u *Unit) bool { return u.has(s) }
}
