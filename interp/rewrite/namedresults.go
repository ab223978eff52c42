package rewrite

import (
	"go/ast"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// NamedResults makes a function's named results start at their zero
// values. yaegi lends a call the caller's slot for each result (run.go,
// call: "Init return values"), so a named result starts with whatever the
// slot held from the previous call made at the same place: in a loop,
// "count++" in the callee went on counting from the last call's result.
// The body gets "r1 = *new(T1); r2 = *new(T2);" just after its opening
// brace, on the same line, so no line moves. One assignment each: yaegi's
// assignment of several zeros panics when an empty interface comes first
// ((v any, err error): "reflect.Set: value of type interface {} is not
// assignable to type interp.valueInterface").
var NamedResults = Pass{Name: "namedResults", Wants: holds(hasNamedResults), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			es.add(zeroResults(u, n.Type, n.Body)...)
		case *ast.FuncLit:
			es.add(zeroResults(u, n.Type, n.Body)...)
		}
		return true
	})
	return es
}}

func zeroResults(u *Unit, typ *ast.FuncType, body *ast.BlockStmt) []source.Edit {
	if typ == nil || typ.Results == nil || body == nil {
		return nil
	}
	var zeros []string
	for _, f := range typ.Results.List {
		for _, id := range f.Names {
			if id.Name == "_" {
				continue
			}
			zeros = append(zeros, " "+id.Name+" = *new("+u.Code(f.Type)+");")
		}
	}
	if len(zeros) == 0 {
		return nil
	}
	return []source.Edit{source.Insert(u.Off(body.Lbrace)+1, strings.Join(zeros, ""))}
}
