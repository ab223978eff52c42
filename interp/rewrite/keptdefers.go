package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// A cell's top-level defer runs when the cell ends, as main's runs when
// main returns. A deferred call that only releases a value the session
// keeps is kept instead, to run when the session ends: main's body split
// into cells goes on using the value in the cells after it, which the
// release, run at the end of its own cell, would break without a word (a
// context cancelled under the next cell's work, a temporary directory
// removed before the next cell writes into it, a channel closed before
// the next cell sends on it). A release prints nothing, so keeping it
// shows nothing either when the cell is all of main. The releases:
//
//	defer cancel()        a context.CancelFunc or CancelCauseFunc, or a func value its call returned with others (next, stop := iter.Pull(seq))
//	defer f.Close()       Close or Stop of a compiled type's value (a file, a ticker, a timer)
//	defer close(done)     a channel
//	defer os.RemoveAll(dir), defer os.Remove(path)
//
// each of a variable the session keeps (declared at the top level of this
// chunk or of an earlier cell). The typed pass names the value it takes
// at the defer statement gopadK<offset> (keptPrefix); cellDefers sees the
// name and appends the call to the prelude's gopadKept.

// keptPrefix starts the names of the values kept defers take.
const keptPrefix = "gopadK"

// keptDefer reports whether d, a defer statement with its ancestors in
// stack, is a top-level release of a value the session keeps (see
// above).
func (tc *Types) keptDefer(d *ast.DeferStmt, stack []ast.Node) bool {
	fd, ok := chunkFunc(stack)
	if !ok || !tc.topLevel(fd.Body) {
		return false
	}
	call := d.Call
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if b, ok := tc.Info.Uses[f].(*types.Builtin); ok {
			return b.Name() == "close" && len(call.Args) == 1 && tc.keptVar(call.Args[0], fd)
		}
		return tc.keptVar(f, fd) && tc.releaseFunc(f, fd)
	case *ast.SelectorExpr:
		if pkg, ok := tc.packageFunc(f); ok {
			return pkg == "os" && (f.Sel.Name == "Remove" || f.Sel.Name == "RemoveAll") &&
				len(call.Args) == 1 && tc.keptVar(call.Args[0], fd)
		}
		return tc.releaseMethod(f) && len(call.Args) == 0 && tc.keptVar(f.X, fd)
	}
	return false
}

// chunkFunc returns the function a node with ancestors stack is in, when
// it is a declared function (the one that wraps a statement chunk for the
// check) and no function literal is between them.
func chunkFunc(stack []ast.Node) (*ast.FuncDecl, bool) {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncLit:
			return nil, false
		case *ast.FuncDecl:
			return f, true
		}
	}
	return nil, false
}

// keptVar reports whether e is a variable the session keeps, or a field
// or element of one: one of an earlier cell, or declared at the top level
// of the chunk (wrapped in fd for the check).
func (tc *Types) keptVar(e ast.Expr, fd *ast.FuncDecl) bool {
	root := rootIdent(e)
	if root == nil {
		return false
	}
	v, ok := tc.Info.Uses[root].(*types.Var)
	if !ok || v.Parent() == nil {
		return false
	}
	// The chunk's top-level scope is its function's, in a file's scope.
	pkg := tc.Pkg.Scope()
	return v.Parent() == pkg || v.Parent().Parent() != nil && v.Parent().Parent().Parent() == pkg && fd.Body.Pos() <= v.Pos() && v.Pos() < fd.Body.End()
}

// rootIdent is the variable e selects or indexes into (f in f, f.x,
// f.x[i]), or nil.
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// releaseFunc reports whether f, a func variable, releases what came
// with it: its type is context's CancelFunc or CancelCauseFunc, or the
// chunk or an earlier cell defined it together with other variables from
// one call, and it takes no arguments.
func (tc *Types) releaseFunc(f *ast.Ident, fd *ast.FuncDecl) bool {
	v := tc.Info.Uses[f].(*types.Var)
	if n, ok := v.Type().(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" {
		return strings.HasPrefix(n.Obj().Name(), "Cancel")
	}
	if sig, ok := v.Type().Underlying().(*types.Signature); !ok || sig.Params().Len() > 0 {
		return false
	}
	found := false
	visit := func(n ast.Node) bool {
		var lhs []*ast.Ident
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && isCall(n.Rhs[0]) {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						lhs = append(lhs, id)
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Values) == 1 && isCall(n.Values[0]) {
				lhs = n.Names
			}
		}
		for _, id := range lhs {
			found = found || len(lhs) > 1 && tc.Info.Defs[id] == v
		}
		return !found
	}
	ast.Inspect(fd.Body, visit)
	if !found && tc.session != nil {
		ast.Inspect(tc.session, visit) // an earlier cell's
	}
	return found
}

func isCall(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok
}

// releaseMethod reports whether f selects Close or Stop of a value of a
// compiled package's type (not an interface, whose value could be the
// cells' own, with a Close that prints).
func (tc *Types) releaseMethod(f *ast.SelectorExpr) bool {
	sel := tc.Info.Selections[f]
	if sel == nil || sel.Kind() != types.MethodVal || (f.Sel.Name != "Close" && f.Sel.Name != "Stop") {
		return false
	}
	m := sel.Obj()
	return m.Pkg() != nil && m.Pkg() != tc.Pkg && !types.IsInterface(sel.Recv())
}

// packageFunc returns the import path of the package whose function f
// selects (os.Remove), when it does.
func (tc *Types) packageFunc(f *ast.SelectorExpr) (string, bool) {
	id, ok := f.X.(*ast.Ident)
	if !ok {
		return "", false
	}
	pn, ok := tc.Info.Uses[id].(*types.PkgName)
	if !ok {
		return "", false
	}
	return pn.Imported().Path(), true
}

// keptCall returns the edits of d, a kept defer of a builtin or package
// function: its argument is taken at the statement into a function that
// makes the call later,
//
//	defer os.RemoveAll(dir)  →  gopadK12 := func(gopadA0 string) func() { return func() { os.RemoveAll(gopadA0) } }(dir); defer gopadK12()
func (tc *Types) keptCall(d *ast.DeferStmt) []source.Edit {
	arg := d.Call.Args[0]
	t := tc.Info.Types[arg].Type
	text, ok := tc.TypeText(types.Default(t))
	if !ok || mentionsTypeParam(t) {
		return nil
	}
	name := fmt.Sprintf("%s%d", keptPrefix, tc.Off(d.Pos()))
	lit := "func(gopadA0 " + text + ") func() { return func() { " + tc.code(d.Call.Fun) + "(gopadA0) } }(" + tc.code(arg) + ")"
	return []source.Edit{
		{From: tc.Off(d.Pos()), To: tc.Off(d.Pos()), Text: name + " := " + lit + "; "},
		{From: tc.Off(d.Call.Pos()), To: tc.Off(d.Call.End()), Text: name + "()"},
	}
}

// keptByFunc reports whether the kept defer d calls a builtin or a
// package's function (keptCall), not a variable or a method.
func (tc *Types) keptByFunc(d *ast.DeferStmt) bool {
	switch f := ast.Unparen(d.Call.Fun).(type) {
	case *ast.Ident:
		_, ok := tc.Info.Uses[f].(*types.Builtin)
		return ok
	case *ast.SelectorExpr:
		_, ok := tc.packageFunc(f)
		return ok
	}
	return false
}

// isKept reports whether cellDefers's d defers a call the typed pass
// marked as kept.
func isKept(d *ast.DeferStmt) bool {
	switch f := ast.Unparen(d.Call.Fun).(type) {
	case *ast.Ident:
		return strings.HasPrefix(f.Name, keptPrefix)
	case *ast.SelectorExpr:
		id, ok := f.X.(*ast.Ident)
		return ok && strings.HasPrefix(id.Name, keptPrefix)
	}
	return false
}
