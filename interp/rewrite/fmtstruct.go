package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// structOperand prints a struct value of a cell's type whose exported
// fields have String or Error methods as Go prints it: fmt calls those
// methods for each field, but yaegi hands the struct to fmt without them
// ({Book {1250 EUR} 0xc000...} instead of {Book 12.50 EUR 9.99 USD}). The
// fields are taken in interpreted code, the methods' results standing for
// the fields that have them, and printed by a compiled struct printer:
//
//	fmt.Println(p)  →  fmt.Println(func(gopadS Product) any { return gopadBuiltin.PrintStruct([]any{gopadS.Name, ...}, "Name", ...) }(p))
//
// Only for the verbs that print a method's result (%v %s %q %x %X, Print,
// Println); %#v and the rest are left alone.
func (tc *Types) structOperand(a ast.Expr) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil {
		return nil, false
	}
	if es, ok := tc.structElems(a, t); ok {
		return es, true
	}
	if open, ok := tc.pointerPrinter(t); ok {
		return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open+"(", ")"), true
	}
	if !tc.structNeedsMethods(t, 0) {
		return nil, false
	}
	text, ok := tc.structPrinter(t, 0)
	if !ok {
		return nil, false
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), text+"(", ")"), true
}

// structNeedsMethods reports whether t is a struct type of the cells
// (named, or a struct literal type over their types or with fields of
// interface types) without a print
// method of its own, some exported field of which (or of a nested such
// struct) has one.
func (tc *Types) structNeedsMethods(t types.Type, depth int) bool {
	key := printerKey{t: t, depth: depth, held: tc.heldNest, inTry: tc.inStructTry, bare: tc.bareFields, self: tc.heldSelfKey()}
	if r, ok := tc.printerMemo[key]; ok {
		return r.ok
	}
	needs := tc.structNeedsMethodsOf(t, depth)
	if tc.printerMemo == nil {
		tc.printerMemo = map[printerKey]printerResult{}
	}
	tc.printerMemo[key] = printerResult{ok: needs}
	return needs
}

// structNeedsMethodsOf answers structNeedsMethods.
func (tc *Types) structNeedsMethodsOf(t types.Type, depth int) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok || depth > 4 || printMethod(t) != "" || hasFormat(t) {
		return false
	}
	if !mentionsPackage(t, tc.Pkg) && !holdsInterfaceStructs(t) && !tc.cellStructHidesMethods(st) {
		return false // struct{ V any } may hold a cell's type: its fields are looked at
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if tc.erasedFields()[f] {
			return true // held as any for yaegi (selffuncfields.go): nil prints <nil>
		}
		if types.IsInterface(f.Type()) {
			if _, ok := tc.interfaceField(f, depth); ok {
				return true
			}
			continue
		}
		if _, ok := tc.containerFuncAt(f.Type(), depth+1, f.Exported()); ok {
			return true // a []Shape field
		}
		if !f.Exported() && tc.bareCompiled(f.Type()) != "" {
			return true // an unexported time.Duration field
		}
		if !f.Exported() || !mentionsPackage(f.Type(), tc.Pkg) && !holdsInterfaceStructs(f.Type()) && !tc.holdsCellStructHiding(f.Type(), 0) {
			continue
		}
		if printMethod(f.Type()) != "" && !hasFormat(f.Type()) || tc.structNeedsMethods(f.Type(), depth+1) {
			return true
		}
		if hasFormat(f.Type()) && !types.IsInterface(f.Type()) {
			// (structPrinter hands fmt the field as a fmt.Formatter)
			return true
		}
		if _, ok := tc.elemsShown(f.Type(), depth+1); ok {
			return true // a []Task field, whose Task has a field with String
		}
	}
	return false
}

// cellStructHidesMethods reports whether st, a struct type written in a
// cell without a name (`struct{ n int; total time.Duration }`, a map's
// value type), has an unexported field of a compiled type with a method
// fmt calls: Go prints such a field bare, yaegi exports it at run time.
func (tc *Types) cellStructHidesMethods(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Exported() && f.Pkg() == tc.Pkg && tc.bareCompiled(f.Type()) != "" {
			return true
		}
	}
	return false
}

// holdsCellStructHiding reports whether t is or holds (as an element or a
// pointer's target) a struct type without a name for which
// cellStructHidesMethods holds.
func (tc *Types) holdsCellStructHiding(t types.Type, depth int) bool {
	if depth > 5 {
		return false
	}
	switch u := types.Unalias(t).(type) {
	case *types.Struct:
		return tc.cellStructHidesMethods(u)
	case *types.Pointer:
		return tc.holdsCellStructHiding(u.Elem(), depth+1)
	case *types.Slice:
		return tc.holdsCellStructHiding(u.Elem(), depth+1)
	case *types.Array:
		return tc.holdsCellStructHiding(u.Elem(), depth+1)
	case *types.Map:
		return tc.holdsCellStructHiding(u.Elem(), depth+1)
	}
	return false
}

// structPrinter is a func literal that takes a value of t and returns
// its struct printer.
func (tc *Types) structPrinter(t types.Type, depth int) (string, bool) {
	tt, ok := tc.TypeText(t)
	if !ok {
		return "", false
	}
	st := t.Underlying().(*types.Struct)
	var vals, names []string
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		v, ok := tc.fieldPrinted(f, depth)
		if !ok {
			return "", false
		}
		if v == "gopadS."+f.Name() {
			v = tc.bareField(f.Type(), v)
		}
		vals = append(vals, v)
		names = append(names, fmt.Sprintf("%q", f.Name()))
	}
	return "func(gopadS " + tt + ") any { return gopadBuiltin.PrintStruct([]any{" + strings.Join(vals, ", ") + "}, " +
		strings.Join(names, ", ") + ") }", true
}

// fieldPrinted is what structPrinter hands fmt for field f of gopadS, a
// struct printed depth deep: the field as fmt would print it in Go.
func (tc *Types) fieldPrinted(f *types.Var, depth int) (string, bool) {
	v := "gopadS." + f.Name()
	// fmt calls no method of an unexported field, nor of anything
	// within one (bareFields).
	exported := f.Exported() && !tc.bareFields
	switch {
	case tc.erasedFields()[f]:
		ft, stored, ok := tc.erasedTypes(f.Type())
		if !ok {
			return "", false
		}
		if exported && printMethod(f.Type()) != "" {
			open, close := erasedRead(ft, stored)
			v = "func(v " + ft + ") any { return " + shownCall(f.Type(), printMethod(f.Type()), false) + " }(" + open + v + close + ")"
		} else {
			v = "func() " + stored + " { gopadV, _ := " + v + ".(" + stored + "); return gopadV }()"
		}
	case exported && hasFormat(f.Type()) && !types.IsInterface(f.Type()):
		v = "func() gopadFmtPkg.Formatter { var gopadF gopadFmtPkg.Formatter = " + v + "; return gopadF }()"
	case types.IsInterface(f.Type()):
		if fn, ok := tc.interfaceFieldAs(f.Type(), exported, depth); ok {
			v = fn + "(" + v + ")"
			if tc.pairedElems(f.Type()) {
				// A value without a print method comes back as
				// yaegi's pair (pairedElems).
				v = "gopadBuiltin.Unkept(" + v + ")"
			}
		}
	case tc.containerFuncOKAs(f.Type(), exported, depth):
		fn, _ := tc.containerFuncAt(f.Type(), depth+1, exported)
		v = fn + "(" + v + ")"
	case depth < 4 && tc.methodsOnly(f.Type()):
		// A struct with methods but none fmt calls reaches compiled
		// code as yaegi's pair of node and value: printed by its
		// fields, as fmt prints it.
		inner, ok := tc.structPrinter(f.Type(), depth+1)
		if !ok {
			return "", false
		}
		v = inner + "(" + v + ")"
	case tc.namedField(f.Type(), v, false) != "":
		// (a field fmt names under a bad verb: fmtbadfields.go)
		v = tc.namedField(f.Type(), v, false)
	case !exported && tc.bareCompiled(f.Type()) != "":
		v = tc.bareCompiled(f.Type()) + "(" + v + ")"
	case !exported && depth < 4 && tc.cellStructPrinted(f.Type()):
		inner, ok := tc.bareStructPrinter(f.Type(), depth+1)
		if !ok {
			return "", false
		}
		v = inner + "(" + v + ")"
	case !exported:
		// fmt calls no method of an unexported field.
	case printMethod(f.Type()) != "":
		ft, ok := tc.TypeText(f.Type())
		if !ok {
			return "", false
		}
		v = "func(v " + ft + ") any { return " + shownCall(f.Type(), printMethod(f.Type()), false) + " }(" + v + ")"
	case tc.structNeedsMethods(f.Type(), depth+1):
		inner, ok := tc.structPrinter(f.Type(), depth+1)
		if !ok {
			return "", false
		}
		v = inner + "(" + v + ")"
	default:
		if open, ok := tc.elemsShown(f.Type(), depth+1); ok {
			v = open + v + ")" // printargs.go
		}
	}
	return v, true
}

// bareCompiled is the basic type under t when t is a compiled package's
// type over a basic type with a method fmt calls (time.Duration,
// os.FileMode), "" otherwise. fmt calls no method of an unexported field,
// {timeout:30000000000}, but yaegi exports a cell struct's fields at run
// time (as X<name>), so fmt would print {timeout:30s}: the struct printer
// hands such a field over as its basic value.
func (tc *Types) bareCompiled(t types.Type) string {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == tc.Pkg || printMethod(t) == "" && !hasFormat(t) {
		return ""
	}
	if b, ok := n.Underlying().(*types.Basic); ok {
		return b.Name()
	}
	return ""
}

// pointerPrinter is a func literal that takes a pointer of type t to such
// a struct and gives fmt what it prints for it as an operand: & and the
// struct's fields, through their methods (nil as nil); false when t is no
// such pointer, or has a method fmt calls. Inside a slice, an array, a map
// or a struct fmt prints the pointer instead, as Go prints its address:
// the element printers hand each element to gopadBuiltin.Nested.
func (tc *Types) pointerPrinter(t types.Type) (string, bool) {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok || printMethod(t) != "" || hasFormat(t) || !tc.structNeedsMethods(p.Elem(), 0) {
		return "", false
	}
	tt, ok1 := tc.TypeText(t)
	printer, ok2 := tc.structPrinter(p.Elem(), 0)
	if !ok1 || !ok2 {
		return "", false
	}
	return "func(gopadP " + tt + ") any { if gopadP == nil { return gopadP }; return gopadBuiltin.PrintAddr(gopadP, " + printer + "(*gopadP)) }", true
}

// containerFuncOKAs reports whether a field of type t, of struct printer
// depth depth, that fmt sees as exported or not, is a slice, array or map
// that containerFuncAt converts.
func (tc *Types) containerFuncOKAs(t types.Type, exported bool, depth int) bool {
	_, ok := tc.containerFuncAt(t, depth+1, exported)
	return ok
}

// methodsOnly reports whether t is a cell's struct type with methods of
// which fmt calls none (no String, Error or Format).
func (tc *Types) methodsOnly(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 || printMethod(t) != "" || hasFormat(t) {
		return false
	}
	if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
		return false
	}
	return types.NewMethodSet(types.NewPointer(t)).Len() > 0
}

// interfaceField is the function literal (fmtdynamic.go) that gives fmt
// the value a field of an interface type holds as Go prints it: through
// its String or Error method for an exported field, as its basic value for
// an unexported one, and the value of a cell's struct type it holds for
// both (heldFuncAt; depth is the struct's own nesting); false when no cell
// type needs it.
func (tc *Types) interfaceField(f *types.Var, depth int) (string, bool) {
	return tc.interfaceFieldAs(f.Type(), f.Exported(), depth)
}

// interfaceFieldAs is interfaceField for a field of type t that fmt sees
// as exported or not.
func (tc *Types) interfaceFieldAs(t types.Type, exported bool, depth int) (string, bool) {
	if exported {
		return tc.elemFuncAt(t, depth)
	}
	if fn, ok := tc.heldCompiledFunc(t); ok {
		// A compiled interface's wrapper (a `lvl fmt.Stringer` field):
		// the value it holds, whose String fmt would not call (yaegi's
		// type switch of keptBareFunc does not see through the wrapper).
		return fn, true
	}
	if fn, ok := tc.keptBareFunc(t); ok {
		return fn, true
	}
	return tc.bareHeldFunc(t, depth)
}

// bareHeldFunc is heldFuncAt for an unexported field or element of
// interface type t: the structs it holds are printed as bare as the field
// (bareFields), since fmt calls no method of anything inside an
// unexported field (their String methods were called from the third level
// down).
func (tc *Types) bareHeldFunc(t types.Type, depth int) (string, bool) {
	bare := tc.bareFields
	tc.bareFields = true
	defer func() { tc.bareFields = bare }()
	return tc.heldFuncAt(t, depth)
}

// bareStructPrinter is structPrinter for a struct with a String method in
// an unexported field, which reached fmt as yaegi's pair: printed by its
// fields, none through a method.
func (tc *Types) bareStructPrinter(t types.Type, depth int) (string, bool) {
	bare := tc.bareFields
	tc.bareFields = true
	defer func() { tc.bareFields = bare }()
	return tc.structPrinter(t, depth)
}

// cellStructPrinted reports whether t is a cell's struct type with a
// String, Error or Format method, which a struct printer hands to fmt as
// yaegi's pair of node and value when it does not call the method.
func (tc *Types) cellStructPrinted(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return false
	}
	if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
		return false
	}
	return printMethod(t) != "" || hasFormat(t)
}

// structElems prints a slice or array of such structs (a []Reading whose
// Temp field has a String method) element by element through their
// struct printers, as fmt prints each element:
//
//	fmt.Println(rs)  →  fmt.Println(func(s []Reading) []any { ...; out[i] = <printer>(s[i]); ... }(rs))
func (tc *Types) structElems(a ast.Expr, t types.Type) ([]source.Edit, bool) {
	var elem types.Type
	n := ""
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem, n = u.Elem(), fmt.Sprint(u.Len())
	case *types.Map:
		return tc.structValues(a, t, u)
	default:
		return nil, false
	}
	if !tc.structNeedsMethods(elem, 0) {
		return nil, false
	}
	tt, ok1 := tc.TypeText(t)
	printer, ok2 := tc.structPrinter(elem, 0)
	if !ok1 || !ok2 {
		return nil, false
	}
	loop := "for i := 0; i < len(s); i++ { out[i] = " + printer + "(s[i]) }; return out"
	open := "func(s " + tt + ") []any { if s == nil { return nil }; out := make([]any, len(s)); " + loop + " }("
	if n != "" {
		open = "func(s " + tt + ") [" + n + "]any { var out [" + n + "]any; " + loop + " }("
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")"), true
}

// structValues is structElems for a map: its values printed by their
// struct printer, its keys as they are (basic keys of no cell type, which
// fmt sorts as they are).
func (tc *Types) structValues(a ast.Expr, t types.Type, m *types.Map) ([]source.Edit, bool) {
	if _, basic := m.Key().Underlying().(*types.Basic); !basic || mentionsPackage(m.Key(), tc.Pkg) || !tc.structNeedsMethods(m.Elem(), 0) {
		return nil, false
	}
	tt, ok1 := tc.TypeText(t)
	printer, ok2 := tc.structPrinter(m.Elem(), 0)
	if !ok1 || !ok2 {
		return nil, false
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), mapPrinterOpen(tt, "k", "k", printer+"(v)"), ")"), true
}

// bareField is v, a field of type t that fmt prints without calling a
// method, converted to t's underlying type where t is a cell's type over
// a basic type (yaegi's own value would reach fmt) or over a slice, map,
// array, channel or func type (yaegi's pair of node and value would:
// {0xc000… {0x10caba0 0xc000… 407}}).
func (tc *Types) bareField(t types.Type, v string) string {
	if !mentionsPackage(t, tc.Pkg) {
		return v
	}
	if _, named := types.Unalias(t).(*types.Named); !named {
		return v
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Name() + "(" + v + ")"
	case *types.Slice, *types.Map, *types.Array, *types.Chan, *types.Signature:
		if text, ok := tc.TypeText(u); ok {
			return "(" + text + ")(" + v + ")"
		}
	}
	return v
}

// interfaceFields reports whether st has a field of an interface type or
// of a slice, array or map of one (struct{ A, B any }, struct{ V []any }).
func interfaceFields(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		t := st.Field(i).Type()
		for range 3 {
			switch u := t.Underlying().(type) {
			case *types.Slice:
				t = u.Elem()
			case *types.Array:
				t = u.Elem()
			case *types.Map:
				t = u.Elem()
			}
		}
		if types.IsInterface(t) {
			return true
		}
	}
	return false
}

// holdsInterfaceStructs reports whether t is a struct literal type with
// fields of interface types, or a slice, array or map of one
// (map[string]struct{ V any }), which may hold the cells' values. A named
// type is not (a compiled package's struct, as list.Element, keeps its
// unexported fields from the printer).
func holdsInterfaceStructs(t types.Type) bool {
	for range 4 {
		switch u := types.Unalias(t).(type) {
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		case *types.Struct:
			return interfaceFields(u)
		default:
			return false
		}
	}
	return false
}
