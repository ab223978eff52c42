package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var loopReceiversPass = Pass{
	Name:  "loopReceivers",
	Wants: func(u *Unit) bool { return u.has(hasLoop) && len(loopVarCalls(u.File.AST, nil)) > 0 },
	Run:   func(u *Unit) []source.Edit { return u.Types.loopReceivers() },
}

// loopReceivers writes out the address a call of a pointer method takes of
// a loop's variable, c.Register() → (&c).Register(): Go takes the address
// of that iteration's variable (Go 1.22), which the method may keep (a
// registry of *Reg, a goroutine's receiver); yaegi shares one variable
// across iterations, so every kept pointer saw the last element. With the
// address written, perIteration gives the body a copy of its own.
func (tc *Types) loopReceivers() []source.Edit {
	var edits []source.Edit
	objs := tc.loopVarObjects()
	for _, call := range loopVarCalls(tc.File, func(id *ast.Ident) bool { return objs[tc.Info.Uses[id]] }) {
		sel := call.Fun.(*ast.SelectorExpr)
		selection, ok := tc.Info.Selections[sel]
		if !ok || selection.Kind() != types.MethodVal || selection.Indirect() {
			continue // (Indirect: through an embedded pointer, whose address it is)
		}
		sig, ok := selection.Obj().Type().(*types.Signature)
		if !ok || sig.Recv() == nil {
			continue
		}
		if _, ptr := sig.Recv().Type().(*types.Pointer); !ptr {
			continue
		}
		if t := tc.Info.Types[sel.X].Type; t == nil || types.IsInterface(t) {
			continue
		} else if _, ptr := t.Underlying().(*types.Pointer); ptr {
			continue
		}
		edits = append(edits, source.Insert(tc.Off(sel.X.Pos()), "(&"), source.Insert(tc.Off(sel.X.End()), ")"))
	}
	return edits
}

// loopVarObjects are the variables the chunk's loops declare (range and
// three-clause loops with :=).
func (tc *Types) loopVarObjects() map[types.Object]bool {
	objs := map[types.Object]bool{}
	def := func(e ast.Expr) {
		if id, ok := e.(*ast.Ident); ok && tc.Info.Defs[id] != nil {
			objs[tc.Info.Defs[id]] = true
		}
	}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				def(n.Key)
				def(n.Value)
			}
		case *ast.ForStmt:
			if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				for _, l := range as.Lhs {
					def(l)
				}
			}
		}
		return true
	})
	return objs
}

// loopVarCalls are the calls x.m(...) in the bodies of f's loops whose x is
// a name the loop declares, and is (when is is not nil: Wants looks at
// the syntax alone) the loop's variable.
func loopVarCalls(f *ast.File, is func(*ast.Ident) bool) []*ast.CallExpr {
	var calls []*ast.CallExpr
	seen := map[*ast.CallExpr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		var names map[string]bool
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				names, body = loopNames(n.Key, n.Value), n.Body
			}
		case *ast.ForStmt:
			if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				names, body = loopNames(as.Lhs...), n.Body
			}
		}
		if body == nil {
			return true
		}
		ast.Inspect(body, func(m ast.Node) bool {
			call, ok := m.(*ast.CallExpr)
			if !ok {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && names[id.Name] && !seen[call] && (is == nil || is(id)) {
					seen[call] = true
					calls = append(calls, call)
				}
			}
			return true
		})
		return true
	})
	return calls
}

// loopNames are the names among a loop's variables es.
func loopNames(es ...ast.Expr) map[string]bool {
	names := map[string]bool{}
	for _, e := range es {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			names[id.Name] = true
		}
	}
	return names
}
