package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var mixedSwitchPass = Pass{
	Name:  "mixedSwitch",
	Wants: holds(hasSwitch),
	Run:   func(u *Unit) []source.Edit { return u.Types.mixedSwitches() },
}

// mixedSwitches rewrites the expression switches that compare a value of
// an interface type with values that are not (or the other way round)
// into switches without a tag, over comparisons:
//
//	switch i {            switch gopadSW := i; {
//	case t, 2:       →    case gopadSW == t, gopadSW == 2:
//
// Go compares such operands as interface values; yaegi converts the
// interface value to the case's type, and panics (reflect.Value.Convert:
// interface {} cannot be converted to int). Where the interface may hold
// the cells' types, the comparison is ifaceEqual's (ifaceeq.go). A switch
// with an init statement keeps it when its tag is a name, which the cases
// then compare; otherwise it is left as it is.
func (tc *Types) mixedSwitches() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		sw, ok := n.(*ast.SwitchStmt)
		if ok && sw.Tag == nil {
			edits = append(edits, tc.ifaceConds(sw)...)
			return true
		}
		if !ok || !tc.mixedCases(sw) {
			return true
		}
		v := "gopadSW"
		switch id, isName := sw.Tag.(*ast.Ident); {
		case sw.Init == nil:
			edits = append(edits, source.Around(tc.Off(sw.Tag.Pos()), tc.Off(sw.Tag.End()), v+" := ", ";")...)
		case isName:
			v = id.Name // switch x := f(); x {: the cases compare x
			edits = append(edits, source.Replace(tc.Off(id.Pos()), tc.Off(id.End()), ""))
		default:
			return true
		}
		for _, s := range sw.Body.List {
			for _, e := range s.(*ast.CaseClause).List {
				open, iface := tc.equalsCall(sw.Tag, e)
				b, isBin := e.(*ast.BinaryExpr)
				switch {
				case iface:
					// The comparison of interfaces ifaceEqual writes.
					edits = append(edits, source.Around(tc.Off(e.Pos()), tc.Off(e.End()), open+v+", ", ")")...)
				case isBin && b.Op.Precedence() <= token.EQL.Precedence():
					// Parentheses only where Go needs them: yaegi
					// compares (nil) and (n) wrongly.
					edits = append(edits, source.Around(tc.Off(e.Pos()), tc.Off(e.End()), v+" == (", ")")...)
				default:
					edits = append(edits, source.Insert(tc.Off(e.Pos()), v+" == "))
				}
			}
		}
		return true
	})
	return edits
}

// mixedCases reports whether a case of sw has a type on the other side of
// the interface line than sw's tag.
func (tc *Types) mixedCases(sw *ast.SwitchStmt) bool {
	tag := tc.Info.Types[sw.Tag].Type
	if tag == nil {
		return false
	}
	mixed := false
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			tv := tc.Info.Types[e]
			if tv.Type == nil || tv.IsNil() {
				continue
			}
			if empty(tag) && tc.lostTwinned(tv.Type) || empty(tv.Type) && tc.lostTwinned(tag) {
				return false
			}
			mixed = mixed || types.IsInterface(tv.Type) != types.IsInterface(tag)
		}
	}
	return mixed
}

// twinned reports whether t is a cell's type, declared at any level, that
// yaegi runs as a type it shares with others (see sharedType): compared
// inside an empty interface, it would be taken for them. Such switches are
// left to yaegi, which stops on them.
func (tc *Types) twinned(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg {
		return false
	}
	switch u := n.Underlying().(type) {
	case *types.Basic, *types.Array:
		return true
	case *types.Struct:
		return u.NumFields() == 0
	}
	return false
}

// lostTwinned reports whether t is twinned and yaegi does not keep it
// beside its values in an interface: a type over a basic type is kept
// (keptTypes), and ifaceEqual compares it.
func (tc *Types) lostTwinned(t types.Type) bool { return tc.twinned(t) && !tc.keptType(t) }

// ifaceConds compares with true the cases of a switch without a tag that
// are interface values (switch { case i: }, i an any holding a bool): yaegi
// takes them for bools.
func (tc *Types) ifaceConds(sw *ast.SwitchStmt) []source.Edit {
	var edits []source.Edit
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			if t := tc.Info.Types[e].Type; t != nil && types.IsInterface(t) {
				edits = append(edits, source.Insert(tc.Off(e.Pos()), "true == "))
			}
		}
	}
	return edits
}
