package interp

import (
	"fmt"
	"go/ast"
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
