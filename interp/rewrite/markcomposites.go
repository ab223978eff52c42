package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// markCompositesPass records the slices and maps of the cells' types with
// String or Error methods where they become an empty interface value.
var markCompositesPass = Pass{
	Name: "markComposites",
	Wants: func(u *Unit) bool {
		if !u.dynamicNames() {
			return false
		}
		// What can convert a value to an interface: a call, a send, a
		// function's return, an assignment, an element, the name any.
		s := u.sights()
		return len(s.calledIdents) > 0 || s.sends || s.ifaceTypes || s.plainAssigns || s.indexes ||
			u.has(hasReturn) || u.has(hasTypedVar) || u.has(hasLiteralAssign) ||
			u.selects(func(s sel, _ string) bool { return s.called })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.markComposites() },
}

// yaegi gives a slice or map of a cell's type that is no struct the
// run-time type of the same slice or map over the underlying type: a
// []Color is a []int. Converted to an empty interface (an argument of a
// logf(format string, args ...any), an element of an []any, a value
// returned as any) it keeps nothing of Color, and fmt printed [1 2] where
// Go prints [G B]. Such a value has an identity that survives the
// conversion, its backing array or its map, so markComposites hands it to
// gopadBuiltin.Mark with the function that shows it as fmt would (the one
// printArgs uses for a []Color operand), where it becomes an interface
// value; dynamicFunc's tries ask gopadBuiltin.Marked when they print an
// empty interface (gopadrt's marks.go):
//
//	logf("%v", cs)  →  logf("%v", func(gopadM []Color) []Color { gopadBuiltin.Mark(gopadM, func() any { return func(s []Color) []any { ... }(gopadM) }); return gopadM }(cs))
//
// Arrays, copied at each conversion, have no such identity and are left
// as they were.
func (tc *Types) markComposites() []source.Edit {
	var edits []source.Edit
	mark := func(dst types.Type, e ast.Expr) {
		if dst != nil && emptyIface(dst) {
			edits = append(edits, tc.markComposite(e)...)
		}
	}
	var funcs []*types.Signature // the enclosing functions, innermost last
	var stack []ast.Node
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if n == nil {
			if top := stack[len(stack)-1]; isFunc(top) {
				funcs = funcs[:len(funcs)-1]
			}
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			funcs = append(funcs, tc.signatureOf(n))
		case *ast.ReturnStmt:
			if len(funcs) > 0 && funcs[len(funcs)-1] != nil && funcs[len(funcs)-1].Results().Len() == len(n.Results) {
				for i, r := range n.Results {
					mark(funcs[len(funcs)-1].Results().At(i).Type(), r)
				}
			}
		default:
			tc.markConversions(n, mark)
		}
		return true
	})
	return edits
}

// markConversions calls mark with the destination type and the operand of
// each conversion to an interface that n makes other than a return.
func (tc *Types) markConversions(n ast.Node, mark func(types.Type, ast.Expr)) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
			for i, r := range n.Rhs {
				mark(tc.Info.Types[n.Lhs[i]].Type, r)
			}
		}
	case *ast.ValueSpec:
		if n.Type != nil && len(n.Names) == len(n.Values) {
			for _, v := range n.Values {
				mark(tc.Info.Types[n.Type].Type, v)
			}
		}
	case *ast.SendStmt:
		if ch, ok := typeUnder[*types.Chan](tc.Info.Types[n.Chan].Type); ok {
			mark(ch.Elem(), n.Value)
		}
	case *ast.CompositeLit:
		tc.markElems(n, mark)
	case *ast.CallExpr:
		tc.markArgs(n, mark)
	}
}

// markElems marks the elements and keys of a composite literal.
func (tc *Types) markElems(lit *ast.CompositeLit, mark func(types.Type, ast.Expr)) {
	t := tc.Info.Types[lit].Type
	if t == nil {
		return
	}
	for i, el := range lit.Elts {
		kv, isKV := el.(*ast.KeyValueExpr)
		switch u := t.Underlying().(type) {
		case *types.Slice:
			mark(u.Elem(), valueOf(el))
		case *types.Array:
			mark(u.Elem(), valueOf(el))
		case *types.Map:
			if isKV {
				mark(u.Key(), kv.Key)
				mark(u.Elem(), kv.Value)
			}
		case *types.Struct:
			if isKV {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := tc.Info.Uses[id].(*types.Var); ok {
						mark(f.Type(), kv.Value)
					}
				}
			} else if i < u.NumFields() {
				mark(u.Field(i).Type(), el)
			}
		}
	}
}

// valueOf is the value of a composite literal's element.
func valueOf(el ast.Expr) ast.Expr {
	if kv, ok := el.(*ast.KeyValueExpr); ok {
		return kv.Value
	}
	return el
}

// markArgs marks the arguments of a call of a cell's function converted to
// their parameters' interface types, of an explicit conversion any(x), and
// of append to a slice of interfaces.
func (tc *Types) markArgs(call *ast.CallExpr, mark func(types.Type, ast.Expr)) {
	ft := tc.Info.Types[call.Fun]
	if ft.IsType() {
		if len(call.Args) == 1 {
			mark(ft.Type, call.Args[0])
		}
		return
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "append" && tc.Info.Uses[id] == types.Universe.Lookup("append") {
		if s, ok := typeUnder[*types.Slice](tc.Info.Types[call].Type); ok && !call.Ellipsis.IsValid() {
			for _, a := range call.Args[1:] {
				mark(s.Elem(), a)
			}
		}
		return
	}
	if tc.compiledFunc(call.Fun) {
		return // fmt and log print it (printArgs); the others keep their own rewrites (encoding, templates)
	}
	sig, ok := typeUnder[*types.Signature](ft.Type)
	if !ok {
		return
	}
	for i, a := range call.Args {
		if !call.Ellipsis.IsValid() || i < len(call.Args)-1 {
			mark(paramType(sig, i), a)
		}
	}
}

// markComposite hands e, converted to an empty interface, to
// gopadBuiltin.Mark when it is a slice or map whose elements or keys fmt
// shows through methods of the cells' types, and to gopadBuiltin.MarkJSON
// when encoding/json encodes them through such methods (markjson.go).
func (tc *Types) markComposite(e ast.Expr) []source.Edit {
	t := tc.Info.Types[e].Type
	if t == nil || tc.Info.Types[e].IsNil() {
		return nil
	}
	if _, named := t.(*types.Named); named {
		return nil
	}
	switch t.(type) {
	case *types.Slice, *types.Map:
	case *types.Pointer:
		return tc.passedThrough(e, t, tc.erasedCall(t, "gopadM"))
	case *types.Array:
		if refuse := tc.refuseJSONArray(e, t); refuse != nil {
			return refuse
		}
		return tc.erasedMark(e, t)
	default:
		return nil
	}
	tt, ok := tc.TypeText(t)
	if !ok {
		return nil
	}
	calls := tc.erasedCall(t, "gopadM")
	if open, ok := tc.elemsShown(t, 0); ok {
		calls += "gopadBuiltin.Mark(gopadM, func() any { return " + open + "gopadM) }); "
	}
	if enc, ok := tc.jsonElems(t); ok && tc.jsonWalkTries() != "" {
		calls += "gopadBuiltin.MarkJSON(gopadM, func() any { return " + enc + "(gopadM) }); "
	}
	if calls == "" {
		return nil
	}
	// Inside any wrapping of e as an any by another pass (encoding's
	// gopadBuiltin.EncodeView of a []Status in a map[string]any literal),
	// which takes e's value of type t.
	return []source.Edit{
		{From: tc.Off(e.Pos()), To: tc.Off(e.Pos()), Text: "func(gopadM " + tt + ") " + tt + " { " + calls + "return gopadM }("},
		{From: tc.Off(e.End()), To: tc.Off(e.End()), Text: ")"},
	}
}

// typeUnder is t's underlying type as a T.
func typeUnder[T types.Type](t types.Type) (T, bool) {
	var zero T
	if t == nil {
		return zero, false
	}
	u, ok := t.Underlying().(T)
	return u, ok
}
