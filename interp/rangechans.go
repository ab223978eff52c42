package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

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
func (tc *typedChunk) rangeChans() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || rs.Tok != token.DEFINE || rs.Value == nil || tc.off(rs.Pos()) < 0 {
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
		x := tc.nodeText(rs.X)
		edits = append(edits,
			edit{tc.off(rs.Key.Pos()), tc.off(rs.Value.End()), key, 0},
			edit{tc.off(rs.Body.Lbrace) + 1, tc.off(rs.Body.Lbrace) + 1, " " + val.Name + " := " + x + "[" + key + "];", 0})
		return true
	})
	return edits
}

// sliceOfChans reports whether e is a slice or array (or pointer to array)
// of channels.
func (tc *typedChunk) sliceOfChans(e ast.Expr) bool {
	tv, ok := tc.info.Types[e]
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
