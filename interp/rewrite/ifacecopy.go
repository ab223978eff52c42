package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var ifaceCopyPass = Pass{
	Name: "ifaceCopy",
	// Where a variable may become an interface value: an assignment, a
	// typed var, a call, a literal, a return, a send.
	Wants: func(u *Unit) bool {
		s := u.sights()
		return u.dynamicNames() && (s.plainAssigns || len(s.calledIdents) > 0 || u.has(hasTypedVar) || u.has(hasLiteralAssign) ||
			u.has(hasReturn) || u.has(hasChanOp) || u.selects(func(s sel, _ string) bool { return s.called }))
	},
	Run: func(u *Unit) []source.Edit { return u.Types.ifaceCopies() },
}

// ifaceCopies copies a variable of a cell's struct or array type with
// methods, or of its type over a basic, slice or map type, where it
// becomes a value of a cell's interface or of an empty one. Go stores a copy
// in the interface; yaegi stores the variable itself, so a later change of
// the variable showed through the interface:
//
//	shapes := []Shape{r}  →  shapes := []Shape{func(gopadV Rect) Rect { return gopadV }(r)}
//
// Values that are fresh already (literals, calls) are left alone, and so
// are calls of compiled functions, which get a copy of their own. A
// compiled interface's conversion, and one in a loop, are ifaceConvert's.
func (tc *Types) ifaceCopies() []source.Edit {
	var edits []source.Edit
	tc.conversions(func(c conversion) {
		if !types.IsInterface(c.target) || tc.compiledInterface(c.target) || !tc.aliasedValue(c.expr) || tc.loopConversion(c) {
			return
		}
		text, ok := tc.TypeText(tc.Info.Types[c.expr].Type)
		if !ok {
			return
		}
		switch tc.Info.Types[c.expr].Type.Underlying().(type) {
		case *types.Basic, *types.Slice, *types.Map:
			// A conversion copies these (a call of the literal handed a
			// chan any's send a value yaegi's Call refused); it goes
			// right around the variable, inside anyConversions' wrapper.
			from, to := tc.Off(c.expr.Pos()), tc.Off(c.expr.End())
			edits = append(edits, source.Edit{From: from, To: from, Text: text + "("}, source.Edit{From: to, To: to, Text: ")"})
			return
		}
		open := "func(gopadV " + text + ") " + text + " { return gopadV }("
		if it, ok := tc.TypeText(c.target); ok && emptyIface(c.target) && tc.boxedBare(tc.Info.Types[c.expr].Type) {
			// A call's result of a kept type (an Array) becomes an
			// empty interface bare: the copy is assigned to one.
			open = "func(gopadV " + text + ") " + it + " { var gopadA " + it + " = gopadV; return gopadA }("
		}
		// Innermost, on the variable itself: another pass's conversion of
		// the expression to the interface (anyconv.go) takes the copy
		// (the other way round it handed the copy's Trio parameter an
		// any, and the call panicked).
		edits = append(edits,
			source.Edit{From: tc.Off(c.expr.Pos()), To: tc.Off(c.expr.Pos()), Text: open, Order: 0},
			source.Edit{From: tc.Off(c.expr.End()), To: tc.Off(c.expr.End()), Text: ")", Order: 0})
	})
	return edits
}

// aliasedValue reports whether e is a variable, field or element (not a
// fresh value) of a cell's struct or array type that has methods, or of
// its type over a basic, slice or map type (ken/interbasic.go: ia = i;
// i = 2 changed ia): yaegi
// keeps such a value in an interface as the variable itself.
func (tc *Types) aliasedValue(e ast.Expr) bool {
	if p, ok := tc.Info.Types[e].Type.(*types.Pointer); ok {
		return tc.aliasedPointer(e, p)
	}
	t, ok := tc.Info.Types[e].Type.(*types.Named)
	if !ok || t.Obj().Pkg() != tc.Pkg || t.TypeParams().Len() > 0 || t.TypeArgs().Len() > 0 {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Struct, *types.Array, *types.Basic, *types.Slice, *types.Map, *types.Signature:
		// (a type over a basic, slice, map or func type has a method:
		// selfMethods; a func's: var g Getter = f; f = other; g.Get()
		// called other)
	default:
		return false
	}
	return tc.keptBeside(t) && tc.isVariable(e)
}

// aliasedPointer reports whether e, of type p, is a variable, field or
// element holding a pointer to a cell's type with methods: yaegi keeps
// it in an interface as the variable too (`var l I = p; p = &L{2}`
// changed l; PacktPublishing/Functional-Programming-in-Go's observer).
func (tc *Types) aliasedPointer(e ast.Expr, p *types.Pointer) bool {
	t, ok := p.Elem().(*types.Named)
	if !ok || t.Obj().Pkg() != tc.Pkg || t.TypeParams().Len() > 0 || t.TypeArgs().Len() > 0 {
		return false
	}
	return types.NewMethodSet(p).Len() > 0 && tc.isVariable(e)
}

// isVariable reports whether e is a variable, a field or an element of a
// slice or an array (not a map's, which is a copy), or a pointer's target.
func (tc *Types) isVariable(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, isVar := tc.Info.Uses[e].(*types.Var)
		return isVar
	case *ast.SelectorExpr:
		s, ok := tc.Info.Selections[e]
		return ok && s.Kind() == types.FieldVal
	case *ast.IndexExpr:
		_, isMap := tc.Info.Types[e.X].Type.Underlying().(*types.Map)
		return !isMap
	case *ast.StarExpr:
		return true
	}
	return false
}
