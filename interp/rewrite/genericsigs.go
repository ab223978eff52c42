package rewrite

import (
	"fmt"
	"go/ast"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// GenericSigs gives a generic function whose signature instantiates a
// generic type with a slice, pointer, map, array, channel or func type of
// its own type parameters a type parameter of its own for each such type
// argument, constrained to it:
//
//	func Collect[T any](rs []Result[T]) Result[[]T]
//	→ func Collect[T any, gopadTP1 ~[]T](rs []Result[T]) Result[gopadTP1]
//
// yaegi builds the instantiated type when it declares the function, with
// no type yet for T, and panics (reflect.SliceOf(nil)) when that type has
// methods: the declaring cell failed with a nil pointer dereference. The
// calls of the cells' generic functions run their concrete copies
// (mono.go in interp), made from the declaration as written, and go/types
// sees it as written too (ErasedMark, after the parameters added, tells
// the session to keep that source for the type checker); only yaegi's own
// view of the generic declaration changes.
var GenericSigs = Pass{Name: "genericSigs", Wants: holds(hasGenericSig), Run: func(u *Unit) []source.Edit {
	var es edits
	for _, d := range u.AST.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		args := compositeTypeArgs(fd)
		if len(args) == 0 {
			continue
		}
		names := map[string]string{} // type argument's text → its parameter
		var params []string
		for _, a := range args {
			text := u.Code(a)
			name, ok := names[text]
			if !ok {
				name = fmt.Sprintf("gopadTP%d", len(names)+1)
				names[text] = name
				params = append(params, name+" ~"+text)
			}
			es.add(source.Edit{From: u.Off(a.Pos()), To: u.Off(a.End()), Text: name})
		}
		es.add(source.Insert(u.Off(fd.Type.TypeParams.Closing), ", "+strings.Join(params, ", ")+ErasedMark))
	}
	return es
}}

// compositeTypeArgs returns the type arguments in the signature of the
// generic function d that are composite type literals naming one of its
// type parameters (the []T of Result[[]T]), outermost ones only.
func compositeTypeArgs(d *ast.FuncDecl) []ast.Expr {
	if d.Recv != nil || d.Type.TypeParams == nil || len(d.Type.TypeParams.List) == 0 {
		return nil
	}
	tparams := map[string]bool{}
	for _, f := range d.Type.TypeParams.List {
		for _, n := range f.Names {
			tparams[n.Name] = true
		}
	}
	var out []ast.Expr
	for _, fl := range []*ast.FieldList{d.Type.Params, d.Type.Results} {
		if fl == nil {
			continue
		}
		ast.Inspect(fl, func(n ast.Node) bool {
			var idx []ast.Expr
			switch n := n.(type) {
			case *ast.IndexExpr:
				idx = []ast.Expr{n.Index}
			case *ast.IndexListExpr:
				idx = n.Indices
			default:
				return true
			}
			for _, a := range idx {
				if compositeType(a) && mentions(a, tparams) {
					out = append(out, a)
				}
			}
			return true
		})
	}
	return outermostExprs(out)
}

// compositeType reports whether e is a type literal of a slice, array,
// pointer, map, channel or func type.
func compositeType(e ast.Expr) bool {
	switch e.(type) {
	case *ast.ArrayType, *ast.StarExpr, *ast.MapType, *ast.ChanType, *ast.FuncType:
		return true
	}
	return false
}

// outermostExprs drops the expressions that lie inside another of es.
func outermostExprs(es []ast.Expr) []ast.Expr {
	var out []ast.Expr
	for i, e := range es {
		inside := false
		for j, o := range es {
			if i != j && o.Pos() <= e.Pos() && e.End() <= o.End() && (o.Pos() != e.Pos() || o.End() != e.End() || j < i) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, e)
		}
	}
	return out
}
