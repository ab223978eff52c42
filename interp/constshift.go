package interp

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

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

// mentionsShift is the cheap test before a type check.
func mentionsShift(src string) bool {
	return strings.Contains(src, "<<") || strings.Contains(src, ">>")
}

// floatShifts returns the edits that replace constant shifts of
// floating-point or complex type by their values.
func (tc *typedChunk) floatShifts() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if lit, ok := tc.floatShiftValue(n); ok && tc.off(n.Pos()) >= 0 {
				edits = append(edits, edit{tc.off(n.Pos()), tc.off(n.End()), lit, 0})
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
func (tc *typedChunk) floatShiftValue(e *ast.BinaryExpr) (string, bool) {
	if e.Op != token.SHL && e.Op != token.SHR {
		return "", false
	}
	tv, ok := tc.info.Types[e]
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
func (tc *typedChunk) constFloatShifts(d *ast.GenDecl) []edit {
	var edits []edit
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
		if !ok || tc.off(vs.Pos()) < 0 {
			continue
		}
		if explicit {
			for i, v := range vs.Values {
				edits = append(edits, edit{tc.off(v.Pos()), tc.off(v.End()), vals[i], 0})
			}
			continue
		}
		at := tc.off(vs.Names[len(vs.Names)-1].End())
		typ := ""
		if last.Type != nil {
			typ = " " + tc.nodeText(last.Type)
		}
		edits = append(edits, edit{at, at, typ + " = " + strings.Join(vals, ", "), 0})
	}
	return edits
}

// constValues spells the integer values of the named constants.
func (tc *typedChunk) constValues(names []*ast.Ident) ([]string, bool) {
	var vals []string
	for _, name := range names {
		if name.Name == "_" {
			return nil, false // no object to read the value from
		}
		c, ok := tc.info.Defs[name].(*types.Const)
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
func (tc *typedChunk) hasFloatShift(spec *ast.ValueSpec) bool {
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

// nodeText is the source text of a node of the chunk.
func (tc *typedChunk) nodeText(n ast.Node) string {
	return tc.text[tc.off(n.Pos())+tc.prefix : tc.off(n.End())+tc.prefix]
}
