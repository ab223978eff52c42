package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

// %#v of values that hold values of the cells' types with a GoString
// method (part of the printArgs pass). Go's fmt calls GoString on each
// element, map entry and exported field it meets; yaegi hands fmt the
// values without their methods, so it printed them field by field
// ([]main.Color{main.Color{R:0x9, ...}} for []main.Color{RGB(9, 9, 9)}).
//
//   - a slice or array of such values is printed by interpreted code that
//     calls GoString on each element, with Go's type name around them;
//   - a map, a struct or a pointer that holds them is refused with an
//     error that names the type: gopad would print it without GoString.

// goStringerType reports whether t is a cell's type (not an interface)
// with a GoString() string method (fmt.GoStringer) and no Format method.
func (tc *Types) goStringerType(t types.Type) bool {
	if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) || hasFormat(t) {
		return false
	}
	sel := types.NewMethodSet(t).Lookup(nil, "GoString")
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.String
}

// holdsGoStringer reports whether a value of type t holds, below its top
// level, a value that fmt's %#v prints through GoString: an element, a
// map key or value, an exported field or a pointer's target of a cell's
// type with a GoString method. Interfaces are not followed (their values
// are not known here).
func (tc *Types) holdsGoStringer(t types.Type, depth int) bool {
	if depth > 6 || t == nil || types.IsInterface(t) || depth > 0 && tc.goStringerType(t) {
		return depth > 0 && tc.goStringerType(t)
	}
	if depth > 0 && hasFormat(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return tc.holdsGoStringer(u.Elem(), depth+1)
	case *types.Array:
		return tc.holdsGoStringer(u.Elem(), depth+1)
	case *types.Pointer:
		return tc.holdsGoStringer(u.Elem(), depth+1)
	case *types.Map:
		return tc.holdsGoStringer(u.Key(), depth+1) || tc.holdsGoStringer(u.Elem(), depth+1)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if u.Field(i).Exported() && tc.holdsGoStringer(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	}
	return false
}

// goSyntaxHeld returns the edits of operand a of %#v (d), whose type
// holds values with a GoString method: a slice or an array of them is
// printed element by element through GoString (d respelled %s); other
// holders are refused.
func (tc *Types) goSyntaxHeld(f *formatRespelling, d directive, a ast.Expr) []source.Edit {
	t := tc.Info.Types[a].Type
	name, ok1 := tc.goTypeName(t)
	tt, ok2 := tc.TypeText(t)
	var elem types.Type
	nilCheck := ""
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
		nilCheck = "if gopadS == nil { return " + strconv.Quote(name+"(nil)") + " }; "
	case *types.Array:
		elem = u.Elem()
	}
	if elem == nil || !tc.goStringerType(elem) || !ok1 || !ok2 {
		if !ok1 {
			name = t.String()
		}
		msg := "gopad cannot print %#v of a value of type " + name + ": it holds values with a GoString method " +
			"in a map, a struct field or behind a pointer, which gopad would print without it. " +
			"Workaround: call GoString on them yourself"
		return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ")")
	}
	f.asString(d, "#")
	open := "func(gopadS " + tt + ") string { " + nilCheck + "gopadOut := " + strconv.Quote(name+"{") +
		"; for gopadI := 0; gopadI < len(gopadS); gopadI++ { if gopadI > 0 { gopadOut += \", \" }; gopadOut += gopadS[gopadI].GoString() }" +
		"; return gopadOut + \"}\" }("
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")")
}

// holdsFormatter reports whether a value of type t holds, below its top
// level, a value of a cell's type with a Format method (an element, a map
// key or value, an exported field, a pointer's target): fmt's %#v calls
// Format for it, which gopad's %#v of the holder does not reach (a
// map[Code]Level printed the Levels' numbers).
func (tc *Types) holdsFormatter(t types.Type, depth int) bool {
	if depth > 6 || t == nil || types.IsInterface(t) {
		return false
	}
	if depth > 0 && mentionsPackage(t, tc.Pkg) && hasFormat(t) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return tc.holdsFormatter(u.Elem(), depth+1)
	case *types.Array:
		return tc.holdsFormatter(u.Elem(), depth+1)
	case *types.Pointer:
		return tc.holdsFormatter(u.Elem(), depth+1)
	case *types.Map:
		return tc.holdsFormatter(u.Key(), depth+1) || tc.holdsFormatter(u.Elem(), depth+1)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if u.Field(i).Exported() && tc.holdsFormatter(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	}
	return false
}

// refuseHeldFormatter refuses operand a of %#v, which holds values with a
// Format method (holdsFormatter).
func (tc *Types) refuseHeldFormatter(a ast.Expr) []source.Edit {
	name, ok := tc.goTypeName(tc.Info.Types[a].Type)
	if !ok {
		name = tc.Info.Types[a].Type.String()
	}
	msg := "gopad cannot print %#v of a value of type " + name + ": it holds values with a Format method, which fmt " +
		"calls for them and gopad would not. Workaround: print the values one by one, or with %v"
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ")")
}
