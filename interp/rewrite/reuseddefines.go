package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// ReusedDefines makes a := that reuses a variable of its own scope assign
// that variable in place: "a, b := f()" → "gopadU1_0, b := f(); a =
// gopadU1_0". yaegi gives a reused variable new storage, so a pointer
// taken before or a closure that captured it (a deferred func reading err)
// went on seeing the old value. Scopes are followed by syntax alone: a :=
// reuses only names declared earlier in the same block, or parameters and
// results in a function's body. A reused variable whose value is a literal
// is left alone: a temporary would take the literal's default type.
var ReusedDefines = Pass{Name: "reusedDefines", Wants: holds(hasDefine), Run: func(u *Unit) []source.Edit {
	var es edits
	done := map[*ast.BlockStmt]bool{}
	ast.Inspect(u.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				done[n.Body] = true
				es.add(scopeDefines(u, n.Body.List, funcNames(n.Recv, n.Type))...)
			}
		case *ast.FuncLit:
			done[n.Body] = true
			es.add(scopeDefines(u, n.Body.List, funcNames(nil, n.Type))...)
		case *ast.BlockStmt:
			if !done[n] {
				es.add(scopeDefines(u, n.List, nil)...)
			}
		case *ast.CaseClause:
			es.add(scopeDefines(u, n.Body, nil)...)
		case *ast.CommClause:
			es.add(scopeDefines(u, n.Body, nil)...)
		}
		return true
	})
	return es
}}

func funcNames(recv *ast.FieldList, typ *ast.FuncType) map[string]bool {
	names := map[string]bool{}
	for _, fl := range []*ast.FieldList{recv, typ.Params, typ.Results} {
		if fl == nil {
			continue
		}
		for _, fd := range fl.List {
			for _, id := range fd.Names {
				names[id.Name] = true
			}
		}
	}
	return names
}

// scopeDefines returns the edits for the statements of one scope.
func scopeDefines(u *Unit, list []ast.Stmt, declared map[string]bool) []source.Edit {
	if declared == nil {
		declared = map[string]bool{}
	}
	var es []source.Edit
	for _, st := range list {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				es = append(es, reusedDefine(u, st, declared)...)
			}
		case *ast.DeclStmt:
			if gd, ok := st.Decl.(*ast.GenDecl); ok {
				for _, sp := range gd.Specs {
					if vs, ok := sp.(*ast.ValueSpec); ok {
						for _, id := range vs.Names {
							declared[id.Name] = true
						}
					}
				}
			}
		}
	}
	return es
}

// reusedDefine returns the edits of one := whose scope declared the names
// declared, and adds the names it declares.
func reusedDefine(u *Unit, st *ast.AssignStmt, declared map[string]bool) []source.Edit {
	var es []source.Edit
	var assigns string
	for i, l := range st.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		if !declared[id.Name] || len(st.Lhs) == len(st.Rhs) && isLiteral(st.Rhs[i]) {
			declared[id.Name] = true
			continue
		}
		tmp := fmt.Sprintf("gopadU%d_%d", u.Off(st.Pos()), i)
		es = append(es, source.Replace(u.Off(id.Pos()), u.Off(id.End()), tmp))
		assigns += "; " + id.Name + " = " + tmp
	}
	if assigns != "" {
		es = append(es, source.Edit{From: u.Off(st.End()), To: u.Off(st.End()), Text: assigns, Order: -1})
	}
	return es
}

// isLiteral reports whether e is a literal whose type comes from its use.
func isLiteral(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return true
	case *ast.UnaryExpr:
		return isLiteral(e.X)
	case *ast.Ident:
		return e.Name == "nil" || e.Name == "true" || e.Name == "false" || e.Name == "iota"
	}
	return false
}
