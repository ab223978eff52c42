package rewrite

import (
	"go/ast"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var anonEmbedPass = Pass{
	Name: "anonEmbed",
	// A struct type literal; or, in a session with types of its own, a
	// call of a function by name, a typed var, a return or an assignment
	// of names; or a name of a session variable of a struct type (one a
	// cell declared without a name).
	Wants: func(u *Unit) bool {
		s := u.sights()
		return u.has(hasStruct) || u.dynamicNames() && (len(s.calledIdents) > 0 || s.plainAssigns || u.has(hasTypedVar) || u.has(hasReturn)) ||
			u.namesStructGlobal()
	},
	Run: func(u *Unit) []source.Edit { return u.Types.anonEmbeds() },
}

// anonEmbeds refuses, when it runs, the conversion to an interface of a
// value of a struct type without a name that embeds an interface with
// methods (var p struct{ http.ResponseWriter }; h(p, r)): yaegi cannot
// build such a type's interface value (reflect.StructOf does not support
// methods of embedded interfaces) and stopped with that message alone.
// It refuses too such a value (or a pointer to one) that has methods from
// an embedded field of a compiled type (struct{ name string; os.FileMode })
// where the interface needs them: yaegi's type has none of them, so fmt
// printed the fields where Go prints the promoted String ({hello.go
// ----------} for ----------), and an assignment to fmt.Stringer panicked.
// Arguments of compiled functions (fmt.Println(v)) count as conversions
// here. The refusal names the construct and the workaround, a named type.
// (Handed to a compiled function, a value embedding an interface works.)
func (tc *Types) anonEmbeds() []source.Edit {
	var edits []source.Edit
	compiled := false // refuse is looking at a compiled function's arguments
	refuse := func(e ast.Expr, target types.Type) {
		if !types.IsInterface(target) {
			return
		}
		tv := tc.Info.Types[e]
		if tv.IsType() {
			return
		}
		why, ok := tc.anonLoss(tv.Type, target, compiled)
		if !ok {
			return
		}
		tt, ok := tc.TypeText(target)
		if !ok {
			return
		}
		spelled := types.TypeString(tv.Type, func(p *types.Package) string { return p.Name() })
		named := strings.TrimPrefix(spelled, "*")
		msg := "gopad cannot make an interface value of the unnamed type " + spelled + ": " + why +
			" Workaround: declare it as a named type (type wrapped " + named + ") and use that"
		edits = append(edits, source.Around(tc.Off(e.Pos()), tc.Off(e.End()), "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ").("+tt+")")...)
	}
	tc.conversions(func(c conversion) { refuse(c.expr, c.target) })
	compiled = true
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && tc.compiledFunc(call.Fun) {
			tc.compiledArgs(call, refuse) // conversions leaves these out
		}
		return true
	})
	return edits
}

// anonLoss says why yaegi cannot make a value of type t, a struct type
// without a name or a pointer to one, an interface value of type target
// that works as Go's: the struct embeds an interface with methods (unless
// the value is handed to a compiled function, where it works), or it
// has methods from a compiled type's embedded field that target needs
// (any of them for a non-empty interface; for an empty one, those fmt
// and the encoders look for).
func (tc *Types) anonLoss(t, target types.Type, compiled bool) (string, bool) {
	base := types.Unalias(t)
	if p, ok := base.(*types.Pointer); ok {
		base = types.Unalias(p.Elem())
	}
	st, ok := base.(*types.Struct)
	if !ok {
		return "", false
	}
	if embedsMethods(st) {
		if compiled || base != types.Unalias(t) {
			return "", false // as before: only the struct value itself, not for compiled code
		}
		return "yaegi cannot build a struct type without a name that embeds an interface with methods.", true
	}
	it, _ := target.Underlying().(*types.Interface)
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		m := ms.At(i).Obj()
		if m.Pkg() == nil || m.Pkg() == tc.Pkg {
			continue
		}
		needed := hookMethods[m.Name()]
		if it != nil && !it.Empty() {
			needed = lookupMethod(it, m.Name())
		}
		if needed {
			field := st.Field(ms.At(i).Index()[0])
			return "yaegi builds a struct type without a name without the methods of its embedded fields (" + m.Name() +
				" of " + types.TypeString(field.Type(), func(p *types.Package) string { return p.Name() }) +
				"), which fmt and interfaces then miss.", true
		}
	}
	return "", false
}

// hookMethods are the methods fmt and the encoders look for in a value
// held in an empty interface.
var hookMethods = map[string]bool{"String": true, "Error": true, "Format": true, "GoString": true,
	"MarshalJSON": true, "MarshalText": true, "MarshalXML": true, "MarshalBinary": true, "GobEncode": true}

// lookupMethod reports whether it has a method name.
func lookupMethod(it *types.Interface, name string) bool {
	for i := range it.NumMethods() {
		if it.Method(i).Name() == name {
			return true
		}
	}
	return false
}

// namesStructGlobal reports whether the chunk names a session variable
// whose value is a struct or a pointer to one.
func (u *Unit) namesStructGlobal() bool {
	found := false
	ast.Inspect(u.AST, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if found || !ok || !u.Scope.Variable(id.Name) {
			return !found
		}
		if v, ok := u.Scope.Global(id.Name); ok && v.IsValid() {
			t := v.Type()
			if t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
			found = t.Kind() == reflect.Struct
		}
		return !found
	})
	return found
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
