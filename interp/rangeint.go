package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// rangeInts rewrites each range over an integer (Go 1.22) that the
// checker types into a counted loop, the operand evaluated once:
//
//	for i := range n { body }   →   for i, gopadN := int(0), (n); i < gopadN; i++ { body }
//
// yaegi has no range over integers (its compiler fails with "nil type").
// The syntactic pass of rewrite.go recognizes only the operands it can tell
// are integers without types (len(x), a literal, an int parameter); this
// one covers every spelling: min(a, b), a field, a call, a generic
// function's local. The loop variable gets the operand's type, as in Go.
// A range that assigns (for i = range n) is rangeAssign's.
func (tc *typedChunk) rangeInts() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || rs.Tok == token.ASSIGN || rs.Value != nil {
			return true
		}
		tv, ok := tc.info.Types[rs.X]
		if !ok || tv.Type == nil {
			return true
		}
		if b, ok := tv.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
			return true
		}
		typ, ok := tc.typeText(types.Default(tv.Type))
		if !ok {
			return true
		}
		key := "gopadI"
		if id, ok := rs.Key.(*ast.Ident); ok && id.Name != "_" {
			key = id.Name
		}
		edits = append(edits,
			edit{tc.off(rs.For), tc.off(rs.X.Pos()), "for " + key + ", gopadN := " + typ + "(0), (", 0},
			edit{tc.off(rs.X.End()), tc.off(rs.Body.Lbrace), "); " + key + " < gopadN; " + key + "++ ", 0})
		return true
	})
	return edits
}
