package interp

import (
	"fmt"
	"go/ast"
	"go/token"
)

// inPlaceLiterals puts a composite literal assigned to a variable in
// parentheses: "v = T{...}" → "v = (T{...})". yaegi gives the variable new
// storage for a struct literal assigned to it directly, so a pointer taken
// before (p := &v) or a closure that captured v went on seeing the old
// value. Assigned through parentheses, the literal is copied into v's
// storage, as any other value is.
func inPlaceLiterals(n *ast.AssignStmt, off func(token.Pos) int) []edit {
	if n.Tok != token.ASSIGN && n.Tok != token.DEFINE || len(n.Lhs) != len(n.Rhs) {
		return nil
	}
	var edits []edit
	for i, r := range n.Rhs {
		lit, ok := r.(*ast.CompositeLit)
		if id, isVar := n.Lhs[i].(*ast.Ident); !ok || lit.Type == nil || !isVar || id.Name == "_" {
			continue
		}
		if n.Tok == token.DEFINE && len(n.Lhs) == 1 {
			continue // a new variable
		}
		edits = append(edits, around(off(lit.Pos()), off(lit.End()), "(", ")")...)
	}
	return edits
}

// reusedDefines makes a := that reuses a variable of its own scope assign
// that variable in place: "a, b := f()" → "gopadU1_0, b := f(); a =
// gopadU1_0". yaegi gives a reused variable new storage, so a pointer taken
// before or a closure that captured it (a deferred func reading err) went
// on seeing the old value. Scopes are followed by syntax alone: a := reuses
// only names declared earlier in the same block, or parameters and results
// in a function's body. A reused variable whose value is a literal is left
// alone: a temporary would take the literal's default type.
func reusedDefines(f *ast.File, off func(token.Pos) int) []edit {
	var edits []edit
	done := map[*ast.BlockStmt]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				done[n.Body] = true
				edits = append(edits, scopeDefines(n.Body.List, funcNames(n.Recv, n.Type), off)...)
			}
		case *ast.FuncLit:
			done[n.Body] = true
			edits = append(edits, scopeDefines(n.Body.List, funcNames(nil, n.Type), off)...)
		case *ast.BlockStmt:
			if !done[n] {
				edits = append(edits, scopeDefines(n.List, nil, off)...)
			}
		case *ast.CaseClause:
			edits = append(edits, scopeDefines(n.Body, nil, off)...)
		case *ast.CommClause:
			edits = append(edits, scopeDefines(n.Body, nil, off)...)
		}
		return true
	})
	return edits
}

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
func scopeDefines(list []ast.Stmt, declared map[string]bool, off func(token.Pos) int) []edit {
	if declared == nil {
		declared = map[string]bool{}
	}
	var edits []edit
	for _, st := range list {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok != token.DEFINE {
				continue
			}
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
				tmp := fmt.Sprintf("gopadU%d_%d", off(st.Pos()), i)
				edits = append(edits, edit{from: off(id.Pos()), to: off(id.End()), text: tmp})
				assigns += "; " + id.Name + " = " + tmp
			}
			if assigns != "" {
				edits = append(edits, edit{from: off(st.End()), to: off(st.End()), text: assigns, order: -1})
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
	return edits
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
