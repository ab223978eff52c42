package interp

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/kernel/engine"
)

// shadowTypeError refuses a type declared in a function's body under the
// name of a package-level type (of this chunk or of an earlier cell) with
// another definition, before yaegi sees it:
//
//	type C struct{ A, B int }
//	func f() { type C struct{ B, A int }; fmt.Printf("%+v", C{3, 4}) }
//
// yaegi takes the package-level type for the local one in composite
// literals, conversions and field selections: the program above printed
// {A:3 B:4} where Go prints {B:3 A:4}, and other spellings failed with
// messages about the wrong type. A local type whose definition is written
// as the package-level one's behaves the same in both and is let through.
// nil when ch has no such type.
func (s *Session) shadowTypeError(code string, ch source.Chunk) *engine.Error {
	if ch.Kind != source.Stmt && ch.Kind != source.Decl {
		return nil
	}
	f, err := s.parses.Parse(ch)
	if err != nil {
		return nil
	}
	outer := map[string]string{} // package-level type name → definition
	for name, d := range s.names {
		if d.kind == "type" {
			outer[name] = d.sig
		}
	}
	if ch.Kind == source.Decl {
		for _, d := range f.AST.Decls {
			if g, ok := d.(*ast.GenDecl); ok {
				for _, sp := range g.Specs {
					if ts, ok := sp.(*ast.TypeSpec); ok {
						outer[ts.Name.Name] = "type " + f.Code(ts)
					}
				}
			}
		}
	}
	for _, ts := range bodyTypeSpecs(f.AST, ch.Kind == source.Stmt) {
		def, ok := outer[ts.Name.Name]
		if !ok || ts.Name.Name == "_" || flatSpaces(def) == flatSpaces("type "+f.Code(ts)) {
			continue
		}
		line, col := ch.CellPos(f.Off(ts.Pos()))
		msg := fmt.Sprintf("the type %s declared in a function has the name of the package-level type %s "+
			"with another definition, and the interpreter would take the package-level type for it "+
			"(its fields, its conversions); give the local type a name no package-level type uses",
			ts.Name.Name, ts.Name.Name)
		return positioned(engine.ErrUnsupported, msg, code, line, col)
	}
	return nil
}

// bodyTypeSpecs lists the type declarations inside the bodies of f's
// functions and function literals, in source order. For a statement chunk
// (stmt) the wrapper function's body is the cell's own level, not a body.
func bodyTypeSpecs(f *ast.File, stmt bool) []*ast.TypeSpec {
	var out []*ast.TypeSpec
	var walk func(n ast.Node, inBody bool)
	walk = func(n ast.Node, inBody bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncDecl:
				if m.Body != nil {
					walk(m.Body, inBody || !stmt)
				}
				return false
			case *ast.FuncLit:
				if m != n {
					walk(m.Body, true)
					return false
				}
			case *ast.TypeSpec:
				if inBody {
					out = append(out, m)
				}
			}
			return true
		})
	}
	walk(f, false)
	return out
}

// flatSpaces is s with its runs of white space made one space, so that two
// spellings of a definition compare equal.
func flatSpaces(s string) string { return strings.Join(strings.Fields(s), " ") }

// predeclaredTypeError refuses a type declared at a cell's top level under
// the name of a predeclared type (type int = string, type error struct{}),
// before yaegi sees it: yaegi gives untyped constants their default type
// by its name in the session's scope, so after type int = string a cell's
// fmt.Println(1) failed ("cannot convert 1 to string"), and gopad's
// rewritten code names the predeclared types too. In a function's body an
// alias is left to the passes (rewrite/localaliases.go writes it out); a
// defined type is refused too (type error string in main: yaegi's
// conversions and constants took Go's type for it, or crashed). An alias for the very type (type any = interface{}, as code from
// before Go 1.18 writes) is let through. nil when ch has no such type.
func (s *Session) predeclaredTypeError(code string, ch source.Chunk) *engine.Error {
	if ch.Kind != source.Stmt && ch.Kind != source.Decl {
		return nil
	}
	f, err := s.parses.Parse(ch)
	if err != nil {
		return nil
	}
	inBody := map[*ast.TypeSpec]bool{}
	for _, ts := range bodyTypeSpecs(f.AST, ch.Kind == source.Stmt) {
		inBody[ts] = true
	}
	var found *ast.TypeSpec
	ast.Inspect(f.AST, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		// (an alias in a body is localaliases' to write out)
		if ok && found == nil && (!inBody[ts] || !ts.Assign.IsValid()) {
			if _, predeclared := types.Universe.Lookup(ts.Name.Name).(*types.TypeName); predeclared && !sameAsPredeclared(ts, f.Code(ts.Type)) {
				found = ts
			}
		}
		return found == nil
	})
	if found == nil {
		return nil
	}
	name := found.Name.Name
	line, col := ch.CellPos(f.Off(found.Pos()))
	if inBody[found] {
		msg := fmt.Sprintf("gopad cannot declare a type named %s in a function: the interpreter takes the name for "+
			"Go's %s wherever it meets it (constants, conversions and gopad's rewritten code would take your type, "+
			"or Go's type where you meant yours); give the type another name", name, name)
		return positioned(engine.ErrUnsupported, msg, code, line, col)
	}
	msg := fmt.Sprintf("gopad cannot declare a type named %s at a cell's top level: the interpreter gives untyped "+
		"constants their default type by its name, and gopad's rewritten code names Go's %s too, so both would "+
		"take your type instead (fmt.Println(1) would fail); give the type another name, or declare it inside "+
		"the function that uses it", name, name)
	return positioned(engine.ErrUnsupported, msg, code, line, col)
}

// sameAsPredeclared reports whether ts is an alias that stands for the
// predeclared type of its name (written as the text def), or an empty
// interface named any.
func sameAsPredeclared(ts *ast.TypeSpec, def string) bool {
	def = strings.ReplaceAll(flatSpaces(def), " ", "")
	if ts.Name.Name == "any" && def == "interface{}" {
		// type any interface{} too (Go's own typeparam/cons.go): an
		// empty interface takes what Go's any takes, and no constant
		// defaults to it.
		return true
	}
	if !ts.Assign.IsValid() {
		return false
	}
	same := map[string][]string{"any": {"interface{}"}, "byte": {"uint8"}, "rune": {"int32"}, "uint8": {"byte"}, "int32": {"rune"}}
	return def == ts.Name.Name || slices.Contains(same[ts.Name.Name], def)
}
