package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var rangeIntTypedPass = Pass{
	Name:  "rangeIntTyped",
	Wants: func(u *Unit) bool { return u.sights().ranges },
	Run:   func(u *Unit) []source.Edit { return u.Types.rangeInts() },
}

// rangeInts rewrites each range over an integer (Go 1.22) that the
// checker types into a counted loop, the operand evaluated once:
//
//	for i := range n { body }   →   for i, gopadN := int(0), (n); i < gopadN; i++ { body }
//
// yaegi has no range over integers (its compiler fails with "nil type").
// The syntax pass RangeInt recognizes only the operands it can tell are
// integers without types (len(x), a literal, an int parameter); this one
// covers every spelling: min(a, b), a field, a call, a generic function's
// local. The loop variable gets the operand's type, as in Go. The typed
// phase runs first, so a range rewritten here is a for loop when the
// syntax phase looks for ranges. A range that assigns (for i = range n)
// is RangeAssign's. A body that writes the variable without capturing it
// gets its own, i := gopadI, as rangeInt gives it.
func (tc *Types) rangeInts() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || rs.Tok == token.ASSIGN || rs.Value != nil {
			return true
		}
		tv, ok := tc.Info.Types[rs.X]
		if !ok || tv.Type == nil {
			return true
		}
		if b, ok := tv.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
			return true
		}
		typ, ok := tc.TypeText(types.Default(tv.Type))
		if !ok {
			return true
		}
		key := "gopadI"
		if id, ok := rs.Key.(*ast.Ident); ok && id.Name != "_" {
			key = id.Name
			if writtenNotCaptured(rs.Body, key) {
				key = "gopadI"
				edits = append(edits, source.Insert(tc.Off(rs.Body.Lbrace)+1, " "+id.Name+" := gopadI;"))
			}
		}
		edits = append(edits,
			source.Replace(tc.Off(rs.For), tc.Off(rs.X.Pos()), "for "+key+", gopadN := "+typ+"(0), ("),
			source.Replace(tc.Off(rs.X.End()), tc.Off(rs.Body.Lbrace), "); "+key+" < gopadN; "+key+"++ "))
		return true
	})
	return edits
}
