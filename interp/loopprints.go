package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"slices"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
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
// (package rewrite's stringPrint pass, in the typed phase), and otherwise from the operand's shape
// (stringOperands). A variable of the session is only taken for a string
// where the print runs now: in a statement chunk, outside function
// literals. A function declared or kept now may run after a later cell
// gave the name another type.

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
	prints := rewrite.LoopPrints(f)
	if len(prints) == 0 {
		return nil
	}
	local := chunkNames(f)
	for name := range local {
		delete(names, name)
	}
	var strs *stringOperands
	if stmt {
		strs = &stringOperands{s: s, local: local, lits: rewrite.FuncLitsOf(f)}
	}
	var edits []edit
	for _, p := range prints {
		if !names[p.Pkg.Name] {
			continue
		}
		alias := "gp_"
		if strs.string(p.Call) {
			alias = "gs_"
		}
		edits = append(edits, edit{off(p.Pkg.Pos()), off(p.Pkg.End()), alias, 0})
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
	lits    rewrite.FuncLits
	globals map[string]reflect.Value
	checked bool // globals was read, or the cells' types make it useless
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
