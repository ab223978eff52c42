package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode/utf8"
)

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
func (tc *typedChunk) rangeStrings() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok {
			return true
		}
		t := tc.info.Types[rs.X].Type
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
func (tc *typedChunk) rangeString(rs *ast.RangeStmt) []edit {
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
	return []edit{
		{tc.off(rs.For), tc.off(rs.X.Pos()), "for gopadS, gopadI, gopadN := string(", 0},
		{tc.off(rs.X.End()), tc.off(rs.Body.Lbrace) + 1, "), 0, 0; gopadI < len(gopadS); gopadI += gopadN { " + head, 0},
		{tc.off(rs.Body.Rbrace), tc.off(rs.Body.Rbrace), "}", 0},
	}
}

// decodeRune is gopadBuiltin.DecodeRune.
func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
