package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// UnnamedParams names the unnamed parameters of a function declaration or
// literal "_":
//
//	func(int) error { return fmt.Errorf("x") }  →  func(_ int) error { return fmt.Errorf("x") }
//
// yaegi gives an unnamed parameter no frame slot of its own: the argument
// lands in the slot of the body's first value, and a call of a compiled
// function there panics ("reflect.Set: value of type int is not
// assignable to type func(string, ...interface {}) error"). A blank name
// gets its slot. Function types without a body stay as written.
//
// The unnamed receiver of a generic type's method is named "_" too:
//
//	func (*A[T]) f() {}  →  func (_ *A[T]) f() {}
//
// yaegi reads the receiver's type as the second child of the receiver
// field when it instantiates the method (genAST in its generic.go), and
// panicked with "index out of range [1] with length 1" for any use of
// the generic type.
var UnnamedParams = Pass{Name: "unnamedParams", Wants: holds(hasUnnamedParams), Run: func(u *Unit) []source.Edit {
	var es edits
	ast.Inspect(u.AST, func(n ast.Node) bool {
		var ft *ast.FuncType
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				ft = n.Type
			}
			if unnamedGenericRecv(n) {
				es.add(source.Insert(u.Off(n.Recv.List[0].Type.Pos()), "_ "))
			}
		case *ast.FuncLit:
			ft = n.Type
		}
		if ft != nil && unnamedParams(ft) {
			for _, f := range ft.Params.List {
				es.add(source.Insert(u.Off(f.Type.Pos()), "_ "))
			}
		}
		return true
	})
	return es
}}

// unnamedParams reports whether ft has parameters without names (Go
// names all of them or none).
func unnamedParams(ft *ast.FuncType) bool {
	return ft.Params != nil && len(ft.Params.List) > 0 && len(ft.Params.List[0].Names) == 0
}

// unnamedGenericRecv reports whether fd is a method of a generic type
// whose receiver has no name (func (*A[T]) f()).
func unnamedGenericRecv(fd *ast.FuncDecl) bool {
	if fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) > 0 || fd.Body == nil {
		return false
	}
	t := fd.Recv.List[0].Type
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	switch ast.Unparen(t).(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}
