package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

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
// (stringPrints, in the typed pass), and otherwise from the operand's shape
// (stringOperands). A variable of the session is only taken for a string
// where the print runs now: in a statement chunk, outside function
// literals. A function declared or kept now may run after a later cell
// gave the name another type.

// loopPrint is a statement pkg.Print(x) or pkg.Println(x) of one operand
// in the body of a loop.
type loopPrint struct {
	call *ast.CallExpr
	pkg  *ast.Ident
}

// loopPrints returns the prints in the loops of f, each once (a print in
// nested loops is in both bodies), whatever package pkg names.
func loopPrints(f *ast.File) []loopPrint {
	var out []loopPrint
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
				out = append(out, loopPrint{call, pkg})
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

// funcLits are the spans of a file's function literals.
type funcLits [][2]token.Pos

func funcLitsOf(f *ast.File) funcLits {
	var l funcLits
	ast.Inspect(f, func(n ast.Node) bool {
		if fl, ok := n.(*ast.FuncLit); ok {
			l = append(l, [2]token.Pos{fl.Pos(), fl.End()})
		}
		return true
	})
	return l
}

// contain reports whether p is in a function literal.
func (l funcLits) contain(p token.Pos) bool {
	for _, s := range l {
		if s[0] <= p && p < s[1] {
			return true
		}
	}
	return false
}

// loopPrintEdits turns the prints in the loops of chunk f that name fmt
// into gp_'s, or gs_'s where the operand is known to be a string (only in
// a statement chunk). (The typed pass, before, has given operands of the
// cells' types the methods fmt needs, and made gs_ those it knows print a
// string.)
func (s *Session) loopPrintEdits(f *ast.File, off func(token.Pos) int, stmt bool) []edit {
	// fmt under its own name, which nothing in the chunk declares again.
	names := map[string]bool{}
	for spec := range s.imported {
		if name, p := importName(spec); p == "fmt" && name == "fmt" {
			names[name] = true
		}
	}
	if _, taken := s.names["gp_"]; len(names) == 0 || taken {
		return nil
	}
	prints := loopPrints(f)
	if len(prints) == 0 {
		return nil
	}
	local := source.ChunkNames(f)
	for name := range local {
		delete(names, name)
	}
	var strs *stringOperands
	if stmt {
		strs = &stringOperands{s: s, local: local, lits: funcLitsOf(f)}
	}
	var edits []edit
	for _, p := range prints {
		if !names[p.pkg.Name] {
			continue
		}
		alias := "gp_"
		if strs.string(p.call) {
			alias = "gs_"
		}
		edits = append(edits, edit{off(p.pkg.Pos()), off(p.pkg.End()), alias, 0})
	}
	return edits
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
	s       *Session
	local   map[string]bool // the names the chunk declares, in any scope
	lits    funcLits
	globals map[string]reflect.Value
	checked bool // globals was read, or the cells' types make it useless
}

// string reports whether call, a print of one operand, prints a string.
// o may be nil (nothing is known).
func (o *stringOperands) string(call *ast.CallExpr) bool {
	if o == nil || o.lits.contain(call.Pos()) {
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
// be named fmt.
func (tc *typedChunk) stringPrints(stmt bool) []edit {
	lits := funcLitsOf(tc.file)
	var edits []edit
	for _, p := range loopPrints(tc.file) {
		if p.pkg.Name != "fmt" {
			continue
		}
		if pn, ok := tc.info.Uses[p.pkg].(*types.PkgName); !ok || pn.Imported().Path() != "fmt" {
			continue
		}
		if tc.isString(p.call.Args[0], stmt && !lits.contain(p.call.Pos())) {
			edits = append(edits, edit{tc.off(p.pkg.Pos()), tc.off(p.pkg.End()), "gs_", 0})
		}
	}
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
