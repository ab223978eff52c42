package rewrite

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var typeSwitchPass = Pass{
	Name:  "typeSwitch",
	Wants: func(u *Unit) bool { return u.sights().typeSwitches },
	Run:   func(u *Unit) []source.Edit { return u.Types.typeSwitches() },
}

// typeSwitches rewrites the type switches yaegi decides wrongly into
// expression switches over comma-ok type assertions, which it decides
// right:
//
//	switch x := err.(type) {          switch gopadTS := err; {
//	case *MyErr:                  →   case func() bool { _, ok := gopadTS.(*MyErr); return ok }(): x, _ := gopadTS.(*MyErr); _ = x
//	default:                          default: x := gopadTS; _ = x
//	}                                 }
//
// yaegi's type switch compares the dynamic type by its run-time name, so a
// case of an interface type (case fmt.Stringer, case error) misses the
// cells' types, and every case misses the values of the cells' types held
// in a non-empty interface such as error (there they sit inside a wrapper
// struct). An expression switch keeps the order of the cases, default
// last, and what break means. Switches with an init statement are left as
// they are.
func (tc *Types) typeSwitches() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSwitchStmt); ok && ts.Init == nil {
			edits = append(edits, tc.typeSwitch(ts)...)
		}
		return true
	})
	return edits
}

func (tc *Types) typeSwitch(ts *ast.TypeSwitchStmt) []source.Edit {
	var bound string
	var guard *ast.TypeAssertExpr
	switch a := ts.Assign.(type) {
	case *ast.AssignStmt:
		if len(a.Lhs) != 1 || len(a.Rhs) != 1 {
			return nil
		}
		id, _ := a.Lhs[0].(*ast.Ident)
		guard, _ = a.Rhs[0].(*ast.TypeAssertExpr)
		if id == nil || guard == nil {
			return nil
		}
		bound = id.Name
	case *ast.ExprStmt:
		guard, _ = a.X.(*ast.TypeAssertExpr)
		if guard == nil {
			return nil
		}
	default:
		return nil
	}
	rebox := ""
	if empty(tc.Info.Types[guard.X].Type) && tc.staticDynamic(guard.X) == nil {
		rebox = tc.selfRebox(tc.caseTypes(ts)) // selfrebox.go
	}
	if !tc.needsSwitchRewrite(ts, guard) && rebox == "" {
		return tc.boundGuard(ts)
	}
	const v = "gopadTS"
	// The guard's operand stays in place (other passes may edit it): the
	// text before and after it is replaced.
	edits := []source.Edit{
		{From: tc.Off(ts.Assign.Pos()), To: tc.Off(guard.X.Pos()), Text: v + " := " + rebox},
		{From: tc.Off(guard.X.End()), To: tc.Off(ts.Assign.End()), Text: closing(rebox) + ";"},
	}
	static := tc.staticDynamic(guard.X)
	fromAny := static == nil && empty(tc.Info.Types[guard.X].Type)
	bare := tc.bareCases(ts)
	wrapped := static == nil && tc.compiledInterface(tc.Info.Types[guard.X].Type)
	for _, s := range ts.Body.List {
		cc := s.(*ast.CaseClause)
		if cc.List != nil {
			var tests []string
			for _, e := range cc.List {
				test := tc.caseTest(tc.promotedOperand(v, guard.X, e), e, tc.Info.Types[guard.X].Type, static, fromAny, wrapped, selfFamily(tc.Info.Types[guard.X].Type))
				if fromAny && tc.cellInterface(tc.Info.Types[e].Type) {
					test = tc.cellInterfaceCase(v, e) // ifaceassert.go
				}
				xt := tc.Info.Types[guard.X].Type
				tests = append(tests, tc.identityCase(v, e, xt, fromAny, static == nil && tc.compiledInterface(xt), test, bare))
			}
			edits = append(edits, source.Edit{From: tc.Off(cc.Case), To: tc.Off(cc.Colon), Text: "case " + strings.Join(tests, " || ")})
		}
		if bound == "" {
			continue
		}
		bind := " " + bound + " := " + v + ";"
		if len(cc.List) == 1 && !tc.Info.Types[cc.List[0]].IsNil() {
			bind = " " + bound + " := " + tc.asserted(tc.promotedOperand(v, guard.X, cc.List[0]), cc.List[0], tc.Info.Types[guard.X].Type, wrapped) + ";"
		}
		at := tc.Off(cc.Colon) + 1
		edits = append(edits, source.Edit{From: at, To: at, Text: bind + " _ = " + bound + ";"})
	}
	return edits
}

// caseTest is the test of case e of a type switch over v, of type src.
// static is the dynamic type of v when the guard is a conversion of a value
// whose type is not an interface (any(v) in a copy of a generic function):
// then the case is decided here. A case of a cell's type over a slice or a
// map on a compiled interface asks gopadBuiltin.SelfIs:
// yaegi took a compiled value of the same underlying type for it
// (sort.IntSlice for a type Ages []int in a sort.Interface).
func (tc *Types) caseTest(v string, e ast.Expr, src, static types.Type, fromAny, wrapped, selfKnown bool) string {
	test := tc.caseTestOf(v, e, src, static, fromAny, wrapped, selfKnown)
	if test == "true" || test == "false" {
		return test
	}
	if name, ok := tc.selfNamedCase(e, src, static); ok {
		return "gopadBuiltin.SelfIs(" + name + ", " + v + ", " + test + ")"
	}
	if static == nil && tc.compiledOnCompiled(tc.Info.Types[e].Type, src) {
		return "(!gopadBuiltin.CellWrapped(" + v + ") && " + test + ")"
	}
	return test
}

// compiledOnCompiled reports whether t, a case's or an assertion's type,
// is a compiled package's defined type that is no interface, and src a
// compiled interface with methods: yaegi's wrapper of a cell's value
// there (an Ages []int in a sort.Interface) passed for a sort.IntSlice,
// which a cell's value never is.
func (tc *Types) compiledOnCompiled(t, src types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && src != nil && n.Obj().Pkg() != nil && n.Obj().Pkg() != tc.Pkg && !types.IsInterface(t) &&
		tc.compiledInterface(src) && !empty(src)
}

// selfNamedCase is the quoted Go name of case e's type when it is a cell's
// defined type over a slice, a map, an array, a channel or a func, and src
// is a compiled interface with methods.
func (tc *Types) selfNamedCase(e ast.Expr, src, static types.Type) (string, bool) {
	n, ok := tc.Info.Types[e].Type.(*types.Named)
	if !ok || static != nil || src == nil || !tc.compiledInterface(src) || empty(src) ||
		n.Obj().Pkg() != tc.Pkg || n.Obj().Parent() != tc.Pkg.Scope() || n.TypeParams().Len() > 0 {
		return "", false
	}
	switch n.Underlying().(type) {
	case *types.Slice, *types.Map, *types.Array, *types.Chan, *types.Signature:
		// (one over a basic type: identityCase)
		return strconv.Quote("main." + n.Obj().Name()), true
	}
	return "", false
}

// caseTestOf is caseTest's test before the SelfIs guard.
func (tc *Types) caseTestOf(v string, e ast.Expr, src, static types.Type, fromAny, wrapped, selfKnown bool) string {
	tv := tc.Info.Types[e]
	if tv.IsNil() {
		if static != nil {
			return "false"
		}
		return v + " == nil"
	}
	if static != nil {
		if types.IsInterface(tv.Type) {
			return strconv.FormatBool(types.Implements(static, tv.Type.Underlying().(*types.Interface)))
		}
		return strconv.FormatBool(types.Identical(static, tv.Type))
	}
	if empty(tv.Type) {
		return v + " != nil" // yaegi's assertion to an empty interface fails (anyassert.go)
	}
	assert := "func() bool { _, ok := " + v + ".(" + tc.code(e) + "); return ok }()"
	if types.IsInterface(tv.Type) {
		if it, ok := tc.cellIface(tv.Type); ok && fromAny {
			miss := tc.compiledMiss(v, tv.Type, "case "+tc.code(e))
			return strings.Replace(tc.cellIfaceTest(v, tc.code(e), it), "return false }()", miss+"return false }()", 1)
		}
		return tc.interfaceCaseTest(v, e, src, tv.Type, fromAny, wrapped)
	}
	if tc.lostInWrapper(tv.Type) {
		// The value a wrapper stands for decides, when it can be had
		// (selfmethods.go).
		lost := ""
		if !selfKnown || tc.mayLoseStruct(tv.Type) {
			lost = "if gopadBuiltin.Opaque(" + v + ") { panic(" + strconv.Quote(wrappedStructLimit(tc.code(e))) + ") }; "
		}
		return "func() bool { if _, ok := " + v + ".(" + tc.code(e) + "); ok { return true }; " +
			"if gopadS, ok := gopadBuiltin.Self(" + v + "); ok { _, ok := gopadS.(" + tc.code(e) + "); return ok }; " +
			lost + "return false }()"
	}
	if _, ok := tv.Type.(*types.Basic); ok {
		// A value of a basic type sits in an empty interface, where
		// yaegi's own switch tells an int from a cell's type Color int
		// (also one declared later) and its assertion does not.
		return tc.switchTest(v, tc.code(e))
	}
	twins := tc.twins(tv.Type)
	if len(twins) == 0 {
		return assert
	}
	// yaegi's assertion takes a Color for an int (one run-time type), its
	// own switch tells them apart when the value keeps its cell type, and
	// only then: the assertion decides unless the switch names a twin.
	test := "(" + tc.switchTest(v, tc.code(e)) + " || " + assert
	for _, t := range twins {
		test += " && !" + tc.switchTest(v, t)
	}
	return test + ")"
}

// lostInWrapper reports whether t is a cell's struct type (not a pointer)
// with fields: when such a value becomes an error or another interface of a
// compiled package, yaegi's wrapper keeps one of its fields instead of it
// (getConcreteValue), so no assertion finds it there.
func (tc *Types) lostInWrapper(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	return ok && st.NumFields() > 0
}

// wrappedStructLimit is the panic of a type switch case that gopad cannot
// decide: the value is a cell's value inside a compiled interface.
func wrappedStructLimit(typ string) string {
	return "gopad cannot decide case " + typ + " here: the value is a cell type's value inside an error or another " +
		"interface of a compiled package, and a struct value loses its identity there (yaegi keeps one of its fields). " +
		"Workaround: give " + typ + " pointer receivers and use a pointer (return &" + typ + "{...}; case *" + typ + ":)"
}

// switchTest is yaegi's own type switch of v over the one type typ.
func (tc *Types) switchTest(v, typ string) string {
	return "func() bool { switch " + v + ".(type) { case " + typ + ": return true }; return false }()"
}

// twins are the other types that have t's run-time type in yaegi: the
// cells' defined types over a type that is not a struct (type Color int),
// pointers to them, and the types they are defined over.
func (tc *Types) twins(t types.Type) []string {
	ptr := false
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = p.Elem(), true
	}
	under := t.Underlying()
	if _, ok := under.(*types.Struct); ok {
		return nil // tagged apart (structtags.go)
	}
	var twins []types.Type
	if _, named := t.(*types.Named); named {
		twins = append(twins, under)
	}
	for _, name := range tc.Pkg.Scope().Names() {
		tn, ok := tc.Pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.Identical(tn.Type(), t) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 && types.Identical(n.Underlying(), under) {
			twins = append(twins, n)
		}
	}
	var texts []string
	for _, tw := range twins {
		if ptr {
			tw = types.NewPointer(tw)
		}
		if text, ok := tc.TypeText(tw); ok {
			texts = append(texts, text)
		}
	}
	return texts
}

// staticDynamic is the type of x's operand when x converts a value whose
// type is not an interface to an interface (any(v)).
func (tc *Types) staticDynamic(x ast.Expr) types.Type {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !tc.Info.Types[call.Fun].IsType() {
		return nil
	}
	t := tc.Info.Types[call.Args[0]].Type
	if t == nil || types.IsInterface(t) || tc.Info.Types[call.Args[0]].IsNil() {
		return nil
	}
	if _, ok := t.(*types.TypeParam); ok {
		return nil
	}
	return types.Default(t)
}

// asserted is the value of v asserted to the case type e. yaegi's
// assertion of a cell's value to an interface gives a nil interface, while
// its conversion works: for an interface case, the cells' types that
// implement it are tried first, each converted. wrapped says v is a value
// of a compiled interface (error): there the cells' types are tried on the
// value yaegi's wrapper stands for (selfHeld). src is the static type of
// v, the switch's operand.
func (tc *Types) asserted(v string, e ast.Expr, src types.Type, wrapped bool) string {
	t := tc.Info.Types[e].Type
	typ := tc.code(e)
	it, ok := t.Underlying().(*types.Interface)
	if !ok && tc.lostInWrapper(t) {
		return "func() " + typ + " { if r, ok := " + v + ".(" + typ + "); ok { return r }; gopadS, _ := gopadBuiltin.Self(" + v + "); r, _ := gopadS.(" + typ + "); return r }()"
	}
	if !ok {
		return "func() " + typ + " { r, _ := " + v + ".(" + typ + "); return r }()"
	}
	if it.Empty() {
		return typ + "(" + v + ")"
	}
	held := v
	if wrapped {
		held = "gopadV"
	}
	from, _ := src.Underlying().(*types.Interface)
	if held != v || strings.HasPrefix(v, "any(") {
		from = nil // held is an empty interface
	}
	tries := tc.heldImplementerTries(v, held, it, from)
	var b strings.Builder
	b.WriteString("func() " + typ + " { ")
	if wrapped && tries != "" {
		b.WriteString(selfHeld(v))
	}
	b.WriteString(tries)
	first := typ
	if twin, ok := tc.literalTwin(t); ok {
		first = twin // compiled values implement the twin (ifaceliteral.go)
	}
	b.WriteString(tc.lateAssert(e, v, t, "if r != nil { return r }")) // fmtlate.go
	b.WriteString("r, _ := " + v + ".(" + first + "); return r }()")
	return b.String()
}

// heldImplementerTries returns held as the first of the cells' types (and
// pointers to them) that implement it, each asserted in turn. yaegi's
// assertion answers from the underlying type alone (a Kelvin held in an
// interface was taken for a Celsius, both over float64, and printed with
// Celsius's String): a type that shares its underlying type with another
// cell type is also tested with yaegi's type switch, which reads the kept
// type (a bare switch that returns the value to an interface of the cells
// panics in yaegi: reflect.Set of an interface {}). When v is yaegi's
// wrapper of the value in a compiled interface (held its bare value), the
// name its GopadSelf method gives decides (gopadBuiltin.SelfIs). A type
// that does not implement from, held's interface (nil: any), is left out:
// held cannot hold it, and the assertion would not compile (a case
// fmt.Stringer on a Shape, with a Stringer of the cells that is no Shape).
func (tc *Types) heldImplementerTries(v, held string, it, from *types.Interface) string {
	var tries strings.Builder
	for _, name := range tc.Pkg.Scope().Names() {
		tn, ok := tc.Pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			continue
		}
		for _, ct := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(ct, it) || from != nil && !types.Implements(ct, from) {
				continue
			}
			text, ok := tc.TypeText(ct)
			if !ok {
				continue
			}
			guard := tc.twinGuard(held, ct, text) // basicnamedtwins.go
			if held != v && guard != "" {
				guard = tc.twinGuard(v, ct, text)
			}
			tries.WriteString("if r, ok := " + held + ".(" + text + "); ok" + guard + " { return r }; ")
		}
	}
	return tries.String()
}

// unholdable are the struct types T of the pointers *T in impls that a
// value of the interface src cannot hold: T lacks one of src's methods
// (they have pointer receivers). A test for a bare T there is no question
// to ask: yaegi refuses the assertion of src to T as impossible
// (switch s := shape.(type) { case fmt.Stringer: } with only *Tri a
// Stringer and a Shape).
func (tc *Types) unholdable(src types.Type, impls []string) []string {
	from, ok := src.Underlying().(*types.Interface)
	if !ok || from.NumMethods() == 0 {
		return nil
	}
	held := tc.implementers(from, from, true)
	var out []string
	for _, c := range impls {
		if elem, ok := strings.CutPrefix(c, "*"); ok && !slices.Contains(held, elem) {
			out = append(out, elem)
		}
	}
	return out
}

// interfaceCaseTest is the test of a case of interface type t: an
// interface literal with a compiled twin is asserted to the twin, which
// compiled values (*os.PathError for interface{ Timeout() bool })
// implement; and an interface of a compiled package, whose assertion of
// a nil value panics in yaegi (nilassert.go), tests for nil first. In an
// empty interface (fromAny) the cells' struct types that implement t, and
// pointers to them, are asserted first: yaegi's own assertion answered
// false for a *T whose String has a value receiver (case fmt.Stringer
// took &T{} for a plain value).
func (tc *Types) interfaceCaseTest(v string, e ast.Expr, src, t types.Type, fromAny, wrapped bool) string {
	typ := tc.code(e)
	if twin, ok := tc.literalTwin(t); ok {
		typ = twin
	}
	// A nil value is no interface's; yaegi's assertion of one panics
	// (nilassert.go). It takes a value of a cell's type T for an interface
	// only *T implements.
	notValues, known := "", ""
	if it, ok := t.Underlying().(*types.Interface); ok {
		impls := tc.implementers(it, it, true)
		notValues = pointerOnly(v, append(impls, tc.unholdable(src, impls)...), "return false")
		if fromAny {
			known = tc.knownImplementerTries(v, it)
		} else if wrapped {
			known = tc.wrappedImplementerTries(v, it)
		}
	}
	late := tc.lateAssert(e, v, t, "return r != nil") // fmtlate.go
	head := "func() bool { if " + v + " == nil { return false }; " + notValues + known + late
	if miss := tc.compiledMiss(v, t, "case "+tc.code(e)); miss != "" {
		// A compiled value yaegi's assertion misses is refused.
		return head + "if _, ok := " + v + ".(" + typ + "); ok { return true }; " + miss + "return false }()"
	}
	return head + "_, ok := " + v + ".(" + typ + "); return ok }()"
}

// wrappedImplementerTries are the tests of v, a value of a compiled
// interface such as error, for the cells' types that implement it, the
// case's interface: yaegi's wrapper of a cell's value (an error holding a
// *appError) has only the compiled interface's methods, so an assertion to
// a compiled twin (interface{ Temporary() bool }, ifaceliteral.go) missed
// it, and one to a cell's interface missed a type over a basic type (an
// error holding a codeErr int was no coder). An assertion to the cell's
// type finds them.
func (tc *Types) wrappedImplementerTries(v string, it *types.Interface) string {
	impls := tc.implementers(it, it, false)
	if len(impls) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(selfHeld(v))
	for _, c := range impls {
		b.WriteString("if _, ok := gopadV.(" + c + "); ok { return true }; ")
	}
	return b.String()
}

// selfHeld declares gopadV, the value v stands for: v, or when v is
// yaegi's wrapper of a cell's value in a compiled interface, the value it
// wraps (stdlib.SelfValue). A wrapper of a struct value keeps one of its
// fields, which an assertion to another cell type over that field's type
// took for its own (an error holding valErr{1} was a codeErr(1)).
func selfHeld(v string) string {
	return "gopadV := any(" + v + "); if gopadS, ok := gopadBuiltin.Self(" + v + "); ok { gopadV = gopadS }; "
}

// needsSwitchRewrite reports whether yaegi would decide ts wrongly: a case
// names an interface type, or the guard's value has methods (a cell's value
// inside it is wrapped). Switches over type parameters are left alone.
// cellStructWithMethods reports whether t is a struct type the cells
// declared that has methods (a pointer to one too). Held in an empty
// interface from a composite literal or an element (f(Counter{2}),
// []any{c}), yaegi's type switch misses its case (it compares the
// run-time type's name, which a struct with methods does not carry there),
// where its assertion matches.
func (tc *Types) cellStructWithMethods(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.NumMethods() == 0 {
		return false
	}
	_, isStruct := n.Underlying().(*types.Struct)
	return isStruct
}

func (tc *Types) needsSwitchRewrite(ts *ast.TypeSwitchStmt, guard *ast.TypeAssertExpr) bool {
	gt := tc.Info.Types[guard.X].Type
	if gt == nil {
		return false
	}
	if _, ok := gt.(*types.TypeParam); ok {
		return false
	}
	if st := tc.staticDynamic(guard.X); st != nil && mentionsPackage(st, tc.Pkg) {
		// any(v) of a cell's type (in a copy of a generic function): the
		// cases are decided here, where yaegi would see the underlying
		// type (an ID int as an int).
		return true
	}
	need, basicNamed, lost := false, false, false
	if it, ok := gt.Underlying().(*types.Interface); ok && it.NumMethods() > 0 {
		need = true
	}
	if empty(gt) && tc.shapesCollide(ts) {
		return true // shapetwins.go
	}
	for _, s := range ts.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			tv := tc.Info.Types[e]
			if tv.IsNil() {
				continue
			}
			if tv.Type == nil {
				return false
			}
			if _, ok := tv.Type.(*types.TypeParam); ok {
				return false
			}
			if empty(tv.Type) {
				return true // yaegi's case any misses all but the cells' values
			}
			if types.IsInterface(tv.Type) || holdsInterface(tv.Type) {
				need = true
			}
			if empty(gt) && tc.cellStructWithMethods(tv.Type) {
				need = true // a literal or element held in the any misses yaegi's case
			}
			if len(tc.lostTwins(tv.Type)) > 0 || empty(gt) && tc.basicTwinArgs(tv.Type, "", false) != "" {
				need, lost = true, true
			}
			_, named := tv.Type.(*types.Named)
			if _, basic := tv.Type.Underlying().(*types.Basic); basic && named && empty(gt) {
				// From an empty interface yaegi's assertion takes a
				// float64 for a type Temp float64; its own switch may not.
				basicNamed = true
			}
		}
	}
	return need && (lost || !basicNamed)
}

// caseTypes lists the types of the type switch's cases.
func (tc *Types) caseTypes(ts *ast.TypeSwitchStmt) []types.Type {
	var out []types.Type
	for _, s := range ts.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			if t := tc.Info.Types[e].Type; t != nil {
				out = append(out, t)
			}
		}
	}
	return out
}

// closing is the ")" that ends a call that open starts, "" without one.
func closing(open string) string {
	if open == "" {
		return ""
	}
	return ")"
}

// empty reports whether t is an interface without methods.
func empty(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.NumMethods() == 0
}

// knownImplementerTries are the assertions of v, an empty interface, to the
// cells' struct types with fields (and pointers to them) that implement
// it, each answering true. Field-less struct types are left to yaegi's
// assertion, which takes one of them for another.
func (tc *Types) knownImplementerTries(v string, it *types.Interface) string {
	var b strings.Builder
	for _, n := range tc.cellStructTypes() {
		if n.Underlying().(*types.Struct).NumFields() == 0 {
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			if text, ok := tc.TypeText(ct); ok && types.Implements(ct, it) {
				b.WriteString("if _, ok := " + v + ".(" + text + "); ok { return true }; ")
			}
		}
	}
	return b.String()
}
