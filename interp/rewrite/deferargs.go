package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// DeferArgs evaluates a deferred call's arguments into variables at the
// defer statement, as Go does; yaegi may read variables when the call
// runs:
//
//	defer f(x, y)   →   gopadD7_0, gopadD7_1 := x, y; defer f(gopadD7_0, gopadD7_1)
//
// Literals and function literals stay where they are. A deferred function
// literal in a loop is made at the defer statement too: yaegi makes it
// when the deferred call runs, so a loop's defer func() { use(i) }() saw
// the last iteration's variable in every call (c2 c2 c2 for c2 c1 c0):
//
//	defer func() { use(i) }()   →   gopadF7 := func() func() { return func() { use(i) } }(); defer gopadF7()
//
// The literal is made one frame down, as deferClosures makes the closures
// that deferred calls call: yaegi runs deferred calls holding the frame's
// lock, which a closure made in that frame takes when it returns. A
// deferred panic that statements follow is refused (deferredPanic).
var DeferArgs = Pass{Name: "deferArgs", Wants: holds(hasDefer), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, c *cursor) bool {
		if d, ok := n.(*ast.DeferStmt); ok {
			es.add(deferArgs(u, d)...)
			es.add(deferredLiteral(u, d, c)...)
			es.add(deferredPanic(u, d, c)...)
		}
		return true
	})
	return es
}}

// deferredLiteral moves the function literal that n calls into a variable
// when n is in a loop of its function, and the literal holds no defer of
// its own (whose edits would fall inside the moved text) and no recover
// (which yaegi answers only in a literal deferred in place).
func deferredLiteral(u *Unit, n *ast.DeferStmt, c *cursor) []source.Edit {
	lit, ok := n.Call.Fun.(*ast.FuncLit)
	if !ok || !inLoop(c) {
		return nil
	}
	nested := false
	ast.Inspect(lit.Body, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.DeferStmt:
			nested = true
		case *ast.Ident:
			nested = nested || m.Name == "recover"
		}
		return !nested
	})
	if nested {
		return nil
	}
	name := fmt.Sprintf("gopadF%d", u.Off(n.Pos()))
	return []source.Edit{
		source.Insert(u.Off(n.Pos()), name+" := func() "+u.Code(lit.Type)+" { return "+u.Code(lit)+" }(); "),
		source.Replace(u.Off(lit.Pos()), u.Off(lit.End()), name),
	}
}

// DeferredPanicLimit is the refusal of a deferred panic that statements
// follow.
const DeferredPanicLimit = "gopad cannot run the statements after defer panic(...) in a function: yaegi panics at " +
	"the defer statement, not when the function returns. Workaround: defer func() { panic(v) }()"

// deferredPanic refuses a deferred call of the builtin panic in a
// function when statements follow it in its block: yaegi panicked at the
// defer statement, so they never ran (defer panic("x"); fmt.Println("body")
// printed nothing), silently. (Deferred at a cell's top level, CellDefers
// runs it when the cell ends.)
func deferredPanic(u *Unit, n *ast.DeferStmt, c *cursor) []source.Edit {
	if _, ok := builtinCall(u, n.Call, "panic"); !ok || u.Stmt() && c.topLevel() || !followed(u, n) {
		return nil
	}
	return []source.Edit{source.Insert(u.Off(n.Pos()), "gopadBuiltin.Refuse("+strconv.Quote(DeferredPanicLimit)+", nil); ")}
}

// followed reports whether a statement of st's function follows st, in
// its block or in a block around it, other than a panic or a deferred
// one, whose skipping nothing sees (defer panic(3); defer panic(2);
// panic(0) ends with panic 3 either way).
func followed(u *Unit, st ast.Stmt) bool {
	var found, done bool
	var visit func(n ast.Node, after bool)
	visit = func(n ast.Node, after bool) {
		if list := stmtList(n); list != nil {
			for i, s := range list {
				visit(s, after || slices.ContainsFunc(list[i+1:], func(s ast.Stmt) bool { return !panicStmt(u, s) }))
			}
			return
		}
		ast.Inspect(n, func(m ast.Node) bool {
			switch {
			case done:
			case m == ast.Node(st):
				found, done = after, true
			case m == n || m == nil:
				return true
			case stmtList(m) != nil:
				visit(m, after)
			default:
				if lit, ok := m.(*ast.FuncLit); ok {
					visit(lit.Body, false) // a function of its own
				} else {
					return true
				}
			}
			return false
		})
	}
	visit(u.AST, false)
	return found
}

// panicStmt reports whether st is panic(v) or defer panic(v), v without
// calls.
func panicStmt(u *Unit, st ast.Stmt) bool {
	var call *ast.CallExpr
	switch st := st.(type) {
	case *ast.ExprStmt:
		call, _ = st.X.(*ast.CallExpr)
	case *ast.DeferStmt:
		call = st.Call
	}
	if call == nil {
		return false
	}
	if _, ok := builtinCall(u, call, "panic"); !ok || len(call.Args) != 1 {
		return false
	}
	calls := false
	ast.Inspect(call.Args[0], func(n ast.Node) bool {
		_, c := n.(*ast.CallExpr)
		calls = calls || c
		return !calls
	})
	return !calls
}

func deferArgs(u *Unit, n *ast.DeferStmt) []source.Edit {
	var es []source.Edit
	var names, vals []string
	consts := constNames(u)
	for i, a := range deferredArgs(n) {
		if a == nil || constArg(a, consts) {
			continue
		}
		name := fmt.Sprintf("gopadD%d_%d", u.Off(n.Pos()), i)
		names = append(names, name)
		vals = append(vals, u.Code(a))
		es = append(es, source.Replace(u.Off(a.Pos()), u.Off(a.End()), name))
	}
	if len(names) == 0 {
		return nil
	}
	return append(es, source.Insert(u.Off(n.Pos()), strings.Join(names, ", ")+" := "+strings.Join(vals, ", ")+"; "))
}

// deferredArgs are the arguments of n's call that DeferArgs moves, by
// index (nil for one it leaves in place).
func deferredArgs(n *ast.DeferStmt) []ast.Expr {
	args := make([]ast.Expr, len(n.Call.Args))
	for i, a := range n.Call.Args {
		switch a.(type) {
		case *ast.BasicLit, *ast.FuncLit:
		default:
			args[i] = a
		}
	}
	return args
}

// constArg reports whether a is a constant expression: its value cannot
// change before the deferred call runs, so it stays in place. Moved into a
// variable it would take its default type (gopadD := nil does not compile;
// gopadD := -1 is an int where the parameter is a float64). consts are the
// names that are constants (see constNames).
func constArg(a ast.Expr, consts map[string]bool) bool {
	switch a := a.(type) {
	case *ast.BasicLit:
		return true
	case *ast.Ident:
		return consts[a.Name]
	case *ast.ParenExpr:
		return constArg(a.X, consts)
	case *ast.UnaryExpr:
		return a.Op != token.AND && a.Op != token.ARROW && constArg(a.X, consts)
	case *ast.BinaryExpr:
		return constArg(a.X, consts) && constArg(a.Y, consts)
	}
	return false
}

// constNames are the names that mean a constant (or a function, which
// cannot change either) wherever the chunk uses them: nil, true, false,
// the chunk's constants and the session's non-variable names, less every
// name the chunk declares as a variable or parameter anywhere (which may
// shadow them).
func constNames(u *Unit) map[string]bool {
	out := map[string]bool{"nil": true, "true": true, "false": true}
	vars := map[string]bool{}
	ast.Inspect(u.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			for _, sp := range n.Specs {
				if vs, ok := sp.(*ast.ValueSpec); ok {
					for _, id := range vs.Names {
						if n.Tok == token.CONST {
							out[id.Name] = true
						} else {
							vars[id.Name] = true
						}
					}
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						vars[id.Name] = true
					}
				}
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok {
					vars[id.Name] = true
				}
			}
		case *ast.Field:
			for _, id := range n.Names {
				vars[id.Name] = true
			}
		case *ast.TypeSwitchStmt:
			if a, ok := n.Assign.(*ast.AssignStmt); ok && len(a.Lhs) == 1 {
				if id, ok := a.Lhs[0].(*ast.Ident); ok {
					vars[id.Name] = true
				}
			}
		}
		return true
	})
	if u.Scope != nil {
		for _, name := range sessionNames(u) {
			if u.Scope.Declared(name) && !u.Scope.Variable(name) {
				out[name] = true
			}
		}
	}
	for name := range vars {
		delete(out, name)
	}
	return out
}

// sessionNames lists the identifiers the chunk's deferred calls pass, the
// candidates for the session's constants.
func sessionNames(u *Unit) []string {
	var names []string
	ast.Inspect(u.AST, func(n ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok {
			for _, a := range d.Call.Args {
				ast.Inspect(a, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok {
						names = append(names, id.Name)
					}
					return true
				})
			}
		}
		return true
	})
	return names
}
