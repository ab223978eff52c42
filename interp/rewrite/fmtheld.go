package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// heldOpen is the start of the call that hands a verb fmt does not print
// through String or Error (%d, %f, %t, %c, %b...) the value of a cell's
// type that an operand of a compiled interface type t holds (error,
// fmt.Stringer, sort.Interface); its end is ")". yaegi keeps such a value
// in its own wrapper struct, which fmt printed field by field,
// {824634 5508608} where Go prints &{404} or 3; gopadBuiltin.Held gives the
// value back (stdlib.SelfValue). False when t is no compiled interface
// with methods or no cell type implements it.
//
//	fmt.Printf("%d", err)  →  fmt.Printf("%d", gopadBuiltin.Held(err))
func (tc *Types) heldOpen(t types.Type) (string, bool) {
	if t == nil || !compiledInterface(t, tc.Pkg) {
		return "", false
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return "", false
	}
	for _, n := range tc.cellNamedTypes() {
		if !types.IsInterface(n) && types.Implements(types.NewPointer(n), it) {
			return "gopadBuiltin.Held(", true
		}
	}
	return "", false
}

// heldCompiledFunc is heldOpen's function for an element of a slice, array
// or map of a compiled interface t (a []fmt.Stringer printed with %5.1f):
// fmt printed the wrapper's fields, { 21.5 %!f(func() string=0x540f00)}.
// gopadBuiltin.HeldElem also names a cell's type over a basic type in a
// bad verb's text (%!d(main.Celsius=7)).
func (tc *Types) heldCompiledFunc(t types.Type) (string, bool) {
	if _, ok := tc.heldOpen(t); ok {
		return "gopadBuiltin.HeldElem", true
	}
	return "", false
}

// heldStructFunc is the function literal that hands fmt a value of t, a
// struct type of the cells or a struct type literal, without embedded
// fields, with its fields of
// interface types replaced by the values they hold (heldCompiledFunc's,
// heldEmptyFunc's), printed by gopadBuiltin.PrintStruct with the verb of
// the whole: %d of a Row{E error; N int} printed yaegi's wrapper in E,
// {{5 5508864 5508864} 1} where Go prints {5 1}. False when no field
// needs it.
func (tc *Types) heldStructFunc(t types.Type) (string, bool) {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return "", false
	}
	if n, named := t.(*types.Named); named && (n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0) {
		return "", false
	} else if _, lit := t.(*types.Struct); !named && !lit {
		return "", false
	}
	tt, ok := tc.TypeText(t)
	if !ok {
		return "", false
	}
	var vals, names []string
	changed := false
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Embedded() {
			return "", false
		}
		v := "gopadS." + f.Name()
		if fn, ok := tc.heldCompiledFunc(f.Type()); ok {
			v, changed = fn+"("+v+")", true
		} else if fn, ok := tc.heldEmptyFunc(f.Type()); ok {
			v, changed = fn+"("+v+")", true
		}
		vals, names = append(vals, v), append(names, strconv.Quote(f.Name()))
	}
	if !changed {
		return "", false
	}
	return "func(gopadS " + tt + ") any { return gopadBuiltin.PrintStruct([]any{" + strings.Join(vals, ", ") + "}, " +
		strings.Join(names, ", ") + ") }", true
}

// numericOperand returns the edits of operand a of a verb that prints no
// String or Error (%d, %f...): the value of a cell's type it holds as that
// value, which yaegi would hand over as its own wrapper. uo and uc are
// unwrapped's text around an empty interface operand (unwrap).
func (tc *Types) numericOperand(a ast.Expr, uo, uc string, unwrap bool) []source.Edit {
	t := tc.Info.Types[a].Type
	wrap := func(open, close string) []source.Edit {
		return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, close)
	}
	if open, ok := tc.heldOpen(t); ok {
		return wrap(open, ")")
	}
	// An empty interface may hold an error's or a fmt.Stringer's wrapper
	// (var x any = err): its value first.
	ho, hc := "", ""
	if t != nil && empty(t) && !tc.Info.Types[a].IsNil() && tc.wrapperHeld() {
		ho, hc = "gopadBuiltin.Held(", ")"
	}
	if fn, ok := tc.keptBareFunc(t); ok {
		return wrap(fn+"("+ho, hc+")")
	}
	if es, ok := tc.elemsThrough(a, t, tc.heldFunc); ok {
		return es // elements of the cells' interfaces, as their values
	}
	if es, ok := tc.elemsThrough(a, t, tc.heldCompiledFunc); ok {
		return es // elements of a []fmt.Stringer, a map[string]error, as their values
	}
	if fn, ok := tc.heldStructFunc(t); ok {
		return wrap(fn+"(", ")") // a struct's fields of interface types, as their values
	}
	if es, ok := tc.elemsThrough(a, t, tc.heldStructFunc); ok {
		return es // the same in a slice, array or map of such structs
	}
	if es, ok := tc.elemsThrough(a, t, tc.heldEmptyFunc); ok {
		return es // elements of an []any or a map[string]any, as their values
	}
	if ho == "" {
		return nil
	}
	if unwrap {
		return wrap(uo+ho, hc+uc)
	}
	return wrap(ho, hc)
}

// wrapperHeld reports whether a cell's type (or a pointer to one)
// implements error or fmt.Stringer, so that an empty interface may hold
// yaegi's wrapper of its value.
func (tc *Types) wrapperHeld() bool {
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	for _, n := range tc.cellNamedTypes() {
		if types.IsInterface(n) {
			continue
		}
		p := types.NewPointer(n)
		if types.Implements(p, errType) || printMethod(p) == "String" {
			return true
		}
	}
	return false
}
