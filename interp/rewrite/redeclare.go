package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// A top-level p, err := g() whose err is already a variable of the session
// with the same type assigns that variable, as it would in main. yaegi it only when its own idea of the two types is the same (a
// compiled function's error result and a cell's var err error differ), and
// otherwise makes a second global err: functions declared earlier keep
// reading the first one, with its stale value. The typed pass writes such
// a statement as declarations of the new names and an assignment:
//
//	p, err := g()  →  var p string; p, err = g()

//
// A top-level := whose value reads the session's variable or function of
// a name it declares (n := n + 1, sq := sq(7)) is written so too, the new
// variable declared after the value is computed: yaegi declared the new
// global first, so that the value read its zero (n := n + 1 gave 1) or
// failed ("too many arguments" for sq(7)):
//
//	n := n + 1  →  gopadR0_0 := n + 1; n = gopadR0_0
//
// Where the name is the session's function or a variable of another type
// (sq := sq(7)), yaegi would compile the new variable before the value
// reads the old one: the statement is refused when it runs, the session
// left as it was (selfDefineLimit).

var redeclarePass = Pass{
	Name: "redeclare",
	Wants: func(u *Unit) bool {
		for _, ids := range u.sights().defines {
			for _, id := range ids {
				if u.Scope.Variable(id.Name) {
					return true
				}
			}
		}
		if !u.Stmt() {
			return false
		}
		for _, st := range u.Body() {
			if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && selfDefine(as, u.Scope.Declared) {
				return true
			}
		}
		return false
	},
	Run: func(u *Unit) []source.Edit { return u.Types.reusedDefines(u.Stmt()) },
}

// reusedDefines returns the edits for a statement chunk's top-level :=
// statements that redeclare session variables of the same type.
func (tc *Types) reusedDefines(stmt bool) []source.Edit {
	if !stmt {
		return nil
	}
	var edits []source.Edit
	for _, d := range tc.File.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		for _, st := range fd.Body.List {
			if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && (len(as.Lhs) >= 2 || selfDefine(as, nil)) {
				edits = append(edits, tc.reusedDefine(as)...)
			}
		}
	}
	return edits
}

func (tc *Types) reusedDefine(as *ast.AssignStmt) []source.Edit {
	var edits []source.Edit
	var assigns []string
	for _, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := tc.Info.Defs[id]
		if obj == nil {
			continue // already declared in this chunk: := assigns it
		}
		global := tc.Pkg.Scope().Lookup(id.Name)
		tmp := fmt.Sprintf("gopadR%d_%d", tc.Off(as.Pos()), len(assigns))
		if g, ok := global.(*types.Var); ok && types.Identical(g.Type(), obj.Type()) {
			edits = append(edits, source.Edit{From: tc.Off(id.Pos()), To: tc.Off(id.End()), Text: tmp})
			assigns = append(assigns, fmt.Sprintf("; %s = %s", id.Name, tmp))
		} else if global != nil && tc.readsObject(as.Rhs, global) {
			// yaegi compiles the chunk's new global first: refused
			msg := selfDefineLimit(id.Name)
			return []source.Edit{{From: tc.Off(as.Pos()), To: tc.Off(as.End()), Text: "_ = gopadBuiltin.Refuse(" + strconv.Quote(msg) + ", nil)"}}
		}
	}
	if len(assigns) == 0 {
		return nil
	}
	end := tc.Off(as.End())
	return append(edits, source.Edit{From: end, To: end, Text: strings.Join(assigns, "")})
}

// selfDefine reports whether a name as declares occurs in its values (and
// is one the cells declared, when declared is not nil).
func selfDefine(as *ast.AssignStmt, declared func(string) bool) bool {
	names := map[string]bool{}
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name != "_" && (declared == nil || declared(id.Name)) {
			names[id.Name] = true
		}
	}
	found := false
	for _, r := range as.Rhs {
		ast.Inspect(r, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && names[id.Name] {
				found = true
			}
			return !found
		})
	}
	return found
}

// readsObject reports whether one of exprs uses obj.
func (tc *Types) readsObject(exprs []ast.Expr, obj types.Object) bool {
	found := false
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && tc.Info.Uses[id] == obj {
				found = true
			}
			return !found
		})
	}
	return found
}

// selfDefineLimit is the refusal of a top-level name := ... that reads the
// session's function or variable of another type of the same name.
func selfDefineLimit(name string) string {
	return "gopad cannot declare " + name + " with := at a cell's top level in a statement whose value reads the cells' " +
		name + " (a function, or a variable of another type): the new variable would replace it before the value is " +
		"computed. Workaround: give the new variable another name (" + name + "2 := ...), or declare it inside a function"
}
