package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// anyLiteralsPass converts a composite literal of a type with methods
// to the empty interface it is assigned to, before the syntax phase puts
// it in parentheses (InPlaceLiterals):
//
//	var a any = P{"a"}   →  var a any = interface{}(P{"a"})
//	xs[i] = P{"b"}       →  xs[i] = interface{}(P{"b"})    (xs []any)
//	[]any{P{"c"}}        →  []any{interface{}(P{"c"})}
//
// yaegi stores a parenthesized struct literal of such a type into an empty
// interface without its type: a type switch on the variable matched no
// case of the type (case P fell to default) and a later assignment to it
// panicked in reflect.Set ("interp.valueInterface is not assignable").
// An element of a literal of []any or map[K]any lost its type the same
// way, without parentheses. The explicit conversion keeps the type. Literals of types without
// methods and literals assigned to interfaces with methods are stored
// right through the parentheses, and stay as they are.
var anyLiteralsPass = Pass{
	Name:  "anyLiterals",
	Wants: func(u *Unit) bool { return u.has(hasLiteralAssign) && u.dynamicNames() },
	Run:   func(u *Unit) []source.Edit { return u.Types.anyLiterals() },
}

// anyLiterals returns the conversions anyLiteralsPass writes. A literal
// converted in a loop is left to ifaceConvert, which gives it a function
// literal of its own (loopConversion).
func (tc *Types) anyLiterals() []source.Edit {
	var es edits
	tc.conversions(func(c conversion) {
		if c.kind != convAssign && c.kind != convTyped && c.kind != convElem || !emptyIface(c.target) {
			return
		}
		lit, ok := c.expr.(*ast.CompositeLit)
		if !ok || lit.Type == nil || !structWithMethods(tc.Info.Types[lit].Type) || tc.loopConversion(c) || tc.anyConverted(lit) {
			return
		}
		es.add(source.Around(tc.Off(lit.Pos()), tc.Off(lit.End()), "interface{}(", ")")...)
	})
	return es
}

// structWithMethods reports whether t is a named struct type with fields
// that has methods (on T or *T). (A named slice or map type with methods converted
// with interface{}(...) lost its type in gopad's view instead: those keep
// the parentheses.)
func structWithMethods(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := types.Unalias(t).(*types.Named); !ok {
		return false
	}
	if st, ok := t.Underlying().(*types.Struct); !ok || st.NumFields() == 0 {
		return false // (field-less struct types are identityAsserts' and fieldless.go's)
	}
	return types.NewMethodSet(types.NewPointer(t)).Len() > 0
}
