package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var rangeStringPass = Pass{
	Name:  "rangeString",
	Wants: func(u *Unit) bool { return u.sights().ranges },
	Run:   func(u *Unit) []source.Edit { return u.Types.rangeStrings() },
}

// rangeStrings rewrites each range over a string into a counted loop that
// decodes one rune a step, as Go's range does: an invalid byte yields
// U+FFFD and advances one byte. yaegi converts the string to []rune and
// derives each index from the runes before it, so indices after a
// multi-byte or invalid sequence are wrong, an index-only range counts
// runes, and a loop costs time quadratic in the string's length.
//
//	for i, r := range s { body }
//	→ for gopadS, gopadI, gopadN := string(s), 0, 0; gopadI < len(gopadS); gopadI += gopadN {
//	    gopadR := rune(gopadS[gopadI]); gopadN = 1; if gopadR >= 0x80 { ... }; i, r := gopadI, gopadR; { body } }
//
// The edits stay on the loop's own lines, so positions in messages keep
// their line.
func (tc *Types) rangeStrings() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok {
			return true
		}
		t := tc.Info.Types[rs.X].Type
		if t == nil {
			return true
		}
		if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return true
		}
		edits = append(edits, tc.rangeString(rs)...)
		return true
	})
	return edits
}

// rangeString returns the edits for one range over a string.
func (tc *Types) rangeString(rs *ast.RangeStmt) []source.Edit {
	var lhs, rhs []string
	for i, e := range []ast.Expr{rs.Key, rs.Value} {
		if e == nil {
			continue
		}
		if id, ok := e.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		lhs = append(lhs, tc.code(e))
		rhs = append(rhs, [...]string{"gopadI", "gopadR"}[i])
	}
	assign := ""
	if len(lhs) > 0 {
		op := " = "
		if rs.Tok == token.DEFINE {
			op = " := "
		}
		assign = strings.Join(lhs, ", ") + op + strings.Join(rhs, ", ") + "; "
		if rs.Tok == token.DEFINE {
			assign += "_, _ = " + strings.Join(append(lhs, "0", "0")[:2], ", ") + "; "
		}
	}
	head := "gopadR := rune(gopadS[gopadI]); gopadN = 1; " +
		"if gopadR >= 0x80 { gopadR, gopadN = gopadBuiltin.DecodeRune(gopadS[gopadI:]) }; _ = gopadR; " +
		assign + "{"
	return []source.Edit{
		{From: tc.Off(rs.For), To: tc.Off(rs.X.Pos()), Text: "for gopadS, gopadI, gopadN := string("},
		{From: tc.Off(rs.X.End()), To: tc.Off(rs.Body.Lbrace) + 1, Text: "), 0, 0; gopadI < len(gopadS); gopadI += gopadN { " + head},
		{From: tc.Off(rs.Body.Rbrace), To: tc.Off(rs.Body.Rbrace), Text: "}"},
	}
}
