package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var typedConstsPass = Pass{
	Name:  "typedConsts",
	Wants: holds(hasTypedConst),
	Run:   func(u *Unit) []source.Edit { return u.Types.typedConsts() },
}

// typedConsts writes the value of each constant of a defined type that a
// constant expression gives, as a literal. yaegi keeps such a constant
// (const c Kind = iota + 1, 1 << 2, "a" + "b", or another constant's name)
// with a value of the wrong run-time type: it prints right, but compares
// unequal to the values of its own type, so that k == Withdrawal was false
// for every k of an enum starting at iota + 1, silently:
//
//	Deposit EntryKind = iota + 1  →  Deposit EntryKind = 1
//	Withdrawal                    →  Withdrawal EntryKind = 2
//
// A spec that repeats the one before it gets the type and its value; plain
// literals and constants of predeclared types are left alone.
func (tc *Types) typedConsts() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		d, ok := n.(*ast.GenDecl)
		if !ok || d.Tok != token.CONST {
			return true
		}
		var typeText string     // of the last spec with a type
		var last *ast.ValueSpec // the last spec with a type or values
		for _, sp := range d.Specs {
			vs := sp.(*ast.ValueSpec)
			switch {
			case vs.Type != nil:
				typeText, last = tc.code(vs.Type), vs
			case len(vs.Values) > 0:
				typeText, last = "", vs
			}
			// Floating-point shifts are floatShift's (constshift.go).
			if typeText != "" && !tc.hasFloatShift(last) {
				edits = append(edits, tc.typedConstSpec(vs, typeText)...)
			}
		}
		return false
	})
	return edits
}

// typedConstSpec returns the edits of spec vs, whose constants have the
// type typeText (written or repeated), when that is a defined type and
// some value is not a literal; none when a value cannot be written.
func (tc *Types) typedConstSpec(vs *ast.ValueSpec, typeText string) []source.Edit {
	vals := make([]string, len(vs.Names))
	folded := len(vs.Values) == 0
	for i, name := range vs.Names {
		c, ok := tc.Info.Defs[name].(*types.Const)
		if !ok {
			return nil
		}
		if _, named := c.Type().(*types.Named); !named {
			return nil
		}
		text, ok := constLiteral(c.Val())
		if !ok {
			return nil
		}
		vals[i] = text
		folded = folded || i < len(vs.Values) && !constIsLiteral(vs.Values[i])
	}
	if !folded {
		return nil
	}
	if len(vs.Values) == 0 {
		text := " " + typeText + " = " + vals[0]
		for _, v := range vals[1:] {
			text += ", " + v
		}
		return []source.Edit{source.Insert(tc.Off(vs.Names[len(vs.Names)-1].End()), text)}
	}
	var edits []source.Edit
	for i, v := range vs.Values {
		if i < len(vals) && !constIsLiteral(v) {
			edits = append(edits, source.Replace(tc.Off(v.Pos()), tc.Off(v.End()), vals[i]))
		}
	}
	return edits
}

// constIsLiteral reports whether e is a basic literal, possibly negated or in
// parentheses: yaegi keeps those with their constant's type.
func constIsLiteral(e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && (u.Op == token.SUB || u.Op == token.ADD) {
		e = ast.Unparen(u.X)
	}
	_, ok := e.(*ast.BasicLit)
	return ok
}

// constLiteral writes v as a Go literal; false for values it cannot write
// exactly (complex ones, or unknown).
func constLiteral(v constant.Value) (string, bool) {
	switch v.Kind() {
	case constant.Int:
		return v.ExactString(), true
	case constant.Float:
		f, exact := constant.Float64Val(v)
		if !exact {
			return "", false
		}
		return strconv.FormatFloat(f, 'g', -1, 64), true
	case constant.String:
		return strconv.Quote(constant.StringVal(v)), true
	case constant.Bool:
		return v.String(), true
	}
	return "", false
}
