package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// InPlaceLiterals puts a composite literal assigned to a variable in
// parentheses: "v = T{...}" → "v = (T{...})". yaegi gives the variable new
// storage for a struct literal assigned to it directly, so a pointer taken
// before (p := &v) or a closure that captured v went on seeing the old
// value. Assigned through parentheses, the literal is copied into v's
// storage, as any other value is. A field or an element (s.f = T{...},
// xs[i] = T{...}) gets the same parentheses: assigned directly to one of
// an interface type, the literal made yaegi panic in reflect.Set
// ("interp.valueInterface is not assignable"). The same holds for the literal of a
// variable declared with a type, var s Shape = Names{"a"}, where yaegi
// panicked in reflect.Set storing a slice or map literal in an interface.
var InPlaceLiterals = Pass{Name: "inPlaceLiterals", Wants: holds(hasLiteralAssign), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			es.add(inPlaceLiterals(u, n)...)
		case *ast.ValueSpec:
			es.add(typedVarLiterals(u, n)...)
		}
		return true
	})
	return es
}}

// typedVarLiterals puts the literals of var v T = T2{...} in parentheses.
func typedVarLiterals(u *Unit, n *ast.ValueSpec) []source.Edit {
	if n.Type == nil {
		return nil
	}
	var es []source.Edit
	for _, v := range n.Values {
		if lit, ok := v.(*ast.CompositeLit); ok && lit.Type != nil {
			es = append(es, source.Around(u.Off(lit.Pos()), u.Off(lit.End()), "(", ")")...)
		}
	}
	return es
}

func inPlaceLiterals(u *Unit, n *ast.AssignStmt) []source.Edit {
	if n.Tok != token.ASSIGN && n.Tok != token.DEFINE || len(n.Lhs) != len(n.Rhs) {
		return nil
	}
	var es []source.Edit
	for i, r := range n.Rhs {
		lit, ok := r.(*ast.CompositeLit)
		if !ok || lit.Type == nil || isBlank(n.Lhs[i]) {
			continue
		}
		if n.Tok == token.DEFINE && len(n.Lhs) == 1 {
			continue // a new variable
		}
		es = append(es, source.Around(u.Off(lit.Pos()), u.Off(lit.End()), "(", ")")...)
	}
	return es
}
