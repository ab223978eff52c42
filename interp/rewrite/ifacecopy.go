package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

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
		open, _, ok := tc.ifaceCopy(c)
		if !ok {
			return
		}
		from, to := tc.Off(c.expr.Pos()), tc.Off(c.expr.End())
		if !strings.HasPrefix(open, "func(") {
			// A conversion copies these (a call of the literal handed a
			// chan any's send a value yaegi's Call refused); it goes
			// right around the variable, inside anyConversions' wrapper.
			edits = append(edits, source.Edit{From: from, To: from, Text: open}, source.Edit{From: to, To: to, Text: ")"})
			return
		}
		// Innermost, on the variable itself: another pass's conversion of
		// the expression to the interface (anyconv.go) takes the copy
		// (the other way round it handed the copy's Trio parameter an
		// any, and the call panicked).
		edits = append(edits,
			source.Edit{From: from, To: from, Text: open, Order: 0},
			source.Edit{From: to, To: to, Text: ")", Order: 0})
	})
	return edits
}

// ifaceCopy is the text ifaceCopies opens before c's value (closed by a
// parenthesis), and whether that hands on a value of an interface type
// rather than of the value's own; false where c's value is not copied.
func (tc *Types) ifaceCopy(c conversion) (open string, boxes, ok bool) {
	if !types.IsInterface(c.target) || tc.compiledInterface(c.target) || !tc.aliasedValue(c.expr) || tc.loopConversion(c) {
		return "", false, false
	}
	text, ok := tc.TypeText(tc.Info.Types[c.expr].Type)
	if !ok {
		return "", false, false
	}
	switch tc.Info.Types[c.expr].Type.Underlying().(type) {
	case *types.Basic, *types.Slice, *types.Map:
		return text + "(", false, true
	}
	if it, ok := tc.TypeText(c.target); ok && emptyIface(c.target) && tc.boxedBare(tc.Info.Types[c.expr].Type) {
		// A call's result of a kept type (an Array) becomes an empty
		// interface bare: the copy is assigned to one.
		return "func(gopadV " + text + ") " + it + " { var gopadA " + it + " = gopadV; return gopadA }(", true, true
	}
	return "func(gopadV " + text + ") " + text + " { return gopadV }(", false, true
}

// copiedToIface reports whether ifaceCopies hands e on as a value of an
// interface type: a pass that wraps e in a literal taking e's own type
// must take the interface instead.
func (tc *Types) copiedToIface(e ast.Expr) bool {
	boxed := false
	tc.conversions(func(c conversion) {
		if c.expr == e {
			_, boxes, ok := tc.ifaceCopy(c)
			boxed = boxed || ok && boxes
		}
	})
	return boxed
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
	if st, ok := t.Underlying().(*types.Struct); ok && st.NumFields() == 0 {
		// A pointer to a struct type without fields: nothing to see
		// through it, and the copy's *struct{} lost the type gopad
		// tells such types apart by (a type switch case *Dog refused).
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
