package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var typedNilPass = Pass{
	Name: "typedNil",
	// A pointer may meet a compiled interface where the chunk names the
	// type error or package errors, a compiled package's interface
	// (fmt.Stringer, io, sort, heap), or assigns a name to a variable (one
	// an earlier cell declared an error).
	Wants: func(u *Unit) bool {
		s := u.sights()
		return u.dynamicNames() && (s.errorNamed || s.plainAssigns || u.usesPackage("errors", "io", "sort", "container/heap") ||
			u.selects(func(s sel, _ string) bool { return s.name == "Stringer" }))
	},
	Run: func(u *Unit) []source.Edit { return u.Types.typedNils() },
}

// typedNils guards the places where a pointer to a cell's struct type
// becomes a compiled interface with methods (error, fmt.Stringer,
// io.Writer...). yaegi stores a nil such value as a nil interface there,
// so that a typed nil error compares equal to nil and prints as <nil>: a
// silent wrong answer. gopad cannot hold the typed nil, so it refuses it
// when it happens:
//
//	return p  →  return func(gopadV *MyErr) error { if gopadV == nil { panic(...) }; return gopadV }(p)
//
// Values that cannot be nil (&T{}, new(T), make, literals) are left alone,
// and so are the cells' own interfaces and interface literals, which keep
// the typed nil.
func (tc *Types) typedNils() []source.Edit {
	var edits []source.Edit
	guard := func(e ast.Expr, target types.Type) {
		if e == nil || target == nil || !tc.losesTypedNil(e, target) {
			return
		}
		v := tc.Info.Types[e].Type
		vt, ok := tc.TypeText(v)
		if !ok {
			return
		}
		tt, spelled := tc.TypeText(target)
		// The literal returns the interface: a call's result of the
		// pointer type would reach a compiled interface parameter, or a
		// send, without yaegi's wrapper (see ifaceArgs).
		rt := vt
		if spelled {
			rt = tt
		}
		msg := strconv.Quote(fmt.Sprintf("gopad: a nil %s converted to the interface %s: Go keeps its type (the interface is not nil), "+
			"gopad cannot (it would compare equal to nil); use an untyped nil for no value (if p == nil { return nil })", goSpelling(vt), tt))
		edits = append(edits,
			source.Edit{From: tc.Off(e.Pos()), To: tc.Off(e.Pos()), Text: fmt.Sprintf("func(gopadV %s) %s { if gopadV == nil { panic(%s) }; return gopadV }(", vt, rt, msg), Order: 1},
			source.Edit{From: tc.Off(e.End()), To: tc.Off(e.End()), Text: ")", Order: -1})
	}
	var sigs []*types.Signature // of the enclosing functions
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body == nil {
				return false
			}
			sig, _ := tc.Info.Defs[n.Name].Type().(*types.Signature)
			sigs = append(sigs, sig)
			ast.Inspect(n.Body, visit)
			sigs = sigs[:len(sigs)-1]
			return false
		case *ast.FuncLit:
			sig, _ := tc.Info.Types[n].Type.(*types.Signature)
			sigs = append(sigs, sig)
			ast.Inspect(n.Body, visit)
			sigs = sigs[:len(sigs)-1]
			return false
		case *ast.ReturnStmt:
			if len(sigs) > 0 && sigs[len(sigs)-1] != nil && sigs[len(sigs)-1].Results().Len() == len(n.Results) {
				for i, r := range n.Results {
					guard(r, sigs[len(sigs)-1].Results().At(i).Type())
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					guard(r, tc.Info.Types[n.Lhs[i]].Type)
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for _, r := range n.Values {
					guard(r, tc.Info.Types[n.Type].Type)
				}
			}
		case *ast.SendStmt:
			if ch, ok := tc.Info.Types[n.Chan].Type.Underlying().(*types.Chan); ok {
				guard(n.Value, ch.Elem())
			}
		case *ast.CallExpr:
			tc.guardCall(n, guard)
		case *ast.CompositeLit:
			tc.guardElems(n, guard)
		}
		return true
	}
	ast.Inspect(tc.File, visit)
	return edits
}

// guardCall guards the arguments of a call or conversion.
func (tc *Types) guardCall(call *ast.CallExpr, guard func(ast.Expr, types.Type)) {
	fun, ok := tc.Info.Types[call.Fun]
	if !ok {
		return
	}
	if fun.IsType() {
		if len(call.Args) == 1 {
			guard(call.Args[0], fun.Type)
		}
		return
	}
	sig, ok := fun.Type.Underlying().(*types.Signature)
	if !ok || call.Ellipsis.IsValid() || tc.compiledFunc(call.Fun) {
		return
	}
	for i, a := range call.Args {
		switch {
		case sig.Variadic() && i >= sig.Params().Len()-1:
			if s, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice); ok {
				guard(a, s.Elem())
			}
		case i < sig.Params().Len():
			guard(a, sig.Params().At(i).Type())
		}
	}
}

// guardElems guards the elements of a composite literal.
func (tc *Types) guardElems(lit *ast.CompositeLit, guard func(ast.Expr, types.Type)) {
	tv, ok := tc.Info.Types[lit]
	if !ok {
		return
	}
	t := tv.Type.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	for i, el := range lit.Elts {
		kv, keyed := el.(*ast.KeyValueExpr)
		switch t := t.(type) {
		case *types.Slice:
			if keyed {
				el = kv.Value
			}
			guard(el, t.Elem())
		case *types.Array:
			if keyed {
				el = kv.Value
			}
			guard(el, t.Elem())
		case *types.Map:
			if keyed {
				guard(kv.Key, t.Key())
				guard(kv.Value, t.Elem())
			}
		case *types.Struct:
			if !keyed && i < t.NumFields() {
				guard(el, t.Field(i).Type())
			} else if keyed {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := tc.Info.Uses[id].(*types.Var); ok {
						guard(kv.Value, f.Type())
					}
				}
			}
		}
	}
}

// losesTypedNil reports whether yaegi would turn e, when nil, into a nil
// interface of type target: e has a nilable type of the cells' own, which
// yaegi wraps to meet a compiled interface with methods, and e may be nil.
func (tc *Types) losesTypedNil(e ast.Expr, target types.Type) bool {
	iface, ok := target.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	// error, or a compiled package's interface; the cells' own interfaces
	// and interface literals keep the typed nil.
	named, ok := target.(*types.Named)
	compiled := target == types.Universe.Lookup("error").Type() ||
		ok && named.Obj().Pkg() != nil && named.Obj().Pkg() != tc.Pkg
	if !compiled {
		return false
	}
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Type == nil || tv.IsNil() || tv.IsType() {
		return false
	}
	// Pointers to the cells' struct types: the value guarded is a call's
	// result, which yaegi fails to wrap for other types (a *[]T for
	// heap.Interface).
	p, ok := tv.Type.(*types.Pointer)
	if !ok || !tc.ownType(p) {
		return false
	}
	if _, ok := p.Elem().Underlying().(*types.Struct); !ok {
		return false
	}
	return !cannotBeNil(ast.Unparen(e))
}

// ownType reports whether t is a named type of the cells, or a pointer to one.
func (tc *Types) ownType(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	return ok && named.Obj().Pkg() == tc.Pkg
}

// cannotBeNil reports whether e is an expression whose value is never nil.
func cannotBeNil(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.UnaryExpr:
		return e.Op == token.AND
	case *ast.CompositeLit, *ast.FuncLit:
		return true
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); ok && (id.Name == "new" || id.Name == "make") {
			return true
		}
	}
	return false
}

// goSpelling spells a type of the cells as Go prints it (*main.T).
func goSpelling(t string) string {
	i := strings.IndexFunc(t, func(r rune) bool { return r != '*' && r != '[' && r != ']' })
	if i < 0 || strings.ContainsAny(t[i:], ".([{ ") {
		return t
	}
	return t[:i] + "main." + t[i:]
}

// compiledFunc reports whether fun names a function or method of a
// compiled package (whose arguments other passes rewrite).
func (tc *Types) compiledFunc(fun ast.Expr) bool {
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return false
	}
	obj := tc.Info.Uses[id]
	return obj != nil && obj.Pkg() != nil && obj.Pkg() != tc.Pkg
}
