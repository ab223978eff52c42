package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var rangeChansPass = Pass{
	Name:  "rangeChans",
	Wants: func(u *Unit) bool { return u.sights().ranges },
	Run:   func(u *Unit) []source.Edit { return u.Types.rangeChans() },
}

// yaegi fails on a range over a slice or array of channels that takes the
// element (for _, c := range chans: "reflect: call of reflect.Value.Len
// on int Value"); a range over the indices works. The element is read in
// the body instead:
//
//	for _, c := range chans {   →   for gopadI := range chans { c := chans[gopadI];
//
// Only for a range expression that is a name or a field (evaluating it
// again per iteration reads the same slice).

// rangeChans returns the edits for ranges over slices of channels.
func (tc *Types) rangeChans() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || rs.Tok != token.DEFINE || rs.Value == nil || tc.Off(rs.Pos()) < 0 {
			return true
		}
		val, ok := rs.Value.(*ast.Ident)
		if !ok || val.Name == "_" || !isNameOrField(rs.X) || !tc.sliceOfChans(rs.X) {
			return true
		}
		key := "gopadI"
		if k, ok := rs.Key.(*ast.Ident); ok && k.Name != "_" {
			key = k.Name
		}
		x := tc.code(rs.X)
		edits = append(edits,
			source.Edit{From: tc.Off(rs.Key.Pos()), To: tc.Off(rs.Value.End()), Text: key},
			source.Edit{From: tc.Off(rs.Body.Lbrace) + 1, To: tc.Off(rs.Body.Lbrace) + 1, Text: " " + val.Name + " := " + x + "[" + key + "];"})
		return true
	})
	return edits
}

// sliceOfChans reports whether e is a slice or array (or pointer to array)
// of channels.
func (tc *Types) sliceOfChans(e ast.Expr) bool {
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Type == nil {
		return false
	}
	t := tv.Type.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	var elem types.Type
	switch t := t.(type) {
	case *types.Slice:
		elem = t.Elem()
	case *types.Array:
		elem = t.Elem()
	default:
		return false
	}
	_, isChan := elem.Underlying().(*types.Chan)
	return isChan
}

// isNameOrField reports whether e is a name or a chain of field selectors.
func isNameOrField(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return isNameOrField(e.X)
	}
	return false
}
