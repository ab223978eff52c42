package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// yaegi gives a cell's type over a basic, slice, map, array, channel or
// func type no run-time type of its own: reflect.TypeOf(Celsius(1)) is
// float64's type, so its Name, String and printing would silently name
// float64. Such a reflect.TypeOf, and the Type method of reflect.ValueOf
// of such a value (called on the call itself or on a variable defined
// from it), give a gopadBuiltin.NamedType, which answers Name, String and
// PkgPath with the cell's names and the rest from the underlying type:
//
//	reflect.TypeOf(c)                  →  gopadBuiltin.NamedType(reflect.TypeOf(c), "Celsius")
//	v := reflect.ValueOf(c); v.Type()  →  v := reflect.ValueOf(c); gopadBuiltin.NamedType(v.Type(), "Celsius")
//	reflect.TypeOf(c).Kind()           →  unchanged
//	reflect.TypeOf(&c)                 →  gopadBuiltin.NamedType(reflect.TypeOf(&c), "*Celsius")
//
// A pointer to such a type is named "*Celsius": the helper gives a
// pointer type whose String is *main.Celsius and whose Elem is the named
// type, where yaegi's Elem would be the underlying type.

// namelessTypeOfs returns the edits of the chunk's calls of reflect.TypeOf
// on a value of such a type (or one go/types proves an interface holds).
func (tc *Types) namelessTypeOfs() []source.Edit {
	var edits []source.Edit
	callsWithPath(tc.File, func(call *ast.CallExpr, path []ast.Node) {
		if len(call.Args) != 1 || tc.Off(call.Pos()) < 0 || !tc.isReflectFunc(call, "TypeOf") {
			return
		}
		if tc.compiledIface(call.Args[0]) {
			// Also for Kind: the wrapper's is struct.
			edits = append(edits, tc.typeOfHeld(call, call.Args[0])...)
			return
		}
		if kindOnly(path) {
			return
		}
		t, ok := tc.heldType(call.Args[0], 0)
		if !ok {
			edits = append(edits, tc.namelessHeld(call, call.Args[0])...)
			return
		}
		if name, ok := tc.namelessCellType(t); ok {
			edits = append(edits, tc.namelessType(call, t, name)...)
		}
	})
	return append(edits, tc.namelessValueTypes()...)
}

// compiledIface reports whether e, an operand to read again
// (pureOperand), has an interface type with methods of the standard
// library's (fmt.Stringer, error), in which yaegi keeps a cell's value in
// a wrapper of its own.
func (tc *Types) compiledIface(e ast.Expr) bool {
	t := tc.Info.Types[e].Type
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || !pureOperand(e) || n.Obj().Pkg() == tc.Pkg {
		return false
	}
	iface, ok := n.Underlying().(*types.Interface)
	return ok && iface.NumMethods() > 0
}

// typeOfHeld names call, reflect.TypeOf(x) of x (arg) of such an
// interface type, by the cell's value x holds: reflect would name yaegi's
// wrapper of it (stdlib._fmt_StringerS).
//
//	reflect.TypeOf(s)  →  gopadBuiltin.TypeOfHeld(reflect.TypeOf(s), s)
func (tc *Types) typeOfHeld(call *ast.CallExpr, arg ast.Expr) []source.Edit {
	from, to := tc.Off(call.Pos()), tc.Off(call.End())
	return []source.Edit{{From: from, To: from, Text: "gopadBuiltin.TypeOfHeld(", Order: to - 1<<30},
		{From: to, To: to, Text: ", " + tc.code(arg) + ")", Order: 1 << 30}}
}

// callsWithPath calls visit for each call in f, with the nodes from the
// file down to it.
func callsWithPath(f *ast.File, visit func(call *ast.CallExpr, path []ast.Node)) {
	var path []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			path = path[:len(path)-1]
			return false
		}
		path = append(path, n)
		if call, ok := n.(*ast.CallExpr); ok {
			visit(call, path)
		}
		return true
	})
}

// namelessHeld names call, reflect.TypeOf(x) or reflect.ValueOf(x).Type()
// of an interface variable x (arg), by the cell's type over a basic type
// (or a pointer to it) that x holds, found by a type switch in interpreted
// code, where yaegi still knows it; only types yaegi keeps beside the
// value (keptBeside):
//
//	reflect.TypeOf(x)  →  gopadBuiltin.NamedType(reflect.TypeOf(x), func() string { switch x.(type) { case Celsius: return "Celsius"; case *Celsius: return "*Celsius" }; return "" }())
func (tc *Types) namelessHeld(call *ast.CallExpr, arg ast.Expr) []source.Edit {
	if !pureOperand(arg) || tc.Info.Types[arg].Type == nil {
		return nil
	}
	iface, ok := tc.Info.Types[arg].Type.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var cases strings.Builder
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || tc.selfKindOf(tn) != selfNamed || !tc.keptBeside(tn.Type()) {
			continue
		}
		if types.Implements(tn.Type(), iface) {
			cases.WriteString("case " + name + ": return " + strconv.Quote(name) + "; ")
		}
		if types.Implements(types.NewPointer(tn.Type()), iface) {
			cases.WriteString("case *" + name + ": return " + strconv.Quote("*"+name) + "; ")
		}
	}
	if cases.Len() == 0 {
		return nil
	}
	from, to := tc.Off(call.Pos()), tc.Off(call.End())
	return []source.Edit{{From: from, To: from, Text: "gopadBuiltin.NamedType(", Order: to - 1<<30},
		{From: to, To: to, Text: ", func() string { switch " + tc.code(arg) + ".(type) { " + cases.String() + "}; return \"\" }())", Order: 1 << 30}}
}

// pureOperand reports whether e reads a variable, a field or an element
// of them, without calls or receives, so that evaluating it again gives
// the same value (vals[i], it.Value, m["k"]).
func pureOperand(e ast.Expr) bool {
	pure := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr, *ast.FuncLit, *ast.CompositeLit:
			pure = false
		case *ast.UnaryExpr:
			pure = pure && n.Op != token.ARROW
		}
		return pure
	})
	return pure
}

// namelessType names typeCall, a call giving the run-time type of a
// value of the nameless cell type name (t may be a pointer to it, named
// "*Celsius").
//
// A pointer's run-time type is read from a nil pointer of its type, the
// call kept for what its operand does: a pointer held in a compiled
// interface (a fmt.Stringer) reaches reflect as yaegi's wrapper of it.
//
//	reflect.TypeOf(s)  →  gopadBuiltin.NamedType(func(reflect.Type) reflect.Type { return reflect.TypeOf((*Celsius)(nil)) }(reflect.TypeOf(s)), "*Celsius")
func (tc *Types) namelessType(typeCall *ast.CallExpr, t types.Type, name string) []source.Edit {
	from, to := tc.Off(typeCall.Pos()), tc.Off(typeCall.End())
	short := name[strings.LastIndex(name, ".")+1:]
	open := "gopadBuiltin.NamedType("
	if _, ptr := t.(*types.Pointer); ptr {
		text, ok := tc.TypeText(t)
		if !ok {
			return nil
		}
		short = "*" + short
		open += "func(reflect.Type) reflect.Type { return reflect.TypeOf((" + text + ")(nil)) }("
		short = strconv.Quote(short)
		return []source.Edit{{From: from, To: from, Text: open, Order: to - 1<<30},
			{From: to, To: to, Text: "), " + short + ")", Order: 1 << 30}}
	}
	// Inside the helpers around the call (reflectNames, reflectPrints).
	return []source.Edit{{From: from, To: from, Text: open, Order: to - 1<<30},
		{From: to, To: to, Text: ", " + strconv.Quote(short) + ")", Order: 1 << 30}}
}

// namelessValueTypes returns the edits of the chunk's calls v.Type() on a
// reflect.ValueOf of a value of a nameless cell type: the call itself, or
// a variable defined from it (v := reflect.ValueOf(c)) in the chunk or, not
// written since, by an earlier one.
func (tc *Types) namelessValueTypes() []source.Edit {
	vars := tc.namelessVars()
	var edits []source.Edit
	callsWithPath(tc.File, func(call *ast.CallExpr, path []ast.Node) {
		if len(call.Args) != 0 || kindOnly(path) {
			return
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Type" {
			return
		}
		if nl, ok := tc.namelessValue(sel.X, vars); ok && nl.held != nil {
			edits = append(edits, tc.namelessHeld(call, nl.held)...)
		} else if ok {
			edits = append(edits, tc.namelessType(call, nl.t, nl.name)...)
		} else if vo, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && len(vo.Args) == 1 && tc.isReflectFunc(vo, "ValueOf") {
			// reflect.ValueOf(v).Type() of an interface v (namelessHeld).
			edits = append(edits, tc.namelessHeld(call, vo.Args[0])...)
		}
	})
	return edits
}

// namelessVars are the variables defined from a reflect.ValueOf of a
// value of a nameless cell type, in the chunk or, not written since, by an
// earlier one.
func (tc *Types) namelessVars() map[types.Object]nameless {
	vars := map[types.Object]nameless{}
	tc.namelessValueVars(tc.session, vars)
	tc.namelessValueVars(tc.File, vars)
	return vars
}

// namelessValue is the nameless cell type of the value e reflects: e is
// a reflect.ValueOf of it or one of vars.
func (tc *Types) namelessValue(e ast.Expr, vars map[types.Object]nameless) (nameless, bool) {
	nl, ok := tc.namelessValueOf(e)
	id, isID := e.(*ast.Ident)
	if !ok && isID {
		nl, ok = vars[tc.Info.Uses[id]]
	}
	if !ok && isID {
		// A variable assigned more than once: the assignment that
		// reaches this read (reachingvalue.go).
		if r, found := tc.reachingValue(id); found {
			if nl, ok = tc.namelessValueOf(r); !ok {
				var x ast.Expr
				x, ok = tc.heldValueOf(r, tc.File)
				ok = ok && !tc.declaresBetween(x.(*ast.Ident).Name, r.End(), id.Pos())
				nl = nameless{held: x}
			}
		}
	}
	if !ok && isID {
		nl, ok = tc.sessionValueType(id)
	}
	return nl, ok
}

// namelessValueVars notes in vars the variables f defines from a
// reflect.ValueOf of a value of a nameless cell type.
func (tc *Types) namelessValueVars(f *ast.File, vars map[types.Object]nameless) {
	if f == nil {
		return
	}
	note := func(l, r ast.Expr) {
		id, ok := l.(*ast.Ident)
		if !ok || tc.Info.Defs[id] == nil || tc.written[id.Name] {
			return
		}
		if v, isVar := tc.Info.Defs[id].(*types.Var); !isVar || tc.writes(v) {
			return // assigned again: reachingValue, read by read
		}
		if nl, ok := tc.namelessValueOf(r); ok {
			vars[tc.Info.Defs[id]] = nl
		} else if x, ok := tc.heldValueOf(r, f); ok {
			vars[tc.Info.Defs[id]] = nameless{held: x}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i := range n.Lhs {
				if len(n.Lhs) == len(n.Rhs) {
					note(n.Lhs[i], n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			for i := range n.Names {
				if len(n.Names) == len(n.Values) {
					note(n.Names[i], n.Values[i])
				}
			}
		}
		return true
	})
}

// namelessValueOf is the Go name of the nameless cell type of x when e is
// reflect.ValueOf(x).
func (tc *Types) namelessValueOf(e ast.Expr) (nameless, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if ok && len(call.Args) == 0 {
		return tc.namelessElem(call)
	}
	if !ok || len(call.Args) != 1 || !tc.isReflectFunc(call, "ValueOf") {
		return nameless{}, false
	}
	t, ok := tc.heldType(call.Args[0], 0)
	if !ok {
		return nameless{}, false
	}
	name, ok := tc.namelessCellType(t)
	return nameless{t: t, name: name}, ok
}

// namelessElem is the nameless cell type of the value call,
// reflect.ValueOf(p).Elem() of a pointer p to one, reflects.
func (tc *Types) namelessElem(call *ast.CallExpr) (nameless, bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Elem" {
		return nameless{}, false
	}
	nl, ok := tc.namelessValueOf(sel.X)
	p, isPtr := nl.t.(*types.Pointer)
	if !ok || !isPtr {
		return nameless{}, false
	}
	return nameless{t: p.Elem(), name: nl.name}, true
}

// A nameless is a nameless cell type (or a pointer to one) and its Go
// name, or the interface variable whose value is reflected (held), whose
// type namelessHeld finds at run time.
type nameless struct {
	t    types.Type
	name string
	held ast.Expr
}

// heldValueOf is x when e is reflect.ValueOf(x) in the chunk f, x a
// variable of an interface type the chunk declares and never assigns
// again, so that x still holds the value reflected where the Value's Type
// is asked for.
func (tc *Types) heldValueOf(e ast.Expr, f *ast.File) (ast.Expr, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if f != tc.File || !ok || len(call.Args) != 1 || !tc.isReflectFunc(call, "ValueOf") {
		return nil, false
	}
	id, ok := call.Args[0].(*ast.Ident)
	if !ok || !types.IsInterface(tc.Info.Types[id].Type) {
		return nil, false
	}
	obj := tc.Info.Uses[id]
	if obj == nil || tc.Fset.File(obj.Pos()) != tc.Fset.File(tc.File.Pos()) {
		return nil, false
	}
	again := false
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if lid, ok := l.(*ast.Ident); ok && tc.Info.Uses[lid] == obj {
					again = true
				}
			}
		case *ast.UnaryExpr:
			if xid, ok := n.X.(*ast.Ident); ok && n.Op == token.AND && tc.Info.Uses[xid] == obj {
				again = true
			}
		}
		return !again
	})
	return id, !again
}

// isReflectFunc reports whether call calls reflect's function name.
func (tc *Types) isReflectFunc(call *ast.CallExpr, name string) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := tc.Info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "reflect" && fn.Name() == name
}

// kindOnly reports whether the call on top of stack is the receiver of
// a call of Kind or Size.
func kindOnly(stack []ast.Node) bool {
	if len(stack) < 3 {
		return false
	}
	sel, ok := stack[len(stack)-2].(*ast.SelectorExpr)
	if !ok || sel.X != stack[len(stack)-1] {
		return false
	}
	_, called := stack[len(stack)-3].(*ast.CallExpr)
	return called && (sel.Sel.Name == "Kind" || sel.Sel.Name == "Size")
}

// namelessCellType is the Go name of t when it is a cell's type (or a
// pointer to one) that yaegi gives no run-time type of its own.
func (tc *Types) namelessCellType(t types.Type) (string, bool) {
	base := t
	if p, ok := t.(*types.Pointer); ok {
		base = p.Elem()
	}
	n, ok := types.Unalias(base).(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return "", false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return "", false
	}
	return tc.goTypeName(t)
}

// reflectTypeString is t as reflect's String writes it: the cells' types
// qualified with main, the empty interface "interface {}".
func (tc *Types) reflectTypeString(t types.Type) string {
	if sig, ok := t.(*types.Signature); ok {
		return tc.reflectSigString(sig)
	}
	s := types.TypeString(t, func(p *types.Package) string {
		if p == tc.Pkg {
			return "main"
		}
		return p.Name()
	})
	s = strings.ReplaceAll(s, "interface{}", "interface {}")
	return anyWord.ReplaceAllString(s, "interface {}")
}

// reflectSigString is sig as reflect writes a func type: without the
// names of its parameters and results.
func (tc *Types) reflectSigString(sig *types.Signature) string {
	list := func(tup *types.Tuple) []string {
		var out []string
		for i := range tup.Len() {
			t := tup.At(i).Type()
			if tup == sig.Params() && sig.Variadic() && i == tup.Len()-1 {
				out = append(out, "..."+tc.reflectTypeString(t.(*types.Slice).Elem()))
				continue
			}
			out = append(out, tc.reflectTypeString(t))
		}
		return out
	}
	s := "func(" + strings.Join(list(sig.Params()), ", ") + ")"
	switch rs := list(sig.Results()); len(rs) {
	case 0:
	case 1:
		s += " " + rs[0]
	default:
		s += " (" + strings.Join(rs, ", ") + ")"
	}
	return s
}

// anyWord is the predeclared any in a type's text.
var anyWord = regexp.MustCompile(`\bany\b`)

// cellIfaceTypes returns the edits that make reflect's type of a cell's
// interface type, reflect.TypeOf((*I)(nil)).Elem(), a gopadBuiltin.CellIface
// that knows I's name and methods, which yaegi's run-time type of I lacks:
//
//	reflect.TypeOf((*Animal)(nil)).Elem()  →  gopadBuiltin.CellIface(reflect.TypeOf((*Animal)(nil)).Elem(), "Animal", "Sound")
func (tc *Types) cellIfaceTypes() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 0 || tc.Off(call.Pos()) < 0 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Elem" {
			return true
		}
		inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(inner.Args) != 1 || !tc.isReflectFunc(inner, "TypeOf") {
			return true
		}
		p, ok := tc.Info.TypeOf(inner.Args[0]).(*types.Pointer)
		if !ok {
			return true
		}
		named, ok := types.Unalias(p.Elem()).(*types.Named)
		if !ok || named.Obj().Pkg() != tc.Pkg || named.TypeParams().Len() > 0 {
			return true
		}
		iface, ok := named.Underlying().(*types.Interface)
		if !ok || !iface.IsMethodSet() {
			return true
		}
		args := strconv.Quote(named.Obj().Name())
		for i := range iface.NumMethods() {
			m := iface.Method(i)
			args += ", " + strconv.Quote(m.Name()+" "+tc.reflectTypeString(m.Type()))
		}
		from, to := tc.Off(call.Pos()), tc.Off(call.End())
		edits = append(edits, source.Edit{From: from, To: from, Text: "gopadBuiltin.CellIface(", Order: to - 1<<30},
			source.Edit{From: to, To: to, Text: ", " + args + ")", Order: 1 << 30})
		return true
	})
	return edits
}
