package rewrite

import (
	"go/ast"
	"slices"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

// CellDefers makes the defer statements of a statement chunk (outside
// function literals) appends to the prelude's gopadDefers, run when the
// cell ends, as Go runs main's defers when it returns; yaegi would run
// them at once and again in every later cell. A deferred function literal
// that calls recover (a panic handler, defer func() { ... recover() ... }())
// goes to gopadHandlers instead: it stands for main's handler, which
// covers the rest of main, so it waits for a panic of this cell or a later
// one (interp/cellpanic.go); gopadDefers gets a mark in its place, which
// runs it when the cell's panic unwinds the deferred calls, in the order
// Go runs them (a handler deferred after a plain call runs before it). A
// release of a value the session keeps goes to gopadKept, run when the
// session ends (keptdefers.go). Their arguments were
// already evaluated into variables by DeferArgs. (The deferred closures
// stay in interpreted code: given to compiled code, closures made in a
// loop would all see its last iteration.) Edits stay on their lines.
var CellDefers = Pass{Name: "cellDefers", Wants: holds(hasDefer), Run: func(u *Unit) []source.Edit {
	var es edits
	for _, d := range cellDefers(u.File) {
		if fn, ok := d.Call.Fun.(*ast.CallExpr); ok {
			es.add(deferredCallResult(u, d, fn)...)
			continue
		}
		list, mark := "gopadDefers", ""
		switch {
		case isHandler(d):
			list, mark = "gopadHandlers", "; gopadDefers = append(gopadDefers, func() { gopadHandlerMark() })"
		case isKept(d):
			list = "gopadKept"
		}
		es.add(source.Replace(u.Off(d.Pos()), u.Off(d.Call.Pos()), list+" = append("+list+", func() { "),
			source.Insert(u.Off(d.Call.End()), " })"+mark))
	}
	return es
}}

// cellDefers returns the defer statements of a statement chunk, outside
// function literals.
func cellDefers(f *source.File) []*ast.DeferStmt {
	var ds []*ast.DeferStmt
	for _, st := range f.Body() {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.DeferStmt:
				ds = append(ds, n)
			}
			return true
		})
	}
	return ds
}

// MovesDefers reports whether CellDefers moves a defer of the statement
// chunk f to the end of the cell.
func MovesDefers(f *source.File) bool { return len(cellDefers(f)) > 0 }

// deferredCallResult moves a defer whose function is itself a call,
// defer trace("main")(), to gopadDefers with the function computed at the
// defer statement, as Go computes it (trace prints "enter" then):
//
//	defer trace("main")()   →   gopadDF7 := trace("main"); gopadDefers = append(gopadDefers, func() { gopadDF7() })
func deferredCallResult(u *Unit, d *ast.DeferStmt, fn *ast.CallExpr) []source.Edit {
	name := "gopadDF" + strconv.Itoa(u.Off(d.Pos()))
	return []source.Edit{
		source.Replace(u.Off(d.Pos()), u.Off(fn.Pos()), name+" := "),
		source.Insert(u.Off(fn.End()), "; gopadDefers = append(gopadDefers, func() { "+name),
		source.Insert(u.Off(d.Call.End()), " })"),
	}
}

// isHandler reports whether d defers a function literal whose own body
// calls recover.
func isHandler(d *ast.DeferStmt) bool {
	lit, ok := d.Call.Fun.(*ast.FuncLit)
	if !ok {
		return false
	}
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "recover" && len(n.Args) == 0 {
				found = true
			}
		}
		return !found
	})
	return found
}

// KeepsDefers reports whether CellDefers moves a release of the statement
// chunk f to gopadKept.
func KeepsDefers(f *source.File) bool { return slices.ContainsFunc(cellDefers(f), isKept) }

// DefersHandler reports whether CellDefers moves a panic handler of the
// statement chunk f to gopadHandlers.
func DefersHandler(f *source.File) bool { return slices.ContainsFunc(cellDefers(f), isHandler) }
