package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var localMethodTypesPass = Pass{
	Name:  "localMethodTypes",
	Wants: func(u *Unit) bool { return u.sights().typeDecls },
	Run:   func(u *Unit) []source.Edit { return u.Types.localMethodTypes() },
}

// localMethodTypes refuses a type declared inside a function that has
// methods, which it can only have from an embedded field (type Timeout
// struct{ time.Duration }), where the localtypes phase could not move it
// to the package level (its name is declared there too, or twice in the
// chunk; it is declared in a nested block or a function literal): yaegi
// builds such a type with reflect.StructOf, whose methods of embedded
// fields are broken. Inside an any it printed without its String ({1 2}
// for a struct{ Color; n int }), failed on an embedded interface (fmt
// printed "%!v(PANIC=String method: reflect: StructOf does not support
// methods of embedded interfaces)") and crashed the session on an
// embedded compiled type with methods (fatal error: type offset base
// pointer out of range). The refusal runs where the declaration runs:
//
//	type Timeout struct{ time.Duration }  →  gopadBuiltin.Refuse("gopad cannot ...", nil); type Timeout struct{ time.Duration }
func (tc *Types) localMethodTypes() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		ds, ok := n.(*ast.DeclStmt) // a declaration inside a function
		if !ok {
			return true
		}
		gd, ok := ds.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE || tc.Off(ds.Pos()) < 0 {
			return true
		}
		for _, s := range gd.Specs {
			ts := s.(*ast.TypeSpec)
			obj, ok := tc.Info.Defs[ts.Name].(*types.TypeName)
			if !ok || obj.Parent() == tc.Pkg.Scope() || ts.Assign.IsValid() || !promotesMethods(obj.Type()) {
				continue
			}
			msg := "gopad cannot declare the type " + obj.Name() + " inside a function: it has methods from an embedded field, " +
				"which the interpreter cannot give a type local to a function (printed through an interface it lost its String " +
				"method, or crashed the session); gopad moves such a type to the package level only when it is declared directly " +
				"in a declared function's body and no other declaration has its name. Workaround: declare " + obj.Name() +
				" at the package level, under a name of its own"
			edits = append(edits, source.Insert(tc.Off(ds.Pos()), "gopadBuiltin.Refuse("+strconv.Quote(msg)+", nil); "))
			break
		}
		return true
	})
	return edits
}
