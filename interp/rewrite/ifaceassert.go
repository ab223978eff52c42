package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var ifaceAssertPass = Pass{
	Name: "ifaceAssert",
	Wants: func(u *Unit) bool {
		s := u.sights()
		// Also an assertion to error or to a package's type: one to an
		// interface must test for nil (nilassert.go).
		return s.litAsserts || s.asserts && (u.dynamicNames() || s.errorNamed ||
			u.selects(func(s sel, path string) bool { return path != "" && !s.called }))
	},
	Run: func(u *Unit) []source.Edit { return u.Types.wrappedAsserts() },
}

// wrappedAsserts rewrites type assertions to an interface of a value held
// in a compiled interface with methods (error, fmt.Stringer...) or in an
// empty one. yaegi keeps a cell's value in a compiled interface in a
// wrapper that has only that interface's methods, so s.(error) of a
// fmt.Stringer holding a cell type that also has Error fails; and a value
// that came back from compiled code in an any (recover's) has lost its
// methods, so r.(error) fails. The rewrite tries the cells' types that implement both,
// each asserted (which yaegi finds in the wrapper) and converted:
//
//	e, ok := s.(error)  →  e, ok := func(gopadX fmt.Stringer) (error, bool) { if r, ok := gopadX.(error); ok { return r, true }; if r, ok := gopadX.(*pe); ok { return r, true }; ...; var z error; return z, false }(s)
//
// A struct value (not a pointer) loses its type in the wrapper: when the
// assertion fails, the assertions are made again on the value the wrapper
// stands for (gopadBuiltin.Self, see selfmethods.go); when that cannot be
// had, and the value is such a one, the rewrite panics with the limit and
// its workaround rather than answer false; so does a failed assertion to a
// cell's struct type.
func (tc *Types) wrappedAsserts() []source.Edit {
	var edits []source.Edit
	commaOK := map[*ast.TypeAssertExpr]bool{}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				if ta, ok := ast.Unparen(n.Rhs[0]).(*ast.TypeAssertExpr); ok {
					commaOK[ta] = true
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == 2 && len(n.Values) == 1 {
				if ta, ok := ast.Unparen(n.Values[0]).(*ast.TypeAssertExpr); ok {
					commaOK[ta] = true
				}
			}
		case *ast.TypeAssertExpr:
			if e, ok := tc.wrappedAssert(n, commaOK[n]); ok {
				edits = append(edits, e...)
			} else if e, ok := tc.globalAnyAssert(n, commaOK[n]); ok {
				edits = append(edits, e...)
			} else if e, ok := tc.cellToCompiledAssert(n, commaOK[n]); ok {
				edits = append(edits, e...)
			} else if e, ok := tc.cellToCellAssert(n, commaOK[n]); ok {
				edits = append(edits, e...)
			} else if e, ok := tc.concreteAssert(n, commaOK[n]); ok {
				edits = append(edits, e...)
			} else if n.Type != nil && !tc.emptyTarget(n) {
				if twin, ok := tc.literalTwin(tc.Info.Types[n.Type].Type); ok {
					edits = append(edits, source.Edit{From: tc.Off(n.Type.Pos()), To: tc.Off(n.Type.End()), Text: twin})
				}
			}
		}
		return true
	})
	return edits
}

func (tc *Types) wrappedAssert(ta *ast.TypeAssertExpr, commaOK bool) ([]source.Edit, bool) {
	if ta.Type == nil || tc.emptyTarget(ta) {
		return nil, false // a type switch's guard; an empty interface (anyassert.go)
	}
	if _, ok := tc.cellIfaceFromAny(ta); ok {
		return nil, false // anyiface.go
	}
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	if src == nil || target == nil {
		return nil, false
	}
	// An any asserted to a cell's interface: yaegi decides it, unless the
	// value came back from compiled code (a container/list element, a
	// sync.Map value, reflect.New's) without its interpreted type.
	cellIface := empty(src) && tc.cellInterface(target)
	if !tc.compiledInterface(src) && !(empty(src) && tc.compiledInterface(target)) && !cellIface {
		return nil, false
	}
	from := src.Underlying().(*types.Interface)
	to, isIface := target.Underlying().(*types.Interface)
	if isIface && !empty(src) && types.Implements(src, to) {
		return tc.implementedAssert(ta, src, target, commaOK)
	}
	if !isIface && (empty(src) || !tc.lostInWrapper(target)) {
		return nil, false // yaegi finds pointers in the wrapper
	}
	st, ok1 := tc.TypeText(src)
	tt, ok2 := tc.TypeText(target)
	first := tt // the assertion that finds compiled values
	if twin, ok := tc.literalTwin(target); ok {
		first = twin // ifaceliteral.go
	}
	if !ok1 || !ok2 {
		return nil, false
	}
	var tries []string
	refuse := "" // a bare value no assertion can decide
	miss := ""   // a compiled value yaegi's assertion misses
	if isIface {
		tries, refuse = tc.ifaceTries(ta, from, to, tt, empty(src), cellIface, tc.compiledInterface(src))
		miss = tc.compiledMiss("gopadX", target, tc.code(ta))
		if len(tries) == 0 && refuse == "" && miss == "" {
			return nil, false
		}
	}
	limit := strconv.Quote("gopad cannot decide " + tc.code(ta) + " here: the value is a cell type's struct value inside " + st +
		", where it loses its type (yaegi keeps only " + st + "'s methods). Workaround: give the type pointer receivers and store a pointer (&T{...})")
	firstTry := "if r, ok := gopadX.(" + first + "); ok { return r, true }; "
	if cellIface || empty(src) {
		// The cells' struct types first: yaegi cannot assign the result of
		// its own assertion to a cell's interface to a blank identifier
		// (_, ok = ... fails with "reflect.Set: value of type interface {}
		// is not assignable"), but it can one converted from a struct type;
		// and its assertion of a cell's value in an any to a compiled
		// interface answers true with a broken value (s, ok :=
		// e.(fmt.Stringer) printed <nil> or a panic of String).
		tries, firstTry = append(tries, tc.lateAssert(ta, "gopadX", target, "return r, r != nil"), firstTry), "" // fmtlate.go
	}
	again := ""
	if !empty(src) {
		again = selfTries(tt, isIface, tries)
	}
	lost := ""
	if empty(src) || !selfFamily(src) || isIface && tc.mayLoseStruct(nil) || !isIface && tc.mayLoseStruct(target) {
		lost = "if gopadBuiltin.Opaque(gopadX) { panic(" + limit + ") }; "
	}
	body := firstTry + strings.Join(tries, "") + refuse + again + lost + miss + "var z " + tt + "; return z, false"
	return tc.assertLiteral(ta, st, tt, body, isIface, commaOK), true
}

// implementedAssert rewrites ta, an assertion of src to an interface it
// implements (err.(interface{ Error() string })): every value of src has
// the methods, and yaegi's assertion of a compiled value to an interface
// literal or a cell's interface answered false.
func (tc *Types) implementedAssert(ta *ast.TypeAssertExpr, src, target types.Type, commaOK bool) ([]source.Edit, bool) {
	st, ok1 := tc.TypeText(src)
	tt, ok2 := tc.TypeText(target)
	if !ok1 || !ok2 {
		return nil, false
	}
	return tc.assertLiteral(ta, st, tt, "return gopadX, true", true, commaOK), true
}

// ifaceTries are the assertions to the cells' types that implement both
// from and to, for an assertion ta to the interface to (tt), and the
// refusal of a bare field-less value; fromAny: the source is an empty
// interface, cellIface: to is a cell's interface, compiled: the source is
// a compiled package's interface (error).
func (tc *Types) ifaceTries(ta *ast.TypeAssertExpr, from, to *types.Interface, tt string, fromAny, cellIface, compiled bool) (tries []string, refuse string) {
	cands := tc.implementers(from, to, fromAny)
	if cellIface {
		cands = tc.taggedImplementers(to)
	}
	need := tc.promotedTries(from)
	empties := 0
	for _, c := range cands {
		if _, ok := tc.emptyHolder(c); ok {
			empties++
		}
	}
	for _, c := range cands {
		if args, ok := tc.emptyHolder(c); ok && (compiled || empties > 1) {
			// yaegi's assertion takes any field-less struct for c (in
			// an error, also one that is no candidate): decided by c's
			// name (fieldless.go in gopadrt).
			tries = append(tries, "if gopadBuiltin.EmptyIs("+args+", gopadX, "+tc.switchTest("gopadX", c)+") { return *new("+c+"), true }; ")
			continue
		}
		tries = append(tries, "if r, ok := "+tryOperand("gopadX", c, need)+".("+c+"); ok"+tc.twinGuardText("gopadX", c)+" { return r, true }; ")
	}
	if no := pointerOnly("gopadX", cands, "var z "+tt+"; return z, false"); fromAny && no != "" {
		tries = append(tries, no)
	}
	if cellIface && tc.fieldlessImplementer(to) {
		refuse = "if gopadBuiltin.BareFieldless(gopadX) { panic(" + strconv.Quote(fieldlessLimit(tc.code(ta))) + ") }; "
	}
	return tries, refuse
}

// selfTries decides an assertion to tt again on the value a wrapper stands
// for, when the cell's struct type has the GopadSelf method
// (selfmethods.go): the value yaegi's wrapper holds is then one of the
// struct's fields, which no assertion finds. tries are the assertions to
// the cells' implementing types, for an interface target.
func selfTries(tt string, isIface bool, tries []string) string {
	again := "if r, ok := gopadS.(" + tt + "); ok { return r, true }; "
	if isIface {
		// gopadS is an any: a try that converts gopadX to one first
		// (any(gopadX).(file)) asserts it as it is.
		again = strings.NewReplacer("any(gopadX).(", "gopadS.(", "gopadX.(", "gopadS.(").Replace(strings.Join(tries, ""))
	}
	if again == "" {
		return ""
	}
	return "if gopadS, ok := gopadBuiltin.Self(gopadX); ok { " + again + "var z " + tt + "; return z, false }; "
}

// assertLiteral wraps the assertion ta in a function literal of one
// parameter gopadX (of type st) whose body decides it (returning the
// value as tt and ok); with nilGuard a nil gopadX answers false first (yaegi's
// assertion of a nil one to an interface panics, nilassert.go). The
// single-valued form panics as Go's does when the assertion fails.
func (tc *Types) assertLiteral(ta *ast.TypeAssertExpr, st, tt, body string, nilGuard, commaOK bool) []source.Edit {
	guard := ""
	if nilGuard {
		guard = "if gopadX == nil { var z " + tt + "; return z, false }; "
	}
	open := "func(gopadX " + st + ") (" + tt + ", bool) { " + guard + body + " }("
	if !commaOK {
		if nilGuard {
			guard = "if gopadX == nil { panic(gopadBuiltin.NilAssert(" + strconv.Quote(tc.runtimeTypeName(ta.Type)) + ")) }; "
		}
		fail := tc.concreteFailPanic(ta, tt)
		if p, ok := tc.failedAssertPanic(ta, "gopadX"); ok {
			fail = p
		}
		open = "func(gopadX " + st + ") " + tt + " { " + guard + "if r, ok := func() (" + tt + ", bool) { " + body + " }(); ok { return r }; " + fail + " }("
	}
	return []source.Edit{
		{From: tc.Off(ta.Pos()), To: tc.Off(ta.X.Pos()), Text: open, Order: 1},
		{From: tc.Off(ta.X.End()), To: tc.Off(ta.End()), Text: ")", Order: -1},
	}
}

// failedAssertPanic is the statement that panics, as Go does, when the
// single-valued assertion ta of the value v to an interface type with
// methods fails: yaegi's own assertion of a cell's value held in an
// interface with methods to an interface it does not implement (sh.(fmt.Stringer)
// of a Shape) answered the zero value and went on. false when ta's type
// is not such an interface.
func (tc *Types) failedAssertPanic(ta *ast.TypeAssertExpr, v string) (string, bool) {
	target := tc.Info.Types[ta.Type].Type
	if target == nil {
		return "", false
	}
	if _, ok := target.(*types.TypeParam); ok {
		return "", false
	}
	to, ok := target.Underlying().(*types.Interface)
	if !ok || to.NumMethods() == 0 {
		return "", false
	}
	return tc.failedAssertCall(v, tc.Info.Types[ta.X].Type, tc.runtimeTypeName(ta.Type), to), true
}

// concreteFailPanic is the statement that panics when the single-valued
// assertion ta to the concrete type tt failed: Go's message, naming the
// value's type, where ta's operand is of a compiled interface (yaegi's
// own read "float64 is not main.Point: missing method " for a Temp in a
// fmt.Stringer); yaegi's panic otherwise.
func (tc *Types) concreteFailPanic(ta *ast.TypeAssertExpr, tt string) string {
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	sn, ok1 := tc.goTypeName(src)
	tn, ok2 := tc.goTypeName(target)
	if src == nil || target == nil || types.IsInterface(target) || !tc.compiledInterface(src) || !ok1 || !ok2 {
		return "return gopadX.(" + tt + ")"
	}
	return "panic(gopadBuiltin.EmptyAssert(gopadX, " + strconv.Quote(sn) + ", " + strconv.Quote(tn) + "))"
}

// failedAssertCall is the panic of a failed assertion of v, of type src,
// to the interface to, named target. v goes through gopadBuiltin.Bare:
// yaegi hands a compiled function a cell's value in an any as its own
// pairing (interp.valueInterface), whose type the message would name.
// A value of the cells' types that yaegi holds as its underlying value
// (type Port int) is told apart first, in interpreted code
// (bareNamedMisses): the message named int for it.
func (tc *Types) failedAssertCall(v string, src types.Type, target string, to *types.Interface) string {
	return tc.bareNamedMisses(v, src, target, to) + "panic(gopadBuiltin.FailedAssert(gopadBuiltin.Bare(" + v + "), " + strconv.Quote(target) + ", " +
		strconv.Quote(methodNames(to)) + ", " + strconv.Quote(tc.missingMethods(to)) + "))"
}

// bareNamedMisses are the statements that panic with Go's message for a
// value of a cell's type that is neither a struct nor an interface (type
// Port int, type Ports []int), which src may hold and which does not
// implement to, named target.
func (tc *Types) bareNamedMisses(v string, src types.Type, target string, to *types.Interface) string {
	if src == nil || !types.IsInterface(src) {
		return ""
	}
	var b strings.Builder
	for _, n := range tc.cellTypesWhere(func(n *types.Named) bool {
		switch n.Underlying().(type) {
		case *types.Struct, *types.Interface:
			return false
		}
		return n.TypeParams().Len() == 0
	}) {
		m, _ := types.MissingMethod(n, to, true)
		text, ok1 := tc.TypeText(n)
		name, ok2 := tc.goTypeName(n)
		if m == nil || !ok1 || !ok2 || !types.AssignableTo(n, src) {
			continue
		}
		msg := "interface conversion: " + name + " is not " + target + ": missing method " + m.Name()
		b.WriteString("if _, ok := " + tc.assertOperand(v, src, n) + ".(" + text + "); ok" + tc.identityTryOf(v, n, text, false) +
			" { panic(gopadBuiltin.AssertText(" + strconv.Quote(msg) + ")) }; ")
	}
	return b.String()
}

// compiledInterface reports whether t is error or an interface with
// methods declared in a compiled package (where yaegi wraps the cells'
// values).
func (tc *Types) compiledInterface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return false
	}
	if t == types.Universe.Lookup("error").Type() {
		return true
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != tc.Pkg
}

// implementers are the cells' types, and pointers to them, that implement
// both interfaces, as the chunk writes them.
func (tc *Types) implementers(a, b *types.Interface, structsOnly bool) []string {
	var out []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || name == "_" {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, st := tn.Type().Underlying().(*types.Struct); !st && structsOnly {
			continue // yaegi's assertion from any takes an int for a type ID int
		}
		for _, ct := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if types.Implements(ct, a) && types.Implements(ct, b) {
				if text, ok := tc.TypeText(ct); ok {
					out = append(out, text)
				}
			}
		}
	}
	return out
}

// cellInterface reports whether t is an interface type with methods that
// the cells declared.
func (tc *Types) cellInterface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg {
		return false
	}
	it, ok := n.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0
}

// taggedImplementers are the cells' struct types with fields, and pointers
// to them, that implement to, as the chunk writes them: a bare value of
// one of them has a run-time type of its own (structtags.go), so an
// assertion to it cannot take one type for another.
func (tc *Types) taggedImplementers(to *types.Interface) []string {
	var out []string
	for _, n := range tc.cellNamedTypes() {
		if st, ok := n.Underlying().(*types.Struct); !ok || st.NumFields() == 0 {
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(ct, to) {
				if text, ok := tc.TypeText(ct); ok {
					out = append(out, text)
				}
			}
		}
	}
	return out
}

// fieldlessImplementer reports whether a cells' struct type without fields
// (or a pointer to one) implements to.
func (tc *Types) fieldlessImplementer(to *types.Interface) bool {
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); !ok || st.NumFields() > 0 {
			continue
		}
		if types.Implements(tn.Type(), to) || types.Implements(types.NewPointer(tn.Type()), to) {
			return true
		}
	}
	return false
}

// fieldlessLimit explains why gopad cannot decide assertion for a bare
// value of a struct type without fields.
func fieldlessLimit(assertion string) string {
	return "gopad cannot decide " + assertion + " here: the value came back from compiled code (reflect.New, " +
		"a container/list element, a sync.Map value) as a struct type without fields, which yaegi cannot tell " +
		"from the cells' other such types. Workaround: give the type a field (type T struct{ id int })"
}

// cellInterfaceCase is the test of a type switch case of a cell's
// interface type over v, an any: as wrappedAssert does for an assertion,
// it tries the cells' struct types too, for a value that came back from
// compiled code without its interpreted type.
func (tc *Types) cellInterfaceCase(v string, e ast.Expr) string {
	to := tc.Info.Types[e].Type.Underlying().(*types.Interface)
	impls := tc.taggedImplementers(to)
	var b strings.Builder
	b.WriteString("func() bool { " + pointerOnly(v, impls, "return false"))
	b.WriteString("if _, ok := " + v + ".(" + tc.code(e) + "); ok { return true }; ")
	for _, c := range impls {
		b.WriteString("if _, ok := " + v + ".(" + c + "); ok { return true }; ")
	}
	if tc.fieldlessImplementer(to) {
		b.WriteString("if gopadBuiltin.BareFieldless(" + v + ") { panic(" + strconv.Quote(fieldlessLimit("case "+tc.code(e))) + ") }; ")
	}
	b.WriteString("return false }()")
	return b.String()
}
