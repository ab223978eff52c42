package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var anonEmbedPass = Pass{
	Name: "anonEmbed",
	// A struct type literal; or, in a session with types of its own, a
	// call of a function by name, a typed var, a return or an assignment
	// of names.
	Wants: func(u *Unit) bool {
		s := u.sights()
		return u.has(hasStruct) || u.dynamicNames() && (len(s.calledIdents) > 0 || s.plainAssigns || u.has(hasTypedVar) || u.has(hasReturn))
	},
	Run: func(u *Unit) []source.Edit { return u.Types.anonEmbeds() },
}

// anonEmbeds refuses, when it runs, the conversion to an interface of a
// value of a struct type without a name that embeds an interface with
// methods (var p struct{ http.ResponseWriter }; h(p, r)): yaegi cannot
// build such a type's interface value (reflect.StructOf does not support
// methods of embedded interfaces) and stopped with that message alone.
// The refusal names the construct and the workaround, a named type.
// (Handed to a compiled function, such a value works.)
func (tc *Types) anonEmbeds() []source.Edit {
	var edits []source.Edit
	refuse := func(e ast.Expr, target types.Type) {
		if !types.IsInterface(target) {
			return
		}
		tv := tc.Info.Types[e]
		st, ok := types.Unalias(tv.Type).(*types.Struct)
		if !ok || tv.IsType() || !embedsMethods(st) {
			return
		}
		tt, ok := tc.TypeText(target)
		if !ok {
			return
		}
		spelled := types.TypeString(st, func(p *types.Package) string { return p.Name() })
		msg := "gopad cannot make an interface value of the unnamed type " + spelled +
			": yaegi cannot build a struct type without a name that embeds an interface with methods. " +
			"Workaround: declare it as a named type (type wrapped " + spelled + ") and use that"
		edits = append(edits, source.Around(tc.Off(e.Pos()), tc.Off(e.End()), "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ").("+tt+")")...)
	}
	tc.conversions(func(c conversion) { refuse(c.expr, c.target) })
	return edits
}

// embedsMethods reports whether st embeds an interface with methods.
func embedsMethods(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if it, ok := f.Type().Underlying().(*types.Interface); ok && f.Embedded() && it.NumMethods() > 0 {
			return true
		}
	}
	return false
}
