package rewrite

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
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
// stack, is a top-level release of a value the session keeps (see above)
// that the chunk's other statements do not use: a cell that uses the value
// itself (go worker(ctx) after defer cancel()) is a whole piece of work,
// whose release runs when it ends, as before.
func (tc *Types) keptDefer(d *ast.DeferStmt, stack []ast.Node) bool {
	fd, ok := chunkFunc(stack)
	if !ok || !tc.topLevel(fd.Body) {
		return false
	}
	released, ok := tc.releasedValue(d, fd)
	if !ok || !tc.keptVar(released, fd) {
		return false
	}
	v := tc.Info.Uses[rootIdent(released)].(*types.Var)
	objs := tc.releasedWith(v, fd)
	if tc.cellUses != nil {
		// The cell's other chunks too (a cell runs as several).
		return !slices.ContainsFunc(objs, func(o types.Object) bool { return tc.cellUses[o.Name()] })
	}
	return !tc.usedBesides(fd.Body, d, objs)
}

// CellUses names the identifiers the statements src (a cell's, as a
// function body) use outside their defer statements and the left side of
// their definitions: what a cell uses of the values it releases.
func CellUses(src string) map[string]bool {
	uses := map[string]bool{}
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\nfunc _() {\n"+src+"\n}", parser.SkipObjectResolution)
	if err != nil {
		return uses
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			return false
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, r := range n.Rhs {
					ast.Inspect(r, func(m ast.Node) bool { return addIdent(uses, m) })
				}
				return false
			}
		case *ast.ValueSpec:
			for _, v := range n.Values {
				ast.Inspect(v, func(m ast.Node) bool { return addIdent(uses, m) })
			}
			return false
		}
		return addIdent(uses, n)
	})
	return uses
}

func addIdent(uses map[string]bool, n ast.Node) bool {
	if id, ok := n.(*ast.Ident); ok {
		uses[id.Name] = true
	}
	return true
}

// releasedValue returns the expression whose value d releases, when d is
// a release (see above).
func (tc *Types) releasedValue(d *ast.DeferStmt, fd *ast.FuncDecl) (ast.Expr, bool) {
	call := d.Call
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if b, ok := tc.Info.Uses[f].(*types.Builtin); ok {
			return firstArg(call), b.Name() == "close" && len(call.Args) == 1
		}
		return f, tc.releaseFunc(f, fd)
	case *ast.SelectorExpr:
		if pkg, ok := tc.packageFunc(f); ok {
			return firstArg(call), pkg == "os" && (f.Sel.Name == "Remove" || f.Sel.Name == "RemoveAll") && len(call.Args) == 1
		}
		return f.X, tc.releaseMethod(f) && len(call.Args) == 0
	}
	return nil, false
}

func firstArg(call *ast.CallExpr) ast.Expr {
	if len(call.Args) == 0 {
		return nil
	}
	return call.Args[0]
}

// releasedWith is what releasing v frees: the variables defined with it
// (ctx, for the cancel of ctx, cancel := ...), but errors, or v alone.
func (tc *Types) releasedWith(v *types.Var, fd *ast.FuncDecl) []types.Object {
	var out []types.Object
	for _, o := range tc.definedWith(v, fd) {
		if !types.Identical(o.Type(), types.Universe.Lookup("error").Type()) {
			out = append(out, o)
		}
	}
	if len(out) == 0 {
		out = append(out, v)
	}
	return out
}

// usedBesides reports whether body uses one of objs outside the defer
// statement d.
func (tc *Types) usedBesides(body *ast.BlockStmt, d *ast.DeferStmt, objs []types.Object) bool {
	used := false
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && slices.Contains(objs, tc.Info.Uses[id]) {
			used = true
		}
		return !used && n != d
	})
	return used
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
	v, ok := tc.Info.Uses[f].(*types.Var)
	if !ok {
		return false
	}
	if n, ok := v.Type().(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" {
		return strings.HasPrefix(n.Obj().Name(), "Cancel")
	}
	if sig, ok := v.Type().Underlying().(*types.Signature); !ok || sig.Params().Len() > 0 {
		return false
	}
	return len(tc.definedWith(v, fd)) > 1
}

// definedWith returns the variables of the assignment or var spec that
// defined v from one call or comma-ok expression, v among them, in the
// chunk or an earlier cell; nil when none did.
func (tc *Types) definedWith(v *types.Var, fd *ast.FuncDecl) []types.Object {
	var group []types.Object
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
		if slices.ContainsFunc(lhs, func(id *ast.Ident) bool { return tc.Info.Defs[id] == v }) {
			for _, id := range lhs {
				if o := tc.Info.Defs[id]; o != nil {
					group = append(group, o)
				}
			}
		}
		return group == nil
	}
	ast.Inspect(fd.Body, visit)
	if group == nil && tc.session != nil {
		ast.Inspect(tc.session, visit) // an earlier cell's
	}
	return group
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
