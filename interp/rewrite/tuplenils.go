package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var tupleNilsPass = Pass{
	Name:  "tupleNils",
	Wants: func(u *Unit) bool { return u.sights().tupleNils },
	Run:   func(u *Unit) []source.Edit { return u.Types.tupleNils() },
}

// tupleNils gives each nil of an assignment of several values the type
// of its destination. yaegi's assignment of several values fails on an
// untyped nil (reflect: New(nil)), so prev, cur = cur, nil or
// v, err = x, nil stopped the cell:
//
//	v, err = x, nil   →   v, err = x, (error)(nil)
func (tc *Types) tupleNils() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) || len(as.Rhs) < 2 {
			return true
		}
		for i, r := range as.Rhs {
			if !tc.Info.Types[r].IsNil() {
				continue
			}
			t := tc.Info.Types[as.Lhs[i]].Type
			if t == nil {
				continue // the blank identifier
			}
			if text, ok := tc.TypeText(t); ok {
				edits = append(edits, source.Around(tc.Off(r.Pos()), tc.Off(r.End()), "("+text+")(", ")")...)
			}
		}
		return true
	})
	return edits
}

var tupleIfacesPass = Pass{
	Name: "tupleIfaces",
	Wants: func(u *Unit) bool {
		return u.sights().tuples || u.sights().tupleCalls && (u.Scope.DeclaresTypes() || u.sights().typeDecls)
	},
	Run: func(u *Unit) []source.Edit { return u.Types.tupleIfaces() },
}

// tupleIfaces converts each value of a cell's type that an assignment of
// several values, or a var declaration of several names, puts in a
// variable of an interface type: yaegi's assignment of several values to
// the session's variables (a cell's top level) panicked with "reflect.Set:
// value of type interp.valueInterface is not assignable to type *struct
// {...}" (a pointer, or a value beside a converted one), where one value
// at a time works:
//
//	var c, d Shape = p1, p2  →  var c, d Shape = Shape(p1), Shape(p2)
func (tc *Types) tupleIfaces() []source.Edit {
	var edits []source.Edit
	convert := func(dst types.Type, r ast.Expr) {
		if dst == nil || !types.IsInterface(dst) || empty(dst) {
			return // an empty interface takes the values as they are
		}
		rt := tc.Info.Types[r].Type
		if rt == nil || types.IsInterface(rt) || !mentionsPackage(rt, tc.Pkg) {
			return
		}
		if text, ok := tc.TypeText(dst); ok {
			edits = append(edits, source.Around(tc.Off(r.Pos()), tc.Off(r.End()), "("+text+")(", ")")...)
		}
	}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) > 1 && len(n.Rhs) == 1 {
				edits = append(edits, tc.tupleCallIfaces(n)...)
			}
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) && len(n.Rhs) > 1 {
				for i, r := range n.Rhs {
					convert(tc.Info.Types[n.Lhs[i]].Type, r)
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Names) == len(n.Values) && len(n.Values) > 1 {
				for _, r := range n.Values {
					convert(tc.Info.Types[n.Type].Type, r)
				}
			}
		}
		return true
	})
	return edits
}

// tupleCallIfaces makes the call whose results an assignment puts in
// variables a function literal that returns them with the variables'
// types, when a result of a cell's type goes to a variable of an
// interface type:
//
//	_, err = fail()  →  _, err = func() ([]byte, error) { gopadR0, gopadR1 := fail(); return gopadR0, gopadR1 }()
//
// yaegi's assignment of several results panicked with "reflect.Set: value
// of type *struct {} is not assignable to type error" (a nil *customError
// into an error, the typed nil Go keeps); its return converts them, the
// typed nil too. Also for := that assigns an existing variable.
func (tc *Types) tupleCallIfaces(n *ast.AssignStmt) []source.Edit {
	call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	res, ok := tc.Info.Types[call].Type.(*types.Tuple)
	if !ok || res.Len() != len(n.Lhs) {
		return nil
	}
	need := false
	dsts := make([]string, len(n.Lhs))
	names := make([]string, len(n.Lhs))
	rets := make([]string, len(n.Lhs))
	for i, l := range n.Lhs {
		rt := res.At(i).Type()
		dst := tc.assignedType(l, n.Tok == token.DEFINE)
		if dst == nil {
			dst = rt
		}
		if types.IsInterface(dst) && !types.IsInterface(rt) && mentionsPackage(rt, tc.Pkg) {
			need = true
		}
		text, ok := tc.TypeText(dst)
		if !ok {
			return nil
		}
		dsts[i], names[i] = text, "gopadR"+strconv.Itoa(i)
		rets[i] = tc.typedNilKept(names[i], rt, dst)
	}
	if !need {
		return nil
	}
	head := "func() (" + strings.Join(dsts, ", ") + ") { " + strings.Join(names, ", ") + " := "
	tail := "; return " + strings.Join(rets, ", ") + " }()"
	return source.Around(tc.Off(n.Rhs[0].Pos()), tc.Off(n.Rhs[0].End()), head, tail)
}

// typedNilKept is the result name, of type rt, returned as dst: a pointer
// to a cell's struct type returned as an error (or another compiled
// interface) keeps its typed nil as ifaceConverts keeps it (yaegi made a
// nil interface of it).
func (tc *Types) typedNilKept(name string, rt, dst types.Type) string {
	p, ok := rt.(*types.Pointer)
	if !ok || !tc.ownType(p) || !tc.compiledInterface(dst) {
		return name
	}
	if !isStruct(p.Elem()) && !nilMadeByGopad(dst) {
		return name
	}
	vt, ok1 := tc.TypeText(rt)
	tt, ok2 := tc.TypeText(dst)
	if !ok1 || !ok2 {
		return name
	}
	return "func(gopadV " + vt + ") " + tt + " { if gopadV == nil { " + tc.typedNil(dst, rt, vt, tt) + " }; return gopadV }(" + name + ")"
}

// assignedType is the type of the variable an assignment's left operand l
// sets; nil for the blank identifier and for a variable := declares.
func (tc *Types) assignedType(l ast.Expr, define bool) types.Type {
	id, isIdent := ast.Unparen(l).(*ast.Ident)
	switch {
	case isIdent && id.Name == "_":
		return nil
	case isIdent && define:
		if obj := tc.Info.Uses[id]; obj != nil {
			return obj.Type() // an existing variable := assigns
		}
		return nil
	}
	return tc.Info.Types[l].Type
}
