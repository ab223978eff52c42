package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var constLenPass = Pass{
	Name: "constLen",
	// A range is checked anyway (rangeString); a len or cap alone asks
	// for no check (a cell printing len(s) would pay for one), and is
	// rewritten when another pass had the chunk checked.
	Wants: func(u *Unit) bool {
		s := u.sights()
		return s.ranges || s.lenOperands
	},
	Run: func(u *Unit) []source.Edit { return u.Types.constLens() },
}

// constLens writes out the length of an array reached through a pointer
// or an index where Go takes it from the type alone: len(p) and cap(p) of
// a p of type *[N]T are the constant N, so is len(s[i]) of an s of type
// [][N]T, and for i := range p counts to N, also when p
// is nil. yaegi reads the array through the pointer and fails on a nil
// one (reflect: call of reflect.Value.Len on zero Value). When p holds a
// call or a receive, Go evaluates it, and so does the rewrite:
//
//	len(p)                 →  10
//	for i := range p       →  for i := range 10
//	for i := range *p      →  for i := range 10
//	len(f())               →  func(*[10]int) int { return 10 }(f())
//	for i := range f()     →  for i := range func(*[10]int) *[10]int { return new([10]int) }(f())
func (tc *Types) constLens() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if tv := tc.Info.Types[n]; tv.Value != nil && len(n.Args) == 1 && tc.lenOfArray(n.Args[0]) {
				edits = append(edits, source.Replace(tc.Off(n.Pos()), tc.Off(n.End()), tv.Value.ExactString()))
				return false
			}
			if open, ok := tc.evaluatedArrayLen(n); ok {
				edits = append(edits, source.Replace(tc.Off(n.Pos()), tc.Off(n.Lparen)+1, open))
			}
		case *ast.RangeStmt:
			if n.Value != nil {
				break
			}
			at, ok := arrayPointerLen(tc.Info.Types[n.X].Type)
			if star, deref := ast.Unparen(n.X).(*ast.StarExpr); deref && !ok && !callsOrReceives(n.X) {
				// for i := range *p: len(*p) is constant, *p is not read
				at, ok = arrayPointerLen(tc.Info.Types[star.X].Type)
			}
			switch {
			case ok && !callsOrReceives(n.X):
				edits = append(edits, source.Replace(tc.Off(n.X.Pos()), tc.Off(n.X.End()), at))
			case ok:
				if open, ok := tc.arrayRangeFunc(n.X); ok {
					edits = append(edits, source.Around(tc.Off(n.X.Pos()), tc.Off(n.X.End()), open, ")")...)
				}
			}
		}
		return true
	})
	return edits
}

// evaluatedArrayLen is the text that replaces "len(" in call, a len or
// cap of a pointer to an array that Go evaluates (it holds a call or a
// receive) and whose result is the array's length even when the pointer
// is nil: a function that takes the pointer and returns the length.
//
//	len(f())  →  func(*[40]int) int { return 40 }(f())
func (tc *Types) evaluatedArrayLen(call *ast.CallExpr) (string, bool) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || len(call.Args) != 1 || tc.Info.Types[call].Value != nil {
		return "", false
	}
	if b, ok := tc.Info.Uses[id].(*types.Builtin); !ok || b.Name() != "len" && b.Name() != "cap" {
		return "", false
	}
	n, ok := arrayPointerLen(tc.Info.Types[call.Args[0]].Type)
	if !ok {
		return "", false
	}
	return tc.arrayLenFunc(call.Args[0], n)
}

// arrayLenFunc is the opening of a call that evaluates x, a pointer to an
// array of length n, and gives n.
func (tc *Types) arrayLenFunc(x ast.Expr, n string) (string, bool) {
	typ, ok := tc.TypeText(tc.Info.Types[x].Type)
	if !ok || tc.Off(x.Pos()) < 0 {
		return "", false
	}
	return "func(" + typ + ") int { return " + n + " }(", true
}

// arrayRangeFunc is the opening of a call that evaluates x, a pointer to
// an array, and gives a pointer to a new array of its type, for a range
// over the indexes alone.
func (tc *Types) arrayRangeFunc(x ast.Expr) (string, bool) {
	t := tc.Info.Types[x].Type
	typ, ok := tc.TypeText(t)
	if !ok || tc.Off(x.Pos()) < 0 {
		return "", false
	}
	elem, ok := tc.TypeText(t.Underlying().(*types.Pointer).Elem())
	if !ok {
		return "", false
	}
	return "func(" + typ + ") " + typ + " { return new(" + elem + ") }(", true
}

// lenOfArray reports whether x, the operand of a constant len or cap,
// is one yaegi would evaluate: a pointer to an array, or an array reached
// through an index (len(s[10]) of a [][30]int s is 30 in Go, even when s
// is empty).
func (tc *Types) lenOfArray(x ast.Expr) bool {
	if arrayPointer(tc.Info.Types[x].Type) {
		return true
	}
	indexed := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.IndexExpr, *ast.StarExpr:
			indexed = true
		}
		return !indexed
	})
	return indexed
}

// arrayPointer reports whether t is a pointer to an array.
func arrayPointer(t types.Type) bool {
	_, ok := arrayPointerLen(t)
	return ok
}

// arrayPointerLen is the length of the array t points to.
func arrayPointerLen(t types.Type) (string, bool) {
	if t == nil {
		return "", false
	}
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return "", false
	}
	a, ok := p.Elem().Underlying().(*types.Array)
	if !ok {
		return "", false
	}
	return strconv.FormatInt(a.Len(), 10), true
}

// callsOrReceives reports whether e holds a call or a receive.
func callsOrReceives(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			found = true
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		}
		return !found
	})
	return found
}
