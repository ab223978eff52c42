package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"github.com/gopad/gopad/interp/typeinfo"
)

// Prints of strings in loops. fmt.Print(x) and fmt.Println(x) of one
// operand in a loop become gp_.Print or Println, which take an any (see
// loopPrints); when x is known to be a string they become gs_.Print or
// Println (gopad/strprint), which take a string: yaegi's reflective call
// of a func(any) boxes the string twice, and costs a third more.
//
// A string is known from the types where the chunk was type-checked
// (stringPrints), and otherwise from the operand's shape (stringOperands).
// A variable of the session is only taken for a string where the print
// runs now: in a statement chunk, outside function literals. A function
// declared or kept now may run after a later cell gave the name another
// type.

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
	s       *Session
	local   map[string]bool // the names the chunk declares, in any scope
	lits    [][2]token.Pos  // the chunk's function literals
	globals map[string]reflect.Value
	checked bool // globals was read, or the cells' types make it useless
}

// stringOperands returns the string operands of statement chunk f.
func (s *Session) stringOperands(f *ast.File) *stringOperands {
	o := &stringOperands{s: s, local: typeinfo.DeclaredNames(f)}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			o.lits = append(o.lits, [2]token.Pos{n.Pos(), n.End()})
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						o.local[id.Name] = true
					}
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if id, ok := e.(*ast.Ident); ok {
						o.local[id.Name] = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				o.local[id.Name] = true
			}
		case *ast.TypeSpec:
			o.local[n.Name.Name] = true
		case *ast.Field:
			for _, id := range n.Names {
				o.local[id.Name] = true
			}
		case *ast.LabeledStmt:
			o.local[n.Label.Name] = true
		}
		return true
	})
	return o
}

// string reports whether call, a print of one operand, prints a string.
// o may be nil (nothing is known).
func (o *stringOperands) string(call *ast.CallExpr) bool {
	if o == nil {
		return false
	}
	for _, l := range o.lits {
		if l[0] <= call.Pos() && call.Pos() < l[1] {
			return false
		}
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
			if !o.s.declaresDefinedType() {
				o.globals = o.s.globals()
			}
		}
		v, ok := o.globals[e.Name]
		return ok && v.IsValid() && v.Type() == stringType
	}
	return false
}

// declaresDefinedType reports whether the cells declared a type defined
// by another named type (type Color string, type Name Color), whose values
// yaegi may hand over as values of the underlying type.
func (s *Session) declaresDefinedType() bool {
	for _, d := range s.decls {
		if !slices.ContainsFunc(d.keys, func(k string) bool { return strings.HasPrefix(k, "type:") }) {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+d.src, parser.SkipObjectResolution)
		if err != nil {
			return true
		}
		found := false
		ast.Inspect(f, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok {
				switch ast.Unparen(ts.Type).(type) {
				case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
					found = true
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// stringPrints returns the edits that make prints of strings in loops
// gs_.Print or Println, from the chunk's types: the operand's type is
// string (or an untyped string constant), and it uses the session's
// variables only in a statement chunk, outside function literals. fmt must
// be named fmt (gs_ takes its place, and the positions after it stay the
// cell's).
func (tc *typedChunk) stringPrints(stmt bool) []edit {
	var lits [][2]token.Pos
	ast.Inspect(tc.file, func(n ast.Node) bool {
		if fl, ok := n.(*ast.FuncLit); ok {
			lits = append(lits, [2]token.Pos{fl.Pos(), fl.End()})
		}
		return true
	})
	inLit := func(p token.Pos) bool {
		for _, l := range lits {
			if l[0] <= p && p < l[1] {
				return true
			}
		}
		return false
	}
	var edits []edit
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
			pkg, ok := sel.X.(*ast.Ident)
			if !ok || pkg.Name != "fmt" {
				return true
			}
			if pn, ok := tc.info.Uses[pkg].(*types.PkgName); !ok || pn.Imported().Path() != "fmt" {
				return true
			}
			if tc.isString(call.Args[0], stmt && !inLit(call.Pos())) {
				edits = append(edits, edit{tc.off(pkg.Pos()), tc.off(pkg.End()), "gs_", 0})
			}
			return true
		})
	}
	ast.Inspect(tc.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt:
			inLoop(n.Body)
		case *ast.RangeStmt:
			inLoop(n.Body)
		}
		return true
	})
	return edits
}

// isString reports whether e is of type string, using the session's
// variables only if globals.
func (tc *typedChunk) isString(e ast.Expr, globals bool) bool {
	tv, ok := tc.info.Types[e]
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
		if v, ok := tc.info.Uses[id].(*types.Var); ok && v.Parent() == tc.pkg.Scope() {
			usesGlobals = true
		}
		return !usesGlobals
	})
	return globals || !usesGlobals
}
