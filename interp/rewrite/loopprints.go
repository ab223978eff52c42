package rewrite

import (
	"go/ast"
	"go/token"
	"reflect"

	"github.com/gopad/gopad/interp/source"
)

// LoopPrints makes fmt.Print(x) and fmt.Println(x) of one operand, as a
// statement in a loop, gp_.Print or Println (gopad/builtin in the
// prelude), which print the same bytes to the same stdout in one write:
// yaegi calls compiled functions through reflection, and fmt's variadic
// ...any with two results costs it about three times a func(any), which
// writes a string without fmt. When x is known to be a string they become
// gs_.Print or Println (gopad/strprint), which take a string: the
// reflective call of a func(any) boxes the string twice, and costs a third
// more. gp_ and gs_ are as long as fmt, so that the positions of errors
// after them stay the cell's.
//
// A string is known from the types where the chunk was type-checked (the
// typed phase made those gs_ already), and otherwise from the operand's
// shape (stringOperands). A variable of the session is only taken for a
// string where the print runs now: in a statement chunk, outside function
// literals. A function declared or kept now may run after a later cell
// gave the name another type.
var LoopPrints = Pass{Name: "loopPrints", Wants: holds(hasLoop), Run: func(u *Unit) []source.Edit {
	// fmt under its own name, which nothing in the chunk declares again.
	if u.Scope == nil || !u.Scope.ImportedAs("fmt", "fmt") || u.Scope.Declared("gp_") {
		return nil
	}
	prints := LoopPrintCalls(u.AST)
	if len(prints) == 0 {
		return nil
	}
	local := source.ChunkNames(u.AST)
	if local["fmt"] {
		return nil
	}
	var strs *stringOperands
	if u.Kind == source.Stmt {
		strs = &stringOperands{scope: u.Scope, local: local, lits: FuncLitsOf(u.AST)}
	}
	var es edits
	for _, p := range prints {
		if p.Pkg.Name != "fmt" {
			continue
		}
		alias := "gp_"
		if strs.string(p.Call) {
			alias = "gs_"
		}
		es.add(source.Replace(u.Off(p.Pkg.Pos()), u.Off(p.Pkg.End()), alias))
	}
	return es
}}

// A LoopPrint is a statement pkg.Print(x) or pkg.Println(x) of one operand
// in the body of a loop.
type LoopPrint struct {
	Call *ast.CallExpr
	Pkg  *ast.Ident
}

// LoopPrintCalls returns the prints in the loops of f, each once (a print
// in nested loops is in both bodies), whatever package Pkg names.
func LoopPrintCalls(f *ast.File) []LoopPrint {
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

// FuncLitsOf returns the spans of f's function literals.
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

// stringType is the type of a Go string.
var stringType = reflect.TypeFor[string]()

// stringOperands tells, in a statement chunk that was not type-checked,
// which prints in loops print a string: their operand is a string
// literal, a variable or constant of the session whose value is a string
// and whose name the chunk does not declare anywhere, or a sum of those.
// (yaegi gives a value of a cell's type based on string, type Color
// string, as a plain string: where the cells declare such a type, the
// session's variables are not taken for strings.)
type stringOperands struct {
	scope   Scope
	local   map[string]bool // the names the chunk declares, in any scope
	lits    FuncLits
	checked bool // whether the session's variables may be strings is known
	globals bool // they may
}

// string reports whether call, a print of one operand, prints a string.
// o may be nil (nothing is known).
func (o *stringOperands) string(call *ast.CallExpr) bool {
	if o == nil || o.lits.Contain(call.Pos()) {
		return false
	}
	return o.isString(call.Args[0])
}

func (o *stringOperands) isString(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == token.STRING
	case *ast.ParenExpr:
		return o.isString(e.X)
	case *ast.BinaryExpr:
		return e.Op == token.ADD && o.isString(e.X) && o.isString(e.Y)
	case *ast.Ident:
		if o.local[e.Name] {
			return false
		}
		if !o.checked {
			o.checked = true
			o.globals = !o.scope.DeclaresDefinedType()
		}
		if !o.globals {
			return false
		}
		v, ok := o.scope.Global(e.Name)
		return ok && v.IsValid() && v.Type() == stringType
	}
	return false
}
