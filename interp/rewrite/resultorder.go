package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// ResultOrder makes a return statement of a function with named results
// compute its values before it assigns any. yaegi writes the values into
// the result variables as it goes, so a value that reads a result read
// what another value had put there: in func f() (a, b int), "return b, a"
// returned b twice, and "return a + 10, a" returned a + 10 twice. The
// values that read a result are computed first into variables of the
// results' types, in their order, and returned:
//
//	return hi, lo  →  var gopadO40_0 int = hi; var gopadO40_1 int = lo; return gopadO40_0, gopadO40_1
//
// (One statement a value: yaegi's assignment of several values panics
// on an untyped nil or an empty interface among them.) A function that
// declares a name of its results again is left as it is. Its own phase,
// after evalorder (which moved the calls a value must wait for) and
// before the passes that edit inside the values it moves.
var ResultOrder = Phase{Name: "resultorder", Passes: []Pass{resultOrderPass}}

var resultOrderPass = Pass{Name: "resultOrder", Wants: func(u *Unit) bool { return u.has(hasNamedResults) }, Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			es.add(orderedReturns(u, n.Type, n.Body)...)
		case *ast.FuncLit:
			es.add(orderedReturns(u, n.Type, n.Body)...)
		}
		return true
	})
	return es
}}

// orderedReturns is ResultOrder's edits for one function.
func orderedReturns(u *Unit, typ *ast.FuncType, body *ast.BlockStmt) []source.Edit {
	names, types := resultNames(u, typ)
	if len(names) < 2 || body == nil || declaresAny(body, names) {
		return nil
	}
	var es []source.Edit
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			if len(n.Results) == len(names) && readsOtherResult(n.Results, names) {
				es = append(es, resultAssign(u, n, names, types)...)
			}
		}
		return true
	})
	return es
}

// resultAssign is the edits that compute the values of ret that read one
// of the results (named names, of the types types) before it.
func resultAssign(u *Unit, ret *ast.ReturnStmt, names, types []string) []source.Edit {
	var pre strings.Builder
	var es []source.Edit
	for i, v := range ret.Results {
		if !reads(v, names) {
			continue
		}
		tmp := fmt.Sprintf("gopadO%d_%d", u.Off(ret.Pos()), i)
		fmt.Fprintf(&pre, "var %s %s = %s; ", tmp, types[i], u.Code(v))
		es = append(es, source.Replace(u.Off(v.Pos()), u.Off(v.End()), tmp))
	}
	return append(es, source.Insert(u.Off(ret.Pos()), pre.String()))
}

// resultNames are the names of a function's results and their types as
// written; nil when they are unnamed or one is blank.
func resultNames(u *Unit, typ *ast.FuncType) (names, types []string) {
	if typ == nil || typ.Results == nil {
		return nil, nil
	}
	for _, f := range typ.Results.List {
		if len(f.Names) == 0 {
			return nil, nil
		}
		for _, id := range f.Names {
			if id.Name == "_" {
				return nil, nil
			}
			names = append(names, id.Name)
			types = append(types, u.Code(f.Type))
		}
	}
	return names, types
}

// readsOtherResult reports whether a value of a return reads a result
// other than the one it is returned as (return a, b reads none).
func readsOtherResult(values []ast.Expr, names []string) bool {
	for i, v := range values {
		if id, ok := ast.Unparen(v).(*ast.Ident); ok && id.Name == names[i] {
			continue
		}
		if reads(v, names) {
			return true
		}
	}
	return false
}

// reads reports whether e names one of names, outside selectors' field
// names and composite literals' keys.
func reads(e ast.Expr, names []string) bool {
	found := false
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			found = found || slices.Contains(names, n.Name)
		case *ast.SelectorExpr:
			ast.Inspect(n.X, visit)
			return false
		case *ast.KeyValueExpr:
			if _, field := n.Key.(*ast.Ident); !field {
				ast.Inspect(n.Key, visit)
			}
			ast.Inspect(n.Value, visit)
			return false
		}
		return !found
	}
	ast.Inspect(e, visit)
	return found
}

// declaresAny reports whether body declares one of names again: a
// variable, a constant, a type, a parameter of a function literal, a
// range or type switch variable (a := x.(type) is an assignment).
func declaresAny(body *ast.BlockStmt, names []string) bool {
	found := false
	declares := func(ids ...*ast.Ident) {
		for _, id := range ids {
			found = found || id != nil && slices.Contains(names, id.Name)
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					id, _ := l.(*ast.Ident)
					declares(id)
				}
			}
		case *ast.ValueSpec:
			declares(n.Names...)
		case *ast.TypeSpec:
			declares(n.Name)
		case *ast.Field:
			declares(n.Names...)
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				k, _ := n.Key.(*ast.Ident)
				v, _ := n.Value.(*ast.Ident)
				declares(k, v)
			}
		}
		return !found
	})
	return found
}
