package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var rangeStdItersPass = Pass{
	Name:  "rangeStdIters",
	Wants: func(u *Unit) bool { return u.sights().ranges && u.usesPackage("slices", "maps") },
	Run:   func(u *Unit) []source.Edit { return u.Types.rangeStdIters() },
}

// rangeStdIters writes a range over the standard library's iterators of a
// slice or map of the cells' types as the range over the slice or map
// itself, which is what they iterate:
//
//	for i, g := range slices.All(gs)        →   for i, g := range (gs)
//	for g := range slices.Values(gs)        →   for _, g := range (gs)
//	for k, v := range maps.All(m)           →   for k, v := range (m)
//	for i, g := range slices.Backward(gs)   →   for gopadB := len(gs) - 1; gopadB >= 0; gopadB-- { i, g := gopadB, gs[gopadB];
//	for c := range slices.Chunk(gs, 3)      →   for gopadS, gopadC, gopadN := gs, 0, 3; gopadC < len(gopadS) || gopadN < 1; gopadC += gopadN {
//	                                                 if gopadN < 1 { panic(...) }; c := gopadS[gopadC:min(gopadC+gopadN, len(gopadS)):min(...)];
//
// gopad's compiled stand-ins for these return an iterator whose type
// yaegi cannot name with a cell's type, so rangeFunc's call of it failed
// ("NumIn of non-func type interface {}"). Slices and maps of other types
// keep the iterator (rangeFunc). Backward reads a name or a field again
// per iteration; another operand is evaluated once, before the loop.
func (tc *Types) rangeStdIters() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if rs, ok := n.(*ast.RangeStmt); ok {
			edits = append(edits, tc.rangeStdIter(rs)...)
		}
		return true
	})
	return edits
}

// stdIterOf returns the iterator function of the standard library that
// rs ranges over ("slices.All", ...) and its argument, when rs is one
// rangeStdIters rewrites.
func (tc *Types) stdIterOf(rs *ast.RangeStmt) (string, ast.Expr, bool) {
	call, ok := ast.Unparen(rs.X).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || call.Ellipsis.IsValid() || rs.Tok == token.ASSIGN || tc.Off(rs.Pos()) < 0 {
		return "", nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", nil, false
	}
	fn, ok := tc.Info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return "", nil, false
	}
	name := fn.Pkg().Path() + "." + fn.Name()
	switch name {
	case "slices.All", "slices.Values", "slices.Backward", "maps.All", "maps.Keys", "maps.Values":
		if len(call.Args) != 1 {
			return "", nil, false
		}
	case "slices.Chunk":
		if len(call.Args) != 2 {
			return "", nil, false
		}
	default:
		return "", nil, false
	}
	// The iterator's own type (iter.Seq2[int, G]) decides: a named map of
	// basic types (type Inventory map[string]int) keeps anyResult's
	// asserted iterator.
	arg := call.Args[0]
	t := tc.Info.Types[rs.X].Type
	if t == nil || !mentionsPackage(t, tc.Pkg) {
		return "", nil, false
	}
	if name == "slices.Backward" && !isNameOrField(arg) {
		if _, ok := tc.TypeText(tc.Info.Types[arg].Type); !ok {
			return "", nil, false
		}
	}
	return name, arg, true
}

func (tc *Types) rangeStdIter(rs *ast.RangeStmt) []source.Edit {
	name, arg, ok := tc.stdIterOf(rs)
	if !ok {
		return nil
	}
	// The argument stays in place, for the other passes' edits inside it
	// (cellTypeResult's of slices.Sorted(...)): the text around it is
	// replaced.
	plain := []source.Edit{source.Replace(tc.Off(rs.X.Pos()), tc.Off(arg.Pos()), "("),
		source.Replace(tc.Off(arg.End()), tc.Off(rs.X.End()), ")")}
	switch name {
	case "slices.All", "maps.All", "maps.Keys":
		return plain
	case "slices.Values", "maps.Values":
		if rs.Key == nil {
			return plain
		}
		return append([]source.Edit{source.Insert(tc.Off(rs.Key.Pos()), "_, ")}, plain...)
	}
	if name == "slices.Chunk" {
		return tc.rangeChunk(rs, arg)
	}
	return tc.rangeBackward(rs, arg)
}

// rangeBackward writes rs, a range over slices.Backward(x), as a loop
// down from x's last index. A name or a field is read in place; another
// operand (a call) is evaluated once, into gopadS, and stays where it is
// written.
func (tc *Types) rangeBackward(rs *ast.RangeStmt, arg ast.Expr) []source.Edit {
	x := tc.code(arg)
	var head []source.Edit
	if isNameOrField(arg) {
		head = []source.Edit{source.Replace(tc.Off(rs.For), tc.Off(rs.Body.Lbrace), "for gopadB := len("+x+") - 1; gopadB >= 0; gopadB-- ")}
	} else {
		tt, _ := tc.TypeText(tc.Info.Types[arg].Type) // (stdIterOf checked it)
		x = "gopadS"
		head = []source.Edit{
			source.Replace(tc.Off(rs.For), tc.Off(arg.Pos()), "for gopadS, gopadB := func() ("+tt+", int) { gopadS := "),
			source.Replace(tc.Off(arg.End()), tc.Off(rs.Body.Lbrace), "; return gopadS, len(gopadS) - 1 }(); gopadB >= 0; gopadB-- "),
		}
	}
	var vars, vals []string
	if k, ok := rs.Key.(*ast.Ident); ok && k.Name != "_" {
		vars, vals = append(vars, k.Name), append(vals, "gopadB")
	}
	if v, ok := rs.Value.(*ast.Ident); ok && v.Name != "_" {
		vars, vals = append(vars, v.Name), append(vals, x+"[gopadB]")
	}
	decl := ""
	if len(vars) > 0 {
		decl = " " + strings.Join(vars, ", ") + " := " + strings.Join(vals, ", ") + ";"
	}
	return append(head, source.Insert(tc.Off(rs.Body.Lbrace)+1, decl))
}

// rangeChunk writes rs, a range over slices.Chunk(x, n), as a counted loop
// over x's chunks, x and n evaluated once: each chunk is x[i:end:end] (its
// capacity clipped, as Chunk yields it), and a size below 1 panics with
// Chunk's message.
func (tc *Types) rangeChunk(rs *ast.RangeStmt, arg ast.Expr) []source.Edit {
	n := ast.Unparen(rs.X).(*ast.CallExpr).Args[1]
	decl := " if gopadN < 1 { panic(\"cannot be less than 1\") };"
	if v, ok := rs.Key.(*ast.Ident); ok && v.Name != "_" {
		end := "min(gopadC+gopadN, len(gopadS))"
		decl += " " + v.Name + " := gopadS[gopadC:" + end + ":" + end + "];"
	}
	// x and n stay in place, for the other passes' edits inside them.
	return []source.Edit{
		source.Replace(tc.Off(rs.For), tc.Off(arg.Pos()), "for gopadS, gopadC, gopadN := "),
		source.Replace(tc.Off(arg.End()), tc.Off(n.Pos()), ", 0, "),
		source.Replace(tc.Off(n.End()), tc.Off(rs.Body.Lbrace), "; gopadC < len(gopadS) || gopadN < 1; gopadC += gopadN "),
		source.Insert(tc.Off(rs.Body.Lbrace)+1, decl),
	}
}
