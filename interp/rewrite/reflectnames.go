package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var reflectNamesPass = Pass{
	Name: "reflectNames",
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && (u.usesPackage("reflect") || u.Scope != nil && u.Scope.ImportedAs("reflect", "reflect"))
	},
	Run: func(u *Unit) []source.Edit {
		var edits []source.Edit
		ast.Inspect(u.Types.File, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				edits = append(edits, u.Types.reflectNames(call)...)
			}
			return true
		})
		return append(edits, u.Types.reflectPrints()...)
	},
}

// yaegi builds a cell's struct type with reflect.StructOf: at run time it
// has no name, gopad's type tag on its first field (structtags.go) and its
// unexported fields exported as X<name>. reflect.Type's answers about it
// go through the session, which knows the Go names:
//
//	t.Name()            →  gopadBuiltin.ReflectName(t)
//	t.String()          →  gopadBuiltin.ReflectString(t)
//	t.PkgPath()         →  gopadBuiltin.ReflectPkgPath(t)
//	t.Field(i)          →  gopadBuiltin.ReflectField(t.Field(i))
//	t.FieldByName(s)    →  gopadBuiltin.ReflectFieldByName(t, s)
//	fmt.Println(t)      →  fmt.Println(gopadBuiltin.ReflectShown(t))
//
// The helpers give the same answers as reflect for every other type.

// reflectNames returns the edits for call when it calls one of the
// methods of reflect.Type above.
func (tc *Types) reflectNames(call *ast.CallExpr) []source.Edit {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	x := sel.X
	if tv, ok := tc.Info.Types[x]; !ok || tv.Type == nil || !isReflectType(tv.Type) || tc.Off(x.Pos()) < 0 {
		return nil
	}
	wrapX := func(helper string) []source.Edit {
		return []source.Edit{
			source.Insert(tc.Off(x.Pos()), "gopadBuiltin."+helper+"("),
			source.Replace(tc.Off(x.End()), tc.Off(call.End()), ")"),
		}
	}
	switch sel.Sel.Name {
	case "Name":
		return wrapX("ReflectName")
	case "String":
		return wrapX("ReflectString")
	case "PkgPath":
		return wrapX("ReflectPkgPath")
	case "Field":
		return []source.Edit{
			source.Insert(tc.Off(call.Pos()), "gopadBuiltin.ReflectField("),
			source.Insert(tc.Off(call.End()), ")"),
		}
	case "FieldByName":
		return []source.Edit{
			source.Insert(tc.Off(x.Pos()), "gopadBuiltin.ReflectFieldByName("),
			source.Replace(tc.Off(x.End()), tc.Off(call.Lparen)+1, ", "),
		}
	}
	return nil
}

// reflectPrints wraps the reflect.Type arguments of fmt's print functions:
// fmt prints a Type by its String method.
func (tc *Types) reflectPrints() []source.Edit {
	var edits []source.Edit
	for _, c := range tc.compiledCalls() {
		if c.method() || c.fn.Pkg().Path() != "fmt" || c.call.Ellipsis.IsValid() {
			continue
		}
		for _, a := range c.call.Args {
			tv, ok := tc.Info.Types[a]
			if !ok || tv.Type == nil || !isReflectType(tv.Type) || tc.Off(a.Pos()) < 0 {
				continue
			}
			edits = append(edits,
				source.Insert(tc.Off(a.Pos()), "gopadBuiltin.ReflectShown("),
				source.Insert(tc.Off(a.End()), ")"))
		}
	}
	return edits
}

// isReflectType reports whether t is reflect.Type.
func isReflectType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "reflect" && n.Obj().Name() == "Type"
}
