package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var indexCheckPass = Pass{
	Name: "indexCheck",
	// At a cell's top level the session finds the detail after the panic
	// (interp's indexDetail); the checks matter in functions.
	Wants: func(u *Unit) bool { return u.sights().indexes && u.sights().funcs || u.sights().resultIndexes },
	Run: func(u *Unit) []source.Edit {
		edits := u.Types.resultChecks()
		if u.sights().funcs {
			edits = append(edits, u.Types.indexChecks()...)
		}
		return edits
	},
}

// indexChecks gives index and slice expressions Go's run-time error text.
// yaegi indexes through reflect, whose panic carries neither the index nor
// the length, so recover() and an uncaught panic said "index out of range"
// where Go says "index out of range [5] with length 3". Before a simple
// statement that evaluates a[i] unconditionally, a bounds check with the
// same operands panics with Go's text:
//
//	_ = xs[i]  →  if uint(i) >= uint(len(xs)) { gopadBuiltin.IndexPanic(int(i), len(xs)) }; _ = xs[i]
//
// Only operands without side effects are checked (names, fields, literals,
// arithmetic, len), and only where nothing the statement calls before the
// index could change them; the check costs two comparisons per index.
// Indexes that a loop proves in range (for i := range xs, for i := 0; i <
// len(xs); i++ with neither changed in the body) are not checked.
func (tc *Types) indexChecks() []source.Edit {
	var edits []source.Edit
	var proven []provenIndex
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt, *ast.ForStmt:
			if p, ok := tc.provenBy(n); ok {
				proven = append(proven, p)
				ast.Inspect(n.(ast.Stmt), func(m ast.Node) bool {
					if m == n {
						return true
					}
					return visit(m)
				})
				proven = proven[:len(proven)-1]
				return false
			}
		case *ast.BlockStmt:
			edits = append(edits, tc.checkList(n.List, proven)...)
		case *ast.CaseClause:
			edits = append(edits, tc.checkList(n.Body, proven)...)
		case *ast.CommClause:
			edits = append(edits, tc.checkList(n.Body, proven)...)
		}
		return true
	}
	ast.Inspect(tc.File, visit)
	return edits
}

// resultChecks gives Go's run-time error text to an element or a slice
// of an operand that cannot be evaluated twice: a call's result
// (strings.Fields(line)[2], get()[1:5]), a composite literal, an
// assertion. The checks before a statement would evaluate it again; this
// check goes inside a function literal that takes the value, wherever the
// expression stands.
//
//	f()[i]  →  func(gopadIx []T) []T { if i >= len(gopadIx) || i < 0 { gopadBuiltin.IndexPanic(i, len(gopadIx), 4) }; return gopadIx }(f())[i]
func (tc *Types) resultChecks() []source.Edit {
	var groups [][]source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && tc.Info.Types[e].Value != nil {
			return false // a constant, len([][8]T{}[0]) evaluates nothing
		}
		var x ast.Expr
		pure := false
		switch n := n.(type) {
		case *ast.IndexExpr:
			x, pure = n.X, tc.pure(n.Index)
		case *ast.SliceExpr:
			x, pure = n.X, tc.pureBounds(n)
		default:
			return true
		}
		xt := tc.Info.Types[x].Type
		if call, ok := ast.Unparen(x).(*ast.CallExpr); ok && tc.builtinCall(call) {
			return true // a conversion: the checks before the statement see it
		}
		if !pure || !valueOperand(x) || xt == nil || !indexable(xt) || !plainElems(xt, 0) && !tc.cellPlainSlice(xt) {
			return true
		}
		tt, ok := tc.TypeText(xt)
		if !ok {
			return true
		}
		check := tc.checkText(n.(ast.Expr), xt, "gopadIx")
		groups = append(groups, source.Around(tc.Off(x.Pos()), tc.Off(x.End()),
			"func(gopadIx "+tt+") "+tt+" { "+check+"; return gopadIx }(", ")"))
		return true
	})
	// Inner expressions first: of two Arounds at one offset, the later
	// encloses the earlier (f()[i] inside g(f()[i])[j]).
	var edits []source.Edit
	for i := len(groups) - 1; i >= 0; i-- {
		edits = append(edits, groups[i]...)
	}
	return edits
}

// plainElems reports whether t is a string, or a slice or array (of
// slices or arrays) of basic types, error or the empty interface: the
// values of strings.Fields, strings.Split, bytes and numbers. Other
// element types stay as they are: the cells' own types (yaegi's compiler
// fails on some of them as the parameter of a function literal) and
// reflect.Value, whose calls other passes rewrite (reflectmethods.go).
func plainElems(t types.Type, depth int) bool {
	switch u := t.(type) {
	case *types.Basic:
		return true
	case *types.Named:
		if u.Obj().Pkg() != nil {
			return false // a package's type, not error
		}
		return depth > 0
	case *types.Interface:
		return depth > 0 && u.Empty()
	case *types.Slice:
		return depth < 3 && plainElems(u.Elem(), depth+1)
	case *types.Array:
		return depth < 3 && plainElems(u.Elem(), depth+1)
	}
	return false
}

// cellPlainSlice reports whether t is a slice type of the cells over an
// empty interface of theirs (type List []Value, with type Value
// interface{}): args[0].(List)[0] in an interpreter's eval.
func (tc *Types) cellPlainSlice(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeArgs().Len() > 0 {
		return false
	}
	s, ok := n.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	// The element a named empty interface of the cells, as in an
	// interpreter's values: yaegi's compiler failed on a func literal
	// over `type Array []any` indexed and compared (nil type).
	en, ok := s.Elem().(*types.Named)
	if !ok || en.Obj().Pkg() != tc.Pkg {
		return false
	}
	e, ok := en.Underlying().(*types.Interface)
	return ok && e.Empty()
}

// provenIndex is an index variable a loop keeps in range of a slice.
type provenIndex struct{ index, slice types.Object }

// checkList returns the checks before the simple statements of a list.
func (tc *Types) checkList(list []ast.Stmt, proven []provenIndex) []source.Edit {
	var edits []source.Edit
	for _, st := range list {
		var checks []string
		for _, e := range tc.unconditional(st) {
			if c := tc.boundsCheck(e, proven); c != "" {
				checks = append(checks, c)
			}
		}
		if len(checks) > 0 {
			text := ""
			for _, c := range checks {
				text += c + "; "
			}
			edits = append(edits, source.Edit{From: tc.Off(st.Pos()), To: tc.Off(st.Pos()), Text: text, Order: 2})
		}
	}
	return edits
}

// unconditional lists the index and slice expressions that st evaluates
// whatever happens, before it calls anything that could change their
// operands.
func (tc *Types) unconditional(st ast.Stmt) []ast.Expr {
	var roots []ast.Expr
	lhsIndex := false
	switch st := st.(type) {
	case *ast.ExprStmt:
		roots = []ast.Expr{st.X}
	case *ast.AssignStmt:
		// An index on the left fails after the right side ran.
		lhsIndex = !tc.callsAny(st.Rhs)
		roots = st.Rhs
		if lhsIndex {
			roots = append(append([]ast.Expr{}, st.Lhs...), st.Rhs...)
		}
	case *ast.IncDecStmt:
		roots = []ast.Expr{st.X}
	case *ast.ReturnStmt:
		roots = st.Results
	case *ast.SendStmt:
		roots = []ast.Expr{st.Chan, st.Value}
	case *ast.IfStmt:
		if st.Init == nil {
			roots = []ast.Expr{st.Cond}
		}
	case *ast.SwitchStmt:
		if st.Init == nil && st.Tag != nil {
			roots = []ast.Expr{st.Tag}
		}
	default:
		return nil
	}
	var out []ast.Expr
	called := false
	var walk func(e ast.Node) bool
	walk = func(n ast.Node) bool {
		if called {
			return false
		}
		if e, ok := n.(ast.Expr); ok && tc.Info.Types[e].Value != nil {
			return false // a constant: len(s[5]) of a [][8]T s evaluates nothing
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BinaryExpr:
			if n.Op == token.LAND || n.Op == token.LOR {
				ast.Inspect(n.X, walk)
				return false
			}
		case *ast.CallExpr:
			ast.Inspect(n.Fun, walk)
			for _, a := range n.Args {
				ast.Inspect(a, walk)
			}
			if !tc.builtinCall(n) {
				called = true
			}
			return false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				called = true
				return false
			}
		case *ast.IndexExpr, *ast.SliceExpr:
			ast.Inspect(childExprs(n), walk)
			if !called {
				out = append(out, n.(ast.Expr))
			}
			return false
		}
		return true
	}
	for _, r := range roots {
		ast.Inspect(r, walk)
	}
	return out
}

// childExprs wraps the operands of an index or slice expression, for a
// walk over them.
func childExprs(n ast.Node) ast.Node {
	switch n := n.(type) {
	case *ast.IndexExpr:
		return &ast.BinaryExpr{X: n.X, Op: token.ADD, Y: n.Index}
	case *ast.SliceExpr:
		list := &ast.CompositeLit{Elts: []ast.Expr{n.X}}
		for _, e := range []ast.Expr{n.Low, n.High, n.Max} {
			if e != nil {
				list.Elts = append(list.Elts, e)
			}
		}
		return list
	}
	return n
}

// builtinCall reports whether call is a conversion or a call of len or cap.
func (tc *Types) builtinCall(call *ast.CallExpr) bool {
	if tv, ok := tc.Info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := tc.Info.Uses[id].(*types.Builtin); ok {
			return b.Name() == "len" || b.Name() == "cap"
		}
	}
	return false
}

// callsAny reports whether any of es calls a function or receives.
func (tc *Types) callsAny(es []ast.Expr) bool {
	found := false
	for _, e := range es {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if !tc.builtinCall(n) {
					found = true
				}
			case *ast.UnaryExpr:
				found = found || n.Op == token.ARROW
			}
			return !found
		})
	}
	return found
}

// pure reports whether e can be evaluated again without effects: names,
// fields, literals, arithmetic, index expressions, dereferences (*p, whose
// nil pointer fails the check as it fails the statement), len, cap,
// conversions.
func (tc *Types) pure(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case nil, *ast.Ident, *ast.BasicLit, *ast.SelectorExpr, *ast.ParenExpr, *ast.BinaryExpr, *ast.IndexExpr, *ast.StarExpr:
		case *ast.UnaryExpr:
			ok = ok && n.Op != token.ARROW && n.Op != token.AND
		case *ast.CallExpr:
			ok = ok && tc.builtinCall(n)
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// boundsCheck is the check of index or slice expression e ("" for none).
func (tc *Types) boundsCheck(e ast.Expr, proven []provenIndex) string {
	switch e := e.(type) {
	case *ast.IndexExpr:
		xt := tc.Info.Types[e.X].Type
		if xt == nil || !indexable(xt) || !tc.pure(e.X) || !tc.pure(e.Index) {
			return ""
		}
		if tv := tc.Info.Types[e.Index]; tv.Value != nil {
			if _, isArray := arrayOf(xt); isArray {
				return "" // checked by the compiler
			}
		}
		if id, ok := e.Index.(*ast.Ident); ok {
			if x, ok := e.X.(*ast.Ident); ok {
				for _, p := range proven {
					if p.index == tc.Info.Uses[id] && p.slice == tc.Info.Uses[x] {
						return ""
					}
				}
			}
		}
		return tc.checkText(e, xt, tc.code(e.X))
	case *ast.SliceExpr:
		xt := tc.Info.Types[e.X].Type
		if xt == nil || !indexable(xt) || !tc.pure(e.X) || !tc.pureBounds(e) {
			return ""
		}
		return tc.checkText(e, xt, tc.code(e.X))
	}
	return ""
}

// pureBounds reports whether the bounds of slice expression e can be
// evaluated again without effects.
func (tc *Types) pureBounds(e *ast.SliceExpr) bool {
	for _, b := range []ast.Expr{e.Low, e.High, e.Max} {
		if b != nil && !tc.pure(b) {
			return false
		}
	}
	return true
}

// checkText is the bounds check of index or slice expression e, whose
// operand, of type xt, is written x: an if statement that panics with Go's
// text.
func (tc *Types) checkText(e ast.Expr, xt types.Type, x string) string {
	switch e := e.(type) {
	case *ast.IndexExpr:
		i := tc.code(e.Index)
		if t, ok := tc.Info.Types[e.Index].Type.(*types.Basic); !ok || t.Kind() != types.Int && t.Kind() != types.UntypedInt {
			i = "int(" + i + ")"
		}
		return fmt.Sprintf("if %s >= len(%s) || %s < 0 { gopadBuiltin.IndexPanic(%s, len(%s), %d) }", i, x, i, i, x, tc.Fset.Position(e.Pos()).Column)
	case *ast.SliceExpr:
		lo, hi := "0", "len("+x+")"
		if e.Low != nil {
			lo = tc.code(e.Low)
		}
		limit, what := "cap("+x+")", "capacity"
		if b, ok := xt.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			limit, what = "len("+x+")", "length"
		} else if _, isArray := arrayOf(xt); isArray {
			what = "length"
		}
		if e.High != nil {
			hi = tc.code(e.High)
		}
		if e.Slice3 {
			// x[lo:hi:max]: Go checks max against the capacity, then hi
			// against max, then lo against hi.
			max := tc.code(e.Max)
			return fmt.Sprintf("if uint(%s) > uint(%s) || uint(%s) > uint(%s) || uint(%s) > uint(%s) { gopadBuiltin.Slice3Panic(int(%s), int(%s), int(%s), %s, %q, %d) }",
				max, limit, hi, max, lo, hi, lo, hi, max, limit, what, tc.Fset.Position(e.Pos()).Column)
		}
		return fmt.Sprintf("if uint(%s) > uint(%s) || uint(%s) > uint(%s) { gopadBuiltin.SlicePanic(int(%s), int(%s), %s, %q, %d) }",
			hi, limit, lo, hi, lo, hi, limit, what, tc.Fset.Position(e.Pos()).Column)
	}
	return ""
}

// indexable reports whether t is a slice, array, pointer to array or
// string (not a map or a type parameter).
func indexable(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice, *types.Array:
		return true
	case *types.Pointer:
		_, ok := u.Elem().Underlying().(*types.Array)
		return ok
	case *types.Basic:
		return u.Info()&types.IsString != 0
	}
	return false
}

// arrayOf reports whether t is an array or a pointer to one.
func arrayOf(t types.Type) (*types.Array, bool) {
	u := t.Underlying()
	if p, ok := u.(*types.Pointer); ok {
		u = p.Elem().Underlying()
	}
	a, ok := u.(*types.Array)
	return a, ok
}

// provenBy reports the index a loop keeps in range of a slice variable:
// for i := range xs, or for i := 0; i < len(xs); i++, when the body
// assigns neither.
func (tc *Types) provenBy(n ast.Node) (provenIndex, bool) {
	var idx, xs *ast.Ident
	var body *ast.BlockStmt
	switch n := n.(type) {
	case *ast.RangeStmt:
		idx, _ = n.Key.(*ast.Ident)
		xs, _ = n.X.(*ast.Ident)
		body = n.Body
		if n.Tok != token.DEFINE {
			return provenIndex{}, false
		}
	case *ast.ForStmt:
		init, ok := n.Init.(*ast.AssignStmt)
		cond, ok2 := n.Cond.(*ast.BinaryExpr)
		post, ok3 := n.Post.(*ast.IncDecStmt)
		if !ok || !ok2 || !ok3 || init.Tok != token.DEFINE || len(init.Lhs) != 1 || cond.Op != token.LSS || post.Tok != token.INC {
			return provenIndex{}, false
		}
		if lit, ok := init.Rhs[0].(*ast.BasicLit); !ok || lit.Value != "0" {
			return provenIndex{}, false
		}
		idx, _ = init.Lhs[0].(*ast.Ident)
		c, ok := cond.X.(*ast.Ident)
		p, ok2 := post.X.(*ast.Ident)
		call, ok3 := cond.Y.(*ast.CallExpr)
		if idx == nil || !ok || !ok2 || !ok3 || c.Name != idx.Name || p.Name != idx.Name || len(call.Args) != 1 || !tc.builtinCall(call) {
			return provenIndex{}, false
		}
		if fn, ok := call.Fun.(*ast.Ident); !ok || fn.Name != "len" {
			return provenIndex{}, false
		}
		xs, _ = call.Args[0].(*ast.Ident)
		body = n.Body
	}
	if idx == nil || xs == nil || body == nil {
		return provenIndex{}, false
	}
	io, xo := tc.Info.Defs[idx], tc.Info.Uses[xs]
	if io == nil || xo == nil || tc.assigns(body, io) || tc.assigns(body, xo) {
		return provenIndex{}, false
	}
	if _, ok := xo.Type().Underlying().(*types.Slice); !ok {
		if _, ok := arrayOf(xo.Type()); !ok {
			return provenIndex{}, false
		}
	}
	return provenIndex{index: io, slice: xo}, true
}

// assigns reports whether body assigns obj, takes its address or closes
// over it (a closure could assign it later).
func (tc *Types) assigns(body ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && (tc.Info.Uses[id] == obj || tc.Info.Defs[id] == obj) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := n.X.(*ast.Ident); ok && tc.Info.Uses[id] == obj {
				found = true
			}
		case *ast.UnaryExpr:
			if id, ok := n.X.(*ast.Ident); ok && n.Op == token.AND && tc.Info.Uses[id] == obj {
				found = true
			}
		case *ast.FuncLit:
			ast.Inspect(n, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && tc.Info.Uses[id] == obj {
					found = true
				}
				return !found
			})
		}
		return !found
	})
	return found
}
