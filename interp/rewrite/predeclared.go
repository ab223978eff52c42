package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// Predeclared gives a function's variables and constants that are named
// like one of Go's predeclared identifiers a name of their own
// (ShadowPrefix + name), where they are declared and wherever they are
// read:
//
//	len := len(s)            →  gopadShadow_len := len(s)
//	b := make([]byte, len)   →  b := make([]byte, gopadShadow_len)
//	func f() (max int)       →  func f() (gopadShadow_max int)
//
// Go lets a local name shadow a predeclared one (len, cap, copy, new,
// max, min, string, real, print…) in its scope; yaegi resolved such a
// name to the builtin in some places and to the variable in others ("too
// many arguments" for make([]byte, len), a crash of its compiler for a
// local string). Code written before Go 1.21 often names a variable max
// or min. The variables that a statement chunk declares at its top level
// are main's, which later chunks read: ShadowMain renames those (the
// session's shadowMain), so this pass leaves them. Errors show the names
// without the prefix. Constants of a const group that repeats an
// expression keep their names (repeatingConsts). Its own typed phase, first, so that the passes after
// it see no shadowed builtin.
var Predeclared = Phase{Name: "predeclared", Typed: true, Passes: []Pass{predeclaredPass}}

var predeclaredPass = Pass{
	Name:  "predeclared",
	Wants: func(u *Unit) bool { return definesPredeclared(u.AST) },
	Run:   func(u *Unit) []source.Edit { return u.Types.predeclaredLocals(u.Stmt()) },
}

// predeclaredLocals returns the edits that rename the chunk's local
// variables and constants named like a predeclared identifier; in a
// statement chunk, not those of its top level (stmt).
func (tc *Types) predeclaredLocals(stmt bool) []source.Edit {
	var ids []*ast.Ident
	renamed := map[types.Object]bool{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			ids = append(ids, n)
			if obj := tc.Info.Defs[n]; obj != nil && tc.localPredeclared(obj, stmt) {
				renamed[obj] = true
			}
		case *ast.CaseClause: // a type switch's variable, one per clause
			if obj := tc.Info.Implicits[n]; obj != nil && tc.localPredeclared(obj, stmt) {
				renamed[obj] = true
			}
		}
		return true
	})
	for _, obj := range repeatingConsts(tc.File, tc.Info) {
		delete(renamed, obj)
	}
	var edits []source.Edit
	add := func(id *ast.Ident) {
		edits = append(edits, source.Edit{From: tc.Off(id.Pos()), To: tc.Off(id.Pos()), Text: ShadowPrefix, Pass: "predeclared"})
	}
	for _, id := range ids {
		if obj := tc.Info.Defs[id]; obj != nil && renamed[obj] {
			add(id)
		} else if obj := tc.Info.Uses[id]; obj != nil && renamed[obj] {
			add(id)
		}
	}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSwitchStmt); ok && switchVarRenamed(tc.Info, ts, renamed) {
			add(ts.Assign.(*ast.AssignStmt).Lhs[0].(*ast.Ident))
		}
		return true
	})
	return edits
}

// localPredeclared reports whether obj is a variable (not a field) or a
// constant of a function, named like a predeclared identifier; in a
// statement chunk (stmt), not one of the chunk's top level, whose scope is
// the function the chunk is checked in, right inside the file's.
func (tc *Types) localPredeclared(obj types.Object, stmt bool) bool {
	switch o := obj.(type) {
	case *types.Var:
		if o.IsField() {
			return false
		}
	case *types.Const:
	default:
		return false
	}
	if types.Universe.Lookup(obj.Name()) == nil {
		return false
	}
	scope := obj.Parent()
	if scope == nil || scope == tc.Pkg.Scope() || scope.Parent() == tc.Pkg.Scope() {
		return false
	}
	return !stmt || scope.Parent().Parent() != tc.Pkg.Scope()
}

// switchVarRenamed reports whether ts binds a variable (switch v :=
// x.(type)) whose clauses' objects are renamed.
func switchVarRenamed(info *types.Info, ts *ast.TypeSwitchStmt, renamed map[types.Object]bool) bool {
	as, ok := ts.Assign.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 {
		return false
	}
	for _, cl := range ts.Body.List {
		if obj := info.Implicits[cl]; obj != nil && renamed[obj] {
			return true
		}
	}
	return false
}

// definesPredeclared reports whether f declares a name of a predeclared
// identifier in a function: a parameter or result, a :=, a var or const
// declaration, a range's or a type switch's variable.
func definesPredeclared(f *ast.File) bool {
	found := false
	check := func(ids ...ast.Expr) {
		for _, e := range ids {
			if id, ok := e.(*ast.Ident); ok && id.Name != "_" && types.Universe.Lookup(id.Name) != nil {
				found = true
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			for _, l := range []*ast.FieldList{n.Params, n.Results} {
				for _, fd := range fieldsOf(l) {
					for _, id := range fd.Names {
						check(id)
					}
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				check(n.Lhs...)
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				check(n.Key, n.Value)
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				check(id)
			}
		}
		return !found
	})
	return found
}

// repeatingConsts returns the constants of the const groups where a spec
// repeats the expression of one before it (const ( A = iota; iota = iota;
// B )): the repeated text means the group's own constant of that name
// where it is repeated (B is the constant iota, 1), which a renaming would
// turn into the predeclared one. They keep their names.
func repeatingConsts(f *ast.File, info *types.Info) []types.Object {
	var objs []types.Object
	ast.Inspect(f, func(n ast.Node) bool {
		gd, ok := n.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			return true
		}
		repeats := false
		for _, sp := range gd.Specs {
			repeats = repeats || len(sp.(*ast.ValueSpec).Values) == 0
		}
		for _, sp := range gd.Specs {
			for _, id := range sp.(*ast.ValueSpec).Names {
				if obj := info.Defs[id]; repeats && obj != nil {
					objs = append(objs, obj)
				}
			}
		}
		return true
	})
	return objs
}
