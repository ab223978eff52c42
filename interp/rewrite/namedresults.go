package rewrite

import (
	"go/ast"
	"strconv"
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
//
// A function whose results are unnamed but that defers a call gets them
// named (gopadR0, gopadR1, ...) and zeroed the same way: when a deferred
// call recovers a panic, Go returns the results' zero values, and yaegi
// returned the slot's value, the previous call's result.
var NamedResults = Pass{Name: "namedResults", Wants: func(u *Unit) bool { return u.has(hasNamedResults) || u.has(hasDefer) }, Run: func(u *Unit) []source.Edit {
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
	if len(typ.Results.List[0].Names) == 0 {
		return nameResults(u, typ.Results, body)
	}
	var zeros []string
	for _, f := range typ.Results.List {
		for _, id := range f.Names {
			if id.Name == "_" {
				continue
			}
			zeros = append(zeros, " "+id.Name+" = "+zeroOf(u.AST, u.Code(f.Type))+";")
		}
	}
	if len(zeros) == 0 {
		return nil
	}
	return []source.Edit{source.Insert(u.Off(body.Lbrace)+1, strings.Join(zeros, ""))}
}

// nameResults names and zeroes the unnamed results of a function whose
// body defers a call (a deferred call of a function literal inside it is
// the literal's own).
func nameResults(u *Unit, results *ast.FieldList, body *ast.BlockStmt) []source.Edit {
	defers := false
	ast.Inspect(body, func(n ast.Node) bool {
		_, lit := n.(*ast.FuncLit)
		_, d := n.(*ast.DeferStmt)
		defers = defers || d
		return !lit && !defers
	})
	if !defers {
		return nil
	}
	var es []source.Edit
	var zeros []string
	for i, f := range results.List {
		name := "gopadR" + strconv.Itoa(i)
		zeros = append(zeros, " "+name+" = "+zeroOf(u.AST, u.Code(f.Type))+";")
		if !results.Opening.IsValid() { // a single result without parentheses
			es = append(es, source.Around(u.Off(f.Type.Pos()), u.Off(f.Type.End()), "("+name+" ", ")")...)
			continue
		}
		es = append(es, source.Insert(u.Off(f.Type.Pos()), name+" "))
	}
	return append(es, source.Insert(u.Off(body.Lbrace)+1, strings.Join(zeros, "")))
}

// zeroOf is the zero value of the type written typ: *new(T), or, where
// the code in f names something else new (a parameter: func(old, new
// int)), a function literal's zeroed variable, which needs no builtin.
func zeroOf(f ast.Node, typ string) string {
	if namesNew(f) {
		return "func() " + typ + " { var gopadZ " + typ + "; return gopadZ }()"
	}
	return "*new(" + typ + ")"
}

// namesNew reports whether f uses the name new other than as a call's
// function: a declaration or a use of its own new, which hides the
// builtin.
func namesNew(f ast.Node) bool {
	called := map[*ast.Ident]bool{}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok {
				called[id] = true
			}
		}
		if id, ok := n.(*ast.Ident); ok && id.Name == "new" && !called[id] {
			found = true
		}
		return !found
	})
	return found
}
