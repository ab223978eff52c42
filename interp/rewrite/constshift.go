package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var floatShiftPass = Pass{
	Name:  "floatShift",
	Wants: func(u *Unit) bool { return u.sights().shifts },
	Run:   func(u *Unit) []source.Edit { return u.Types.floatShifts() },
}

// yaegi fails on a constant shift whose type is a floating-point or
// complex type when the shift count is not a literal
// (const KB ByteSize = 1 << (10 * iota): "constant definition loop";
// var f float64 = 1 << (10 * 2): "shift count type float64"). go/types
// knows the value, always an integer, so the pass writes it out:
//
//	KB ByteSize = 1 << (10 * iota)   →   KB ByteSize = 1024
//	MB                               →   MB ByteSize = 1048576
//
// A const spec that repeats such a shift implicitly gets its values
// written out too (the repetition would otherwise copy the literal).

// floatShifts returns the edits that replace constant shifts of
// floating-point or complex type by their values.
func (tc *Types) floatShifts() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if lit, ok := tc.floatShiftValue(n); ok && tc.Off(n.Pos()) >= 0 {
				edits = append(edits, source.Edit{From: tc.Off(n.Pos()), To: tc.Off(n.End()), Text: lit})
				return false
			}
		case *ast.GenDecl:
			if n.Tok == token.CONST {
				// go/types records a spec's expressions once per use of
				// the spec (the last iota wins): values come from the
				// constants.
				edits = append(edits, tc.constFloatShifts(n)...)
				return false
			}
		}
		return true
	})
	return edits
}

// floatShiftValue returns the integer literal of e when e is a constant
// shift of floating-point or complex type.
func (tc *Types) floatShiftValue(e *ast.BinaryExpr) (string, bool) {
	if e.Op != token.SHL && e.Op != token.SHR {
		return "", false
	}
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Value == nil || tv.Type == nil {
		return "", false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&(types.IsFloat|types.IsComplex) == 0 {
		return "", false
	}
	v := constant.ToInt(tv.Value)
	if v.Kind() != constant.Int {
		return "", false
	}
	return v.ExactString(), true
}

// constFloatShifts writes out the values of the specs of a const block
// with a floating-point shift, explicit or repeated.
func (tc *Types) constFloatShifts(d *ast.GenDecl) []source.Edit {
	var edits []source.Edit
	var last *ast.ValueSpec
	for _, sp := range d.Specs {
		vs := sp.(*ast.ValueSpec)
		explicit := len(vs.Values) > 0 || vs.Type != nil
		if explicit {
			last = vs
		}
		if last == nil || !tc.hasFloatShift(last) || len(last.Values) != len(vs.Names) {
			continue
		}
		vals, ok := tc.constValues(vs.Names)
		if !ok || tc.Off(vs.Pos()) < 0 {
			continue
		}
		if explicit {
			for i, v := range vs.Values {
				edits = append(edits, source.Edit{From: tc.Off(v.Pos()), To: tc.Off(v.End()), Text: vals[i]})
			}
			continue
		}
		at := tc.Off(vs.Names[len(vs.Names)-1].End())
		typ := ""
		if last.Type != nil {
			typ = " " + tc.code(last.Type)
		}
		edits = append(edits, source.Edit{From: at, To: at, Text: typ + " = " + strings.Join(vals, ", ")})
	}
	return edits
}

// constValues spells the integer values of the named constants.
func (tc *Types) constValues(names []*ast.Ident) ([]string, bool) {
	var vals []string
	for _, name := range names {
		if name.Name == "_" {
			return nil, false // no object to read the value from
		}
		c, ok := tc.Info.Defs[name].(*types.Const)
		if !ok {
			return nil, false
		}
		v := constant.ToInt(c.Val())
		if v.Kind() != constant.Int {
			return nil, false
		}
		vals = append(vals, v.ExactString())
	}
	return vals, true
}

// hasFloatShift reports whether a value of spec is rewritten by
// floatShifts.
func (tc *Types) hasFloatShift(spec *ast.ValueSpec) bool {
	found := false
	for _, v := range spec.Values {
		ast.Inspect(v, func(n ast.Node) bool {
			if b, ok := n.(*ast.BinaryExpr); ok {
				if _, ok := tc.floatShiftValue(b); ok {
					found = true
				}
			}
			return !found
		})
	}
	return found
}
