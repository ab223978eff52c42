package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var ifaceConvertPass = Pass{
	Name: "ifaceConvert",
	// A value of a cell's type may become an interface where the chunk
	// names error or a compiled package's interface, assigns, returns,
	// sends, passes an argument or writes a literal, or loops.
	Wants: func(u *Unit) bool {
		s := u.sights()
		return u.dynamicNames() && (s.errorNamed || s.plainAssigns || s.sends || s.callArgs || len(s.calledIdents) > 0 ||
			u.has(hasTypedVar) || u.has(hasLiteralAssign) || u.has(hasReturn) || u.has(hasChanOp) || u.has(hasLoop) ||
			u.usesPackage("errors", "io", "sort", "container/heap") ||
			u.selects(func(s sel, path string) bool { return s.called || path != "" || s.name == "Stringer" }))
	},
	Run: func(u *Unit) []source.Edit { return u.Types.ifaceConverts() },
}

// ifaceConverts makes the conversion of a cell's value to a compiled
// interface with methods (error, fmt.Stringer, io.Writer, sort.Interface)
// in a function literal of its own, where yaegi needs it to:
//
//	errs = append(errs, NotFound{n, i})  (in a loop)
//	  →  errs = append(errs, func(gopadV NotFound) error { return gopadV }(NotFound{n, i}))
//
// yaegi's wrapper calls the value's methods on what the converted
// expression holds in its frame when a method runs, not on the value it
// was given: an interface made in a loop, or from a variable that changes
// later, showed the last value (every error of the slice printed the last
// one). The literal's frame is new at each call and holds the value the
// interface was given. yaegi also hands on without the wrapper a value
// sent, converted with T(x), declared as var e error = T{...}, or a call's
// result passed to an interpreted function's parameter. And it makes a nil
// pointer of a cell's type a nil interface, where Go keeps the typed nil:
// gopad makes the error or fmt.Stringer that holds it, and refuses it for
// other interfaces:
//
//	return p  →  return func(gopadV *MyErr) error { if gopadV == nil { return gopadBuiltin.NilError(...) }; return gopadV }(p)
//
// A fresh value (a literal, a call's result) converted outside a loop, by
// an assignment, a return, an argument or a literal's element, gets its
// wrapper from yaegi as Go would, and stays as it is. A fresh value of a
// cell's type with methods made in a loop goes through a literal of its own
// also for the cells' interfaces and any (see loopConversion), and so
// does any value sent on a channel of such an interface.
func (tc *Types) ifaceConverts() []source.Edit {
	var edits []source.Edit
	fieldValues := tc.compiledFieldValues()
	tc.conversions(func(c conversion) {
		if !types.IsInterface(c.target) || !tc.cellValued(c.expr) || fieldValues[c.expr] {
			return
		}
		compiled := tc.compiledInterface(c.target)
		// A send becomes a select case (stopchan.go), whose
		// reflect.Select wants the interface's wrapper.
		// An explicit conversion to a cell interface, I(v), of a struct
		// without fields left yaegi's type switches on the result without
		// v's type (case S missed). (Only there: two interfaces made by
		// two literals compare unequal in yaegi, switch I(t) { case J(t): }.)
		explicit := c.kind == convExplicit && !empty(c.target) && tc.fieldless(tc.Info.Types[c.expr].Type)
		if !compiled && !tc.loopConversion(c) && (c.kind != convSend || empty(c.target)) && !explicit {
			return
		}
		if !compiled && tc.anyConverted(c.expr) {
			return // anyConversions assigns it to the interface in a literal of its own already
		}
		nilable := compiled && tc.losesTypedNil(c.expr, c.target)
		if !nilable && !tc.needsOwnFrame(c) {
			return
		}
		vt, ok := tc.TypeText(tc.Info.Types[c.expr].Type)
		if !ok {
			return
		}
		tt, spelled := tc.TypeText(c.target)
		if !spelled && !nilable {
			return
		}
		rt := vt // the guard still applies where the interface cannot be spelled
		if spelled {
			rt = tt
		}
		guard := ""
		if nilable {
			guard = "if gopadV == nil { " + tc.typedNil(c.target, tc.Info.Types[c.expr].Type, vt, tt) + " }; "
		}
		ret := tc.heldTries(c.expr, c.target) + "return gopadV"
		if !compiled {
			// (a value of a cell's type over a basic type returned as an
			// interface of the cells would lose its type: keptType)
			ret = "var gopadA " + rt + " = gopadV; return gopadA"
		}
		open, close := fmt.Sprintf("func(gopadV %s) %s { %s%s }(", vt, rt, guard, ret), ")"
		if !compiled && spelled && c.kind == convArg && !tc.Info.Types[c.call.Fun].IsBuiltin() && !empty(c.target) && !isTypeParam(c.target) {
			// The literal's result is a call's: handed to an interpreted
			// function's parameter it would be wrapped again (rewrapped),
			// so it goes through a one-element slice (inSlice).
			open, close = "[]"+tt+"{"+open, close+"}[0]"
		}
		edits = append(edits, source.Around(tc.Off(c.expr.Pos()), tc.Off(c.expr.End()), open, close)...)
	})
	return append(edits, tc.compiledIfaceArgs()...)
}

// fieldless reports whether t is a cell's struct type without fields.
func (tc *Types) fieldless(t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	return ok && st.NumFields() == 0 && tc.sharedType(t)
}

// heldTries asserts gopadV, a value of the cells' interface type of e, to
// each of the cells' struct types (and pointers to them) that implement
// it and the compiled interface target, and returns the value found:
// yaegi's wrapper of the cell interface's value for a compiled interface
// called the methods on a copy (a counting io.Reader counted nothing), or
// was refused by reflect ("Call using *struct {...} as type io.Reader").
// "" when e is no cell interface or target no compiled one.
func (tc *Types) heldTries(e ast.Expr, target types.Type) string {
	return tc.implementerTries(tc.Info.Types[e].Type, target, "gopadV", "v")
}

// implementerTries is heldTries for a value v of type src, each found
// value returned as ret (v, or "v, true" for a comma-ok form).
func (tc *Types) implementerTries(src, target types.Type, v, ret string) string {
	from, ok := tc.cellIface(src)
	to, isIface := target.Underlying().(*types.Interface)
	if !ok || !isIface || !tc.compiledInterface(target) {
		return ""
	}
	var b strings.Builder
	for _, c := range tc.implementers(from, to, true) {
		b.WriteString("if v, ok := " + v + ".(" + c + "); ok { return " + ret + " }; ")
	}
	return b.String()
}

// compiledIfaceArgs hands a compiled function's parameter of a compiled
// interface with methods (io.Reader, sort.Interface) a value of the
// cells' interface as the value of the cell's type it holds (heldTries):
//
//	io.ReadAll(rc)  →  io.ReadAll(func(gopadV ReadCounter) io.Reader { if v, ok := gopadV.(*readCounter); ok { return v }; return gopadV }(rc))
//
// and converts there, in a function literal, the result of a call of a
// cell's type (freshCallArg).
func (tc *Types) compiledIfaceArgs() []source.Edit {
	var edits []source.Edit
	for _, c := range tc.compiledCalls() {
		sig := c.fn.Type().(*types.Signature)
		if c.call.Ellipsis.IsValid() {
			continue
		}
		for i, a := range c.call.Args {
			if i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
				// (a variadic element: errors.Join(ErrList(nil), err))
				if e, ok := tc.keptNilArg(a, variadicElem(sig)); ok {
					edits = append(edits, e...)
				}
				continue
			}
			target := sig.Params().At(i).Type()
			if e, ok := tc.freshCallArg(a, target); ok {
				edits = append(edits, e...)
				continue
			}
			if e, ok := tc.keptNilArg(a, target); ok {
				edits = append(edits, e...)
				continue
			}
			tries := tc.heldTries(a, target)
			vt, ok1 := tc.TypeText(tc.Info.Types[a].Type)
			tt, ok2 := tc.TypeText(target)
			if tries == "" || !ok1 || !ok2 {
				continue
			}
			edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()),
				fmt.Sprintf("func(gopadV %s) %s { %sreturn gopadV }(", vt, tt, tries), ")")...)
		}
	}
	return edits
}

// variadicElem is the element type of sig's variadic parameter; nil when
// sig is not variadic.
func variadicElem(sig *types.Signature) types.Type {
	if !sig.Variadic() {
		return nil
	}
	if s, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice); ok {
		return s.Elem()
	}
	return nil
}

// keptNilArg converts a, a value of a cell's slice, map, func or channel
// type that may be nil, to target, a compiled interface with methods, in a
// function literal that keeps its typed nil (keptNil): yaegi handed
// sort.Sort(c) a nil interface for a nil byLen.
func (tc *Types) keptNilArg(a ast.Expr, target types.Type) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || target == nil || !tc.compiledInterface(target) || !tc.keptNilable(t) || tc.neverNil(a) {
		return nil, false
	}
	vt, ok1 := tc.TypeText(t)
	tt, ok2 := tc.TypeText(target)
	if !ok1 || !ok2 {
		return nil, false
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()),
		fmt.Sprintf("func(gopadV %s) %s { if gopadV == nil { %s }; return gopadV }(", vt, tt, tc.keptNil(target, vt, tt)), ")"), true
}

// loopConversion reports whether c converts, in a loop, a value of a
// cell's type with methods to an interface. yaegi keeps such a value in an
// interface of the cells, an interface literal or an empty interface with
// the frame slot of the expression that made it: every &T{i} a loop
// appended to a []Shape or a []any pointed to the last one.
func (tc *Types) loopConversion(c conversion) bool {
	t := tc.Info.Types[c.expr].Type
	if !c.inLoop || t == nil || types.IsInterface(t) {
		return false
	}
	return types.NewMethodSet(t).Len() > 0 || types.NewMethodSet(types.NewPointer(t)).Len() > 0 || tc.autoKept(t)
}

// typedNil is what a nil pointer of type valueType (written vt) converted to target becomes: a
// typed nil error or fmt.Stringer of package stdlib, which yaegi's
// assertions see as its wrappers and find the nil pointer in; a refusal for
// other interfaces, where yaegi would make a nil interface of it.
func (tc *Types) typedNil(target, valueType types.Type, vt, tt string) string {
	if _, ptr := valueType.(*types.Pointer); !ptr {
		return tc.keptNil(target, vt, tt)
	}
	method, ctor := "", ""
	if target == types.Universe.Lookup("error").Type() {
		method, ctor = "Error", "NilError"
	} else if nilMadeByGopad(target) {
		method, ctor = "String", "NilStringer"
	}
	if method != "" {
		// (in a one-element slice: yaegi hands compiled code a nil pointer
		// as a nil interface, without its type; a pointer to a type that is
		// no struct runs as one to its underlying type, so its name goes
		// along)
		name := ""
		if p, ok := valueType.(*types.Pointer); ok && !isStruct(p.Elem()) {
			if n, ok := tc.goTypeName(p); ok {
				ctor, name = ctor+"Named", strconv.Quote(n)+", "
			}
		}
		return "return gopadBuiltin." + ctor + "(" + name + "gopadBuiltin.Bare([]" + vt + "{gopadV}), func() string { return gopadV." + method + "() })"
	}
	msg := strconv.Quote(fmt.Sprintf("gopad: a nil %s converted to the interface %s: Go keeps its type (the interface is not nil), "+
		"gopad cannot (it would compare equal to nil); use an untyped nil for no value (if p == nil { return nil })", goSpelling(vt), tt))
	return "panic(" + msg + ")"
}

// keptNil is what a nil value of a cell's slice, map, func or channel type
// (written vt, a type keptTypes gave a GopadSelf) converted to target
// becomes: the value goes to target through an interface literal with
// target's methods and GopadSelf. yaegi wraps a value of an interpreted
// interface for a compiled one even when the value it holds is nil (it
// made a nil interface of the bare value: a nil byLen was a nil
// sort.Interface, sort.Sort(c) crashed, a nil MultiError returned as an
// error compared equal to nil), and its GopadSelf gives assertions, type
// switches and %T the type back. Where target's methods cannot be
// spelled in the chunk, a refusal.
func (tc *Types) keptNil(target types.Type, vt, tt string) string {
	if lit, ok := tc.selfIfaceLiteral(target); ok {
		return "var gopadI " + lit + " = gopadV; return gopadI"
	}
	msg := strconv.Quote(fmt.Sprintf("gopad: a nil %s converted to the interface %s: Go keeps its type (the interface is not nil), "+
		"gopad cannot here (it would compare equal to nil); use an empty value (%s{}) or an untyped nil for no value", goSpelling(vt), tt, vt))
	return "panic(" + msg + ")"
}

// selfIfaceLiteral spells an interface literal with the methods of the
// interface target and GopadSelf() any, for the chunk; false when a
// method's signature cannot be spelled there.
func (tc *Types) selfIfaceLiteral(target types.Type) (string, bool) {
	it, ok := target.Underlying().(*types.Interface)
	if !ok {
		return "", false
	}
	var b strings.Builder
	b.WriteString("interface{ ")
	for i := range it.NumMethods() {
		m := it.Method(i)
		sig, ok := tc.TypeText(m.Type())
		if !ok || !strings.HasPrefix(sig, "func(") {
			return "", false
		}
		b.WriteString(m.Name() + strings.TrimPrefix(sig, "func") + "; ")
	}
	b.WriteString(SelfMethod + "() any }")
	return b.String(), true
}

// cellValued reports whether e's value may be a cell's: e has a type of the
// cells (or a pointer to one) that is no interface, or an interface of the
// cells or an interface literal. A nil, a type, or a value of a generic
// type are not.
func (tc *Types) cellValued(e ast.Expr) bool {
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Type == nil || tv.IsNil() || tv.IsType() || mentionsTypeParam(tv.Type) {
		return false
	}
	if types.IsInterface(tv.Type) {
		return !empty(tv.Type) && !tc.compiledInterface(tv.Type)
	}
	return tc.ownType(tv.Type)
}

// needsOwnFrame reports whether the conversion c must run in a function
// literal of its own (see ifaceConverts).
func (tc *Types) needsOwnFrame(c conversion) bool {
	switch {
	case c.inLoop || c.kind == convSend || c.kind == convTyped || c.kind == convExplicit:
		return true
	}
	switch e := ast.Unparen(c.expr).(type) {
	case *ast.CompositeLit, *ast.BasicLit, *ast.FuncLit:
		return false
	case *ast.UnaryExpr:
		return e.Op != token.AND
	case *ast.CallExpr:
		// A call's result passed to an interpreted function loses the
		// wrapper; a conversion's result is as fresh as a literal.
		fun := tc.Info.Types[e.Fun]
		return c.kind == convArg && !fun.IsType() && !fun.IsBuiltin()
	}
	return true // a variable, field, element or dereference
}

// guardCall calls guard with the arguments of a call or conversion
// and the types they take.
func (tc *Types) guardCall(call *ast.CallExpr, guard func(ast.Expr, types.Type)) {
	fun, ok := tc.Info.Types[call.Fun]
	if !ok {
		return
	}
	if fun.IsType() {
		if len(call.Args) == 1 {
			guard(call.Args[0], fun.Type)
		}
		return
	}
	sig, ok := fun.Type.Underlying().(*types.Signature)
	if !ok || call.Ellipsis.IsValid() || tc.compiledFunc(call.Fun) {
		return
	}
	for i, a := range call.Args {
		switch {
		case sig.Variadic() && i >= sig.Params().Len()-1:
			if s, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice); ok {
				guard(a, s.Elem())
			}
		case i < sig.Params().Len():
			guard(a, sig.Params().At(i).Type())
		}
	}
}

// guardElems calls guard with the elements of a composite literal and
// the types they take.
func (tc *Types) guardElems(lit *ast.CompositeLit, guard func(ast.Expr, types.Type)) {
	tv, ok := tc.Info.Types[lit]
	if !ok {
		return
	}
	t := tv.Type.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	for i, el := range lit.Elts {
		kv, keyed := el.(*ast.KeyValueExpr)
		switch t := t.(type) {
		case *types.Slice:
			if keyed {
				el = kv.Value
			}
			guard(el, t.Elem())
		case *types.Array:
			if keyed {
				el = kv.Value
			}
			guard(el, t.Elem())
		case *types.Map:
			if keyed {
				guard(kv.Key, t.Key())
				guard(kv.Value, t.Elem())
			}
		case *types.Struct:
			if !keyed && i < t.NumFields() {
				guard(el, t.Field(i).Type())
			} else if keyed {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := tc.Info.Uses[id].(*types.Var); ok {
						guard(kv.Value, f.Type())
					}
				}
			}
		}
	}
}

// losesTypedNil reports whether yaegi would turn e, when nil, into a nil
// interface of type target: e has a nilable type of the cells' own, which
// yaegi wraps to meet a compiled interface with methods, and e may be nil.
func (tc *Types) losesTypedNil(e ast.Expr, target types.Type) bool {
	iface, ok := target.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	// error, or a compiled package's interface; the cells' own interfaces
	// and interface literals keep the typed nil.
	named, ok := target.(*types.Named)
	compiled := target == types.Universe.Lookup("error").Type() ||
		ok && named.Obj().Pkg() != nil && named.Obj().Pkg() != tc.Pkg
	if !compiled {
		return false
	}
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Type == nil || tv.IsNil() || tv.IsType() {
		return false
	}
	// Pointers to the cells' struct types: the value guarded is a call's
	// result, which yaegi fails to wrap for other types (a *[]T for
	// heap.Interface). For error and fmt.Stringer, whose typed nil gopad
	// makes itself (typedNil), pointers to the cells' other types too (a
	// nil *Code of type Code int returned as an error).
	if tc.keptNilable(tv.Type) {
		return !tc.neverNil(e)
	}
	p, ok := tv.Type.(*types.Pointer)
	if !ok || !tc.ownType(p) {
		return false
	}
	if !isStruct(p.Elem()) && !nilMadeByGopad(target) {
		return false
	}
	return !cannotBeNil(ast.Unparen(e))
}

// keptNilable reports whether t is a cell's defined slice, map, func or
// channel type that keptTypes gives a GopadSelf (see keptNil).
func (tc *Types) keptNilable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Slice, *types.Map, *types.Signature, *types.Chan:
		return tc.autoKept(t)
	}
	return false
}

// isStruct reports whether t's underlying type is a struct.
func isStruct(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// nilMadeByGopad reports whether target is error or fmt.Stringer, the
// interfaces whose typed nil typedNil makes.
func nilMadeByGopad(target types.Type) bool {
	if target == types.Universe.Lookup("error").Type() {
		return true
	}
	n, ok := target.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "Stringer"
}

// ownType reports whether t is a named type of the cells, or a pointer to one.
func (tc *Types) ownType(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	return ok && named.Obj().Pkg() == tc.Pkg
}

// neverNil is cannotBeNil that also knows from the types a declared
// function, and a conversion of a value that is never nil (appHandler(page)).
func (tc *Types) neverNil(e ast.Expr) bool {
	e = ast.Unparen(e)
	if cannotBeNil(e) {
		return true
	}
	switch e := e.(type) {
	case *ast.Ident:
		_, fn := tc.Info.Uses[e].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		_, fn := tc.Info.Uses[e.Sel].(*types.Func)
		return fn
	case *ast.CallExpr:
		return tc.Info.Types[e.Fun].IsType() && len(e.Args) == 1 && tc.neverNil(e.Args[0])
	}
	return false
}

// cannotBeNil reports whether e is an expression whose value is never nil.
func cannotBeNil(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.UnaryExpr:
		return e.Op == token.AND
	case *ast.CompositeLit, *ast.FuncLit:
		return true
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); ok && (id.Name == "new" || id.Name == "make") {
			return true
		}
	}
	return false
}

// goSpelling spells a type of the cells as Go prints it (*main.T).
func goSpelling(t string) string {
	i := strings.IndexFunc(t, func(r rune) bool { return r != '*' && r != '[' && r != ']' })
	if i < 0 || strings.ContainsAny(t[i:], ".([{ ") {
		return t
	}
	return t[:i] + "main." + t[i:]
}

// compiledFunc reports whether fun names a function or method of a
// compiled package (whose arguments other passes rewrite).
func (tc *Types) compiledFunc(fun ast.Expr) bool {
	id := funcIdent(fun)
	if id == nil {
		return false
	}
	obj := tc.Info.Uses[id]
	return obj != nil && obj.Pkg() != nil && obj.Pkg() != tc.Pkg
}

// funcIdent is the name a call's fun ends with (f, x.f), or nil.
func funcIdent(fun ast.Expr) *ast.Ident {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	}
	return nil
}

// freshCallArg converts a, the result of a call of a function or method
// of the cells whose type is a cell's (not an interface), to target, a
// compiled interface with methods, in a function literal: yaegi hands a
// compiled function such a result without the wrapper that gives it the
// methods, and reflect refuses the call ("reflect: Call using *struct
// {...} as type error" for errors.Is(err, NewErr(...)), io.ReadAll(newR()),
// sort.Sort(byAge(...)) made by a function):
//
//	errors.Is(err, New(Conflict, ""))  →  errors.Is(err, func() error { return New(Conflict, "") }())
func (tc *Types) freshCallArg(a ast.Expr, target types.Type) ([]source.Edit, bool) {
	call, ok := ast.Unparen(a).(*ast.CallExpr)
	if !ok || !tc.compiledInterface(target) {
		return nil, false
	}
	if fun := tc.Info.Types[call.Fun]; fun.IsType() || fun.IsBuiltin() || tc.compiledFunc(call.Fun) {
		return nil, false
	}
	t := tc.Info.Types[a].Type
	if t == nil || types.IsInterface(t) || !mentionsPackage(t, tc.Pkg) {
		return nil, false
	}
	tt, ok := tc.TypeText(target)
	if !ok {
		return nil, false
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "func() "+tt+" { return ", " }()"), true
}

// compiledFieldValues are the values assigned to interface fields of
// compiled structs (a ring's Value) that anyConversions assigns to an
// empty interface first: its literal is fresh at each call, and a
// wrapper of the value's own type around it failed in a loop ("reflect:
// Call using interface {} as type int").
func (tc *Types) compiledFieldValues() map[ast.Expr]bool {
	out := map[ast.Expr]bool{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, l := range as.Lhs {
			if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && tc.compiledField(sel) && tc.boxedBare(tc.Info.Types[as.Rhs[i]].Type) {
				out[as.Rhs[i]] = true
			}
		}
		return true
	})
	return out
}
