package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// Prints in loops. fmt.Print(x) and fmt.Println(x) of one operand, as a
// statement in a loop, become gp_.Print or Println (gopad/builtin in the
// prelude), which print the same bytes to the same stdout in one write:
// yaegi calls compiled functions through reflection, and fmt's variadic
// ...any with two results costs it about three times a func(any), which
// writes a string without fmt. When x is known to be a string they become
// gs_.Print or Println (gopad/strprint), which take a string: the
// reflective call of a func(any) boxes the string twice, and costs a third
// more. gp_ and gs_ are as long as fmt, so that the positions of errors
// after them stay the cell's.
//
// A string is known from the types where the chunk was type-checked
// (this pass), and otherwise from the operand's shape
// (stringOperands). A variable of the session is only taken for a string
// where the print runs now: in a statement chunk, outside function
// literals. A function declared or kept now may run after a later cell
// gave the name another type.

// stringPrintPass only saves time, and not enough to pay for a check.
var stringPrintPass = Pass{
	Name:  "stringPrint",
	Wants: never,
	Run:   func(u *Unit) []source.Edit { return u.Types.stringPrints(u.Stmt()) },
}

// LoopPrint is a statement pkg.Print(x) or pkg.Println(x) of one operand
// in the body of a loop.
type LoopPrint struct {
	Call *ast.CallExpr
	Pkg  *ast.Ident
}

// LoopPrints returns the prints in the loops of f, each once (a print in
// nested loops is in both bodies), whatever package pkg names.
func LoopPrints(f *ast.File) []LoopPrint {
	var out []LoopPrint
	seen := map[*ast.CallExpr]bool{}
	inLoop := func(body *ast.BlockStmt) {
		ast.Inspect(body, func(n ast.Node) bool {
			es, ok := n.(*ast.ExprStmt)
			if !ok {
				return true
			}
			call, ok := es.X.(*ast.CallExpr)
			if !ok || seen[call] || len(call.Args) != 1 || call.Ellipsis.IsValid() {
				return true
			}
			seen[call] = true
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "Print" && sel.Sel.Name != "Println") {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); ok {
				out = append(out, LoopPrint{call, pkg})
			}
			return true
		})
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt:
			inLoop(n.Body)
		case *ast.RangeStmt:
			inLoop(n.Body)
		}
		return true
	})
	return out
}

// FuncLits are the spans of a file's function literals.
type FuncLits [][2]token.Pos

// FuncLitsOf lists the function literals of f.

func FuncLitsOf(f *ast.File) FuncLits {
	var l FuncLits
	ast.Inspect(f, func(n ast.Node) bool {
		if fl, ok := n.(*ast.FuncLit); ok {
			l = append(l, [2]token.Pos{fl.Pos(), fl.End()})
		}
		return true
	})
	return l
}

// Contain reports whether p is in a function literal.
func (l FuncLits) Contain(p token.Pos) bool {
	for _, s := range l {
		if s[0] <= p && p < s[1] {
			return true
		}
	}
	return false
}

// stringPrints returns the edits that make prints of strings in loops
// gs_.Print or Println, from the chunk's types: the operand's type is
// string (or an untyped string constant), and it uses the session's
// variables only in a statement chunk, outside function literals. fmt must
// be named fmt.
func (tc *Types) stringPrints(stmt bool) []source.Edit {
	lits := FuncLitsOf(tc.File)
	var edits []source.Edit
	for _, p := range LoopPrints(tc.File) {
		if p.Pkg.Name != "fmt" {
			continue
		}
		if pn, ok := tc.Info.Uses[p.Pkg].(*types.PkgName); !ok || pn.Imported().Path() != "fmt" {
			continue
		}
		if tc.isString(p.Call.Args[0], stmt && !lits.Contain(p.Call.Pos())) {
			edits = append(edits, source.Edit{From: tc.Off(p.Pkg.Pos()), To: tc.Off(p.Pkg.End()), Text: "gs_"})
		}
	}
	return edits
}

// isString reports whether e is of type string, using the session's
// variables only if globals.
func (tc *Types) isString(e ast.Expr, globals bool) bool {
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Type == nil {
		return false
	}
	if b, ok := tv.Type.(*types.Basic); !ok || (b.Kind() != types.String && b.Kind() != types.UntypedString) {
		return false
	}
	if tv.Value != nil {
		return true // a constant
	}
	usesGlobals := false
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if v, ok := tc.Info.Uses[id].(*types.Var); ok && v.Parent() == tc.Pkg.Scope() {
			usesGlobals = true
		}
		return !usesGlobals
	})
	return globals || !usesGlobals
}
