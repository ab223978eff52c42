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
	hasDefine
	hasBlankAssign   // an assignment (=) to "_"
	hasLiteralAssign // a composite literal assigned or defined
	hasTypeAssert
	hasConstBlock  // a parenthesized const declaration
	hasBuiltinCall // a call of recover, min, max or clear
	hasChanOp      // a receive, a send or a select
	hasLoop
	hasDefer
	hasReturn
	hasStruct
	hasGo            // a go statement
	hasTupleAssign   // an assignment (=) of two values or more, one per operand
	hasIndexTuple    // an assignment (=) of one operand's values to several, one of them x[i]
	hasPtrMethodExpr // (*T).Method
	hasTypedVar      // var v T = x
	hasUnnamedParams // a function with a body whose parameters (or generic receiver) have no names
	hasTypedConst    // const c T = x
	hasBlankType     // type _ T
	hasLabeledReturn // L: return, without results
	hasGenericSig    // a generic function whose signature instantiates a type with a composite of its type parameters
)

// shapeOf lists the constructs of f in one walk.
func shapeOf(f *ast.File) shape {
	var s shape
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			s |= hasFuncLit
			if unnamedParams(n.Type) {
				s |= hasUnnamedParams
			}
		case *ast.FuncDecl:
			s |= funcDeclShape(n)
		case *ast.FuncType:
			if n.Results != nil && len(n.Results.List) > 0 && len(n.Results.List[0].Names) > 0 {
				s |= hasNamedResults
			}
		case *ast.SwitchStmt:
			s |= hasSwitch
		case *ast.AssignStmt:
			s |= assignShape(n)
		case *ast.TypeAssertExpr:
			s |= hasTypeAssert
		case *ast.GenDecl:
			if n.Tok == token.TYPE && len(blankTypeSpecs(n)) > 0 {
				s |= hasBlankType
			}
			if n.Tok == token.CONST && n.Lparen.IsValid() {
				s |= hasConstBlock
			}
			if n.Tok == token.CONST {
				for _, sp := range n.Specs {
					if sp.(*ast.ValueSpec).Type != nil {
						s |= hasTypedConst
					}
				}
			}
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok {
				switch id.Name {
				case "recover", "min", "max", "clear":
					s |= hasBuiltinCall
				}
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
		case *ast.LabeledStmt:
			s |= labeledShape(n)
		case *ast.StructType:
			s |= hasStruct
		case *ast.GoStmt:
			s |= hasGo
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) > 0 {
				s |= hasTypedVar
				for _, v := range n.Values {
					if _, ok := v.(*ast.CompositeLit); ok {
						s |= hasLiteralAssign
					}
				}
			}
		case *ast.SelectorExpr:
			if p, ok := n.X.(*ast.ParenExpr); ok {
				if _, ok := p.X.(*ast.StarExpr); ok {
					s |= hasPtrMethodExpr
				}
			}
		}
		return true
	})
	return s
}

// funcDeclShape is the shape of a function declaration's signature.
func funcDeclShape(n *ast.FuncDecl) shape {
	var s shape
	if n.Body != nil && unnamedParams(n.Type) || unnamedGenericRecv(n) {
		s |= hasUnnamedParams
	}
	if len(compositeTypeArgs(n)) > 0 {
		s |= hasGenericSig
	}
	return s
}

// labeledShape is the shape of a labeled statement.
func labeledShape(n *ast.LabeledStmt) shape {
	if isBareReturn(n.Stmt) {
		return hasLabeledReturn
	}
	return 0
}

// assignShape is the shape of one assignment.
func assignShape(n *ast.AssignStmt) shape {
	s := hasAssign
	if n.Tok == token.DEFINE {
		s |= hasDefine
	}
	if n.Tok == token.ASSIGN && hasBlank(n.Lhs) {
		s |= hasBlankAssign
	}
	if isTupleAssign(n) {
		s |= hasTupleAssign
	}
	if isIndexTuple(n) {
		s |= hasIndexTuple
	}
	for _, r := range n.Rhs {
		if _, ok := r.(*ast.CompositeLit); ok {
			s |= hasLiteralAssign
		}
	}
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
