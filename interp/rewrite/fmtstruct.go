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
// (named, or a struct literal type over their types) without a print
// method of its own, some exported field of which (or of a nested such
// struct) has one.
func (tc *Types) structNeedsMethods(t types.Type, depth int) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok || depth > 4 || !mentionsPackage(t, tc.Pkg) || printMethod(t) != "" || hasFormat(t) {
		return false
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
		if !f.Exported() || !mentionsPackage(f.Type(), tc.Pkg) {
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
		v := "gopadS." + f.Name()
		switch {
		case tc.erasedFields()[f]:
			ft, stored, ok := tc.erasedTypes(f.Type())
			if !ok {
				return "", false
			}
			if f.Exported() && printMethod(f.Type()) != "" {
				open, close := erasedRead(ft, stored)
				v = "func(v " + ft + ") any { return " + shownCall(f.Type(), printMethod(f.Type()), false) + " }(" + open + v + close + ")"
			} else {
				v = "func() " + stored + " { gopadV, _ := " + v + ".(" + stored + "); return gopadV }()"
			}
		case f.Exported() && hasFormat(f.Type()) && !types.IsInterface(f.Type()):
			v = "func() gopadFmtPkg.Formatter { var gopadF gopadFmtPkg.Formatter = " + v + "; return gopadF }()"
		case types.IsInterface(f.Type()):
			if fn, ok := tc.interfaceField(f, depth); ok {
				v = fn + "(" + v + ")"
				if tc.pairedElems(f.Type()) {
					// A value without a print method comes back as
					// yaegi's pair (pairedElems).
					v = "gopadBuiltin.Unkept(" + v + ")"
				}
			}
		case tc.containerFuncOK(f, depth):
			fn, _ := tc.containerFuncAt(f.Type(), depth+1, f.Exported())
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
		case !f.Exported() && tc.bareCompiled(f.Type()) != "":
			v = tc.bareCompiled(f.Type()) + "(" + v + ")"
		case !f.Exported():
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
		if b, ok := f.Type().Underlying().(*types.Basic); ok && v == "gopadS."+f.Name() && mentionsPackage(f.Type(), tc.Pkg) {
			// A cell's type over a basic type would reach fmt as
			// yaegi's own value.
			v = b.Name() + "(" + v + ")"
		}
		vals = append(vals, v)
		names = append(names, fmt.Sprintf("%q", f.Name()))
	}
	return "func(gopadS " + tt + ") any { return gopadBuiltin.PrintStruct([]any{" + strings.Join(vals, ", ") + "}, " +
		strings.Join(names, ", ") + ") }", true
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
// such pointer, or has a method fmt calls.
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
	return "func(gopadP " + tt + ") any { if gopadP == nil { return gopadP }; return gopadBuiltin.PrintAddr(" + printer + "(*gopadP)) }", true
}

// containerFuncOK reports whether field f, of struct printer depth depth,
// is a slice, array or map that containerFuncAt converts.
func (tc *Types) containerFuncOK(f *types.Var, depth int) bool {
	_, ok := tc.containerFuncAt(f.Type(), depth+1, f.Exported())
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
	if f.Exported() {
		return tc.elemFuncAt(f.Type(), depth)
	}
	if fn, ok := tc.keptBareFunc(f.Type()); ok {
		return fn, true
	}
	return tc.heldFuncAt(f.Type(), depth)
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
