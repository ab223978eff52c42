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
// on int Value"), and over a map of channels (a nil pointer dereference);
// a range over the indices or keys works. The element is read in the body
// instead:
//
//	for _, c := range chans {   →   for gopadI := range chans { c := chans[gopadI];
//	for k, c := range byName {  →   for k := range byName { c := byName[k];
//
// That is for a range expression that is a name or a field (evaluating it
// again per iteration reads the same map or slice). Any other slice or
// array (an index expression, a call) is evaluated once, into a counted
// loop's own variable:
//
//	for i, c := range b.subs[t] {   →   for gopadI, gopadS := 0, b.subs[t]; gopadI < len(gopadS); gopadI++ { i, c := gopadI, gopadS[gopadI];

// rangeChans returns the edits for ranges over slices of channels.
func (tc *Types) rangeChans() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if ok && tc.Off(rs.Pos()) >= 0 {
			edits = append(edits, tc.rangeChanOnce(rs)...)
		}
		if !ok || rs.Tok != token.DEFINE || rs.Value == nil || tc.Off(rs.Pos()) < 0 {
			return true
		}
		val, ok := rs.Value.(*ast.Ident)
		if !ok || val.Name == "_" {
			return true
		}
		elems, isMap := tc.sliceOfChans(rs.X)
		switch {
		case !elems:
		case isNameOrField(rs.X):
			edits = append(edits, tc.rangeChanKeys(rs, val)...)
		case !isMap:
			edits = append(edits, tc.rangeChanCounted(rs, val)...)
		}
		return true
	})
	return edits
}

// rangeChanKeys ranges over the keys of a name or field and reads the
// element in the body.
func (tc *Types) rangeChanKeys(rs *ast.RangeStmt, val *ast.Ident) []source.Edit {
	key := "gopadI"
	if k, ok := rs.Key.(*ast.Ident); ok && k.Name != "_" {
		key = k.Name
	}
	x := tc.code(rs.X)
	return []source.Edit{
		{From: tc.Off(rs.Key.Pos()), To: tc.Off(rs.Value.End()), Text: key},
		{From: tc.Off(rs.Body.Lbrace) + 1, To: tc.Off(rs.Body.Lbrace) + 1, Text: " " + val.Name + " := " + x + "[" + key + "];"},
	}
}

// rangeChanCounted makes a range over any other slice or array a counted
// loop over its value, taken once.
func (tc *Types) rangeChanCounted(rs *ast.RangeStmt, val *ast.Ident) []source.Edit {
	vars, vals := val.Name, "gopadS[gopadI]"
	if k, ok := rs.Key.(*ast.Ident); ok && k.Name != "_" {
		vars, vals = k.Name+", "+vars, "gopadI, "+vals
	}
	return []source.Edit{
		{From: tc.Off(rs.For), To: tc.Off(rs.X.Pos()), Text: "for gopadI, gopadS := 0, "},
		{From: tc.Off(rs.X.End()), To: tc.Off(rs.Body.Lbrace), Text: "; gopadI < len(gopadS); gopadI++ "},
		{From: tc.Off(rs.Body.Lbrace) + 1, To: tc.Off(rs.Body.Lbrace) + 1, Text: " " + vars + " := " + vals + ";"},
	}
}

// sliceOfChans reports whether e is a slice, array (or pointer to array)
// or map of channels, and whether it is a map.
func (tc *Types) sliceOfChans(e ast.Expr) (elems, isMap bool) {
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Type == nil {
		return false, false
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
	case *types.Map:
		elem, isMap = t.Elem(), true
	default:
		return false, false
	}
	_, isChan := elem.Underlying().(*types.Chan)
	return isChan, isMap
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

// rangeChanOnce converts the channel a range receives from to its own type
// when the loop's body assigns the variable or field the range names:
//
//	for v := range ch { ch = other }   →   for v := range (chan int)(ch) { ch = other }
//
// Go evaluates the range expression once; yaegi reads the variable again
// for each receive, so the loop went on with the other channel's values.
// A conversion is evaluated once.
func (tc *Types) rangeChanOnce(rs *ast.RangeStmt) []source.Edit {
	t := tc.Info.Types[rs.X].Type
	if t == nil {
		return nil
	}
	if _, ok := t.Underlying().(*types.Chan); !ok || !isNameOrField(rs.X) {
		return nil
	}
	x := tc.code(rs.X)
	assigned := false
	ast.Inspect(rs.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN {
			for _, l := range as.Lhs {
				assigned = assigned || tc.code(l) == x
			}
		}
		return !assigned
	})
	text, ok := tc.TypeText(t)
	if !assigned || !ok {
		return nil
	}
	return source.Around(tc.Off(rs.X.Pos()), tc.Off(rs.X.End()), "("+text+")(", ")")
}
