package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var funcValuesPass = Pass{
	Name:  "funcValues",
	Wants: func(u *Unit) bool { return u.namesFuncValue() },
	Run:   func(u *Unit) []source.Edit { return u.Types.funcValues() },
}

// funcValues converts a cell's function, used as a value that becomes an
// interface, to its own function type. yaegi puts its compiler's node of
// the function in the interface instead of a function value, silently:
// %T printed *interp.node, a type switch took its default case and an
// assertion to the function type failed. Converted first, the interface
// holds the function:
//
//	return next           →  return (func(int) any)(next)
//	fmt.Printf("%T", sq)  →  fmt.Printf("%T", (func(int) int)(sq))
//
// So is such a function passed to a call that spreads a slice into its
// variadic parameter: yaegi set the parameter to its node and the call
// panicked (reflect.Set: value of type *interp.node is not assignable):
//
//	filter(isEven, nums...)  →  filter((func(int) bool)(isEven), nums...)
//
// So is such a function returned as a result of a function type
// (func getSq() func(int) int { return sq }: reflect.Set of the node
// panicked):
//
//	return sq  →  return (func(int) int)(sq)
//
// A cell's function assigned to a compiled package's named function type
// (a bufio.SplitFunc variable, field, element or parameter of a cell's
// function) is converted to that type: yaegi's implicit assignment panics
// there ("reflect.Set: value of type *interp.node is not assignable to
// type bufio.SplitFunc"), its explicit conversion works:
//
//	var f bufio.SplitFunc = scanCSV  →  var f bufio.SplitFunc = (bufio.SplitFunc)(scanCSV)
func (tc *Types) funcValues() []source.Edit {
	var edits []source.Edit
	// convert converts e, when it names a cell's function, to target when
	// that is a named function type, else to the function's own type.
	convert := func(e ast.Expr, target types.Type) {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok || tc.Off(id.Pos()) < 0 {
			return
		}
		fn, ok := tc.Info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() != tc.Pkg || fn.Parent() != tc.Pkg.Scope() {
			return
		}
		sig := fn.Type().(*types.Signature)
		if sig.TypeParams() != nil {
			return
		}
		var to types.Type = sig
		if target != nil && !types.IsInterface(target) {
			to = target // the named function type itself
		}
		text, ok := tc.TypeText(to)
		if !ok {
			return
		}
		edits = append(edits, source.Around(tc.Off(id.Pos()), tc.Off(id.End()), "("+text+")(", ")")...)
	}
	wrap := func(e ast.Expr, target types.Type) {
		if target != nil && (types.IsInterface(target) || compiledFuncType(target, tc.Pkg)) {
			convert(e, target)
		}
	}
	tc.conversions(func(c conversion) {
		if c.kind == convReturn {
			switch t := types.Unalias(c.target).(type) {
			case *types.Signature:
				convert(c.expr, nil) // return sq: yaegi set the result to its node and panicked
				return
			case *types.Named:
				// Not a type selfFuncTypes erases (type stateFn func(*lexer) stateFn).
				if sig, ok := t.Underlying().(*types.Signature); ok && !returnsItself(sig, t) {
					convert(c.expr, nil) // to its own type: yaegi panicked on (op)(sq)
					return
				}
			}
		}
		wrap(c.expr, c.target)
	})
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		switch {
		case ok && tc.compiledFunc(call.Fun):
			tc.compiledArgs(call, wrap)
		case ok && call.Ellipsis.IsValid():
			for _, a := range call.Args[:len(call.Args)-1] {
				convert(a, nil)
			}
		}
		return true
	})
	return edits
}

// returnsItself reports whether one of sig's results is t.
func returnsItself(sig *types.Signature, t *types.Named) bool {
	for i := range sig.Results().Len() {
		if types.Identical(sig.Results().At(i).Type(), t) {
			return true
		}
	}
	return false
}

// compiledFuncType reports whether t is a named function type of a
// compiled package (bufio.SplitFunc, http.HandlerFunc, fs.WalkDirFunc).
// Generic ones (iter.Seq2[K, V]) are not: gopad cannot convert to them,
// and yaegi assigns functions to them.
func compiledFuncType(t types.Type, pkg *types.Package) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == pkg || n.TypeArgs().Len() > 0 {
		return false
	}
	_, ok = n.Underlying().(*types.Signature)
	return ok
}

// compiledArgs calls visit with the arguments of call, a call of a
// compiled function, and the types of their parameters.
func (tc *Types) compiledArgs(call *ast.CallExpr, visit func(ast.Expr, types.Type)) {
	sig, ok := tc.Info.Types[call.Fun].Type.(*types.Signature)
	if !ok || call.Ellipsis.IsValid() {
		return
	}
	params := sig.Params()
	for i, a := range call.Args {
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
				visit(a, s.Elem())
			}
		case i < params.Len():
			visit(a, params.At(i).Type())
		}
	}
}

// namesFuncValue reports whether the chunk names a function a cell
// declares (one with results, or one the chunk itself declares) other
// than to call it.
func (u *Unit) namesFuncValue() bool {
	own := map[string]bool{}
	for _, d := range u.AST.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			own[fd.Name.Name] = true
		}
	}
	called := map[*ast.Ident]bool{}
	found := false
	ast.Inspect(u.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				called[id] = true
			}
			found = found || n.Ellipsis.IsValid() && u.spreadsFunc(n, own)
		case *ast.FuncDecl:
			called[n.Name] = true
		case *ast.Ident:
			if !called[n] && (own[n.Name] || !u.Own(n.Name) && u.declaredFunc(n.Name)) {
				found = true
			}
		}
		return !found
	})
	return found
}

// declaredFunc reports whether a cell declared name as a function (a map
// lookup first: Results reads the declaration). One without results
// counts too: it may be a compiled named function type's value
// (http.HandlerFunc, compiledFuncType).
func (u *Unit) declaredFunc(name string) bool {
	s := u.Scope
	return s != nil && s.Declared(name) && !s.Variable(name) && !s.GenericFunc(name) && (s.Results("", name) > 0 || s.Resultless("", name))
}

// spreadsFunc reports whether call, which spreads a slice into a variadic
// parameter, passes a function a cell declares (own: the chunk's) as one
// of its other arguments.
func (u *Unit) spreadsFunc(call *ast.CallExpr, own map[string]bool) bool {
	s := u.Scope
	for _, a := range call.Args[:len(call.Args)-1] {
		id, ok := ast.Unparen(a).(*ast.Ident)
		if ok && (own[id.Name] || s != nil && !u.Own(id.Name) && s.Declared(id.Name) && !s.Variable(id.Name) && !s.GenericFunc(id.Name)) {
			return true
		}
	}
	return false
}
