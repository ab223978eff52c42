package rewrite

import (
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var stdGenericsPass = Pass{
	Name: "stdGenerics",
	Wants: func(u *Unit) bool {
		return u.selects(func(_ sel, path string) bool { return sourceGeneric[path] })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.stdGenerics() },
}

// sourceGeneric lists the standard packages whose generic functions yaegi
// compiles from its embedded source (see stdlib.disableEmbeddedGenericSource)
// and cannot always infer type arguments for (cmp.Or's variadic T).
var sourceGeneric = map[string]bool{"cmp": true}

// SourceGeneric reports whether yaegi compiles the generic functions of
// the standard package path from its embedded source (they reach cells).
func SourceGeneric(path string) bool { return sourceGeneric[path] }

// stdGenerics makes calls of the standard library's generic functions
// that have no compiled stand-in work: it writes out the type arguments of
// cmp's functions (cmp.Or(0, 3) → cmp.Or[int](0, 3)). (errors.AsType is
// the pass stdGenericUses'.)
func (tc *Types) stdGenerics() []source.Edit {
	var edits []source.Edit
	for id, inst := range tc.Info.Instances {
		fn, ok := tc.Info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() == nil || tc.Fset.File(id.Pos()) != tc.Fset.File(tc.File.Pos()) || tc.Off(id.Pos()) < 0 {
			continue
		}
		sel, ok := tc.selectorOf(id)
		if !ok {
			continue
		}
		args, ok := tc.typeArgTexts(inst.TypeArgs)
		if !ok {
			continue
		}
		switch {
		case fn.Pkg().Path() == "errors" && fn.Name() == "AsType":
			// the pass stdGenericUses (stdgeneric.go)
		case sourceGeneric[fn.Pkg().Path()]:
			if tc.indexed(sel) {
				continue
			}
			at := tc.Off(sel.End())
			edits = append(edits, source.Edit{From: at, To: at, Text: "[" + strings.Join(args, ", ") + "]"})
		}
	}
	return edits
}
