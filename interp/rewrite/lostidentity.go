package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// yaegi gives a cell's type no run-time type of its own when it is defined
// over a map, a slice, an array, a channel or a function (type Config
// map[string]string), or is a struct without fields (type Add struct{}):
// inside an empty interface a Config is a map[string]string and an Add is
// a Mul. An assertion or a type switch case would then answer for the
// wrong type. Where the value in the interface has that shared run-time
// type, gopad stops the cell with lostIdentityLimit instead.

var identityAssertPass = Pass{
	Name:  "identityAssert",
	Wants: func(u *Unit) bool { return u.dynamicNames() && u.sights().asserts },
	Run:   func(u *Unit) []source.Edit { return u.Types.identityAsserts() },
}

// lostTwins lists the types that share t's run-time type in yaegi and that
// it cannot tell from t inside an empty interface (t a pointer: the
// pointers to them). Types over basic types are left to the type switch
// (typeswitch.go); structs with fields are tagged apart (structtags.go).
func (tc *Types) lostTwins(t types.Type) []string {
	if t == nil || types.IsInterface(t) {
		return nil
	}
	ptr := false
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t, ptr = p.Elem(), true
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != tc.Pkg {
		return nil // a compiled type has a run-time type of its own
	}
	switch u := t.Underlying().(type) {
	case *types.Map, *types.Slice, *types.Array, *types.Chan, *types.Signature:
		if ptr {
			return nil // a *Config is a *map[string]string: rare, left alone
		}
		return tc.twins(t)
	case *types.Struct:
		if u.NumFields() > 0 {
			return nil
		}
	default:
		return nil
	}
	var twins []types.Type
	if _, named := t.(*types.Named); named {
		twins = append(twins, types.NewStruct(nil, nil))
	}
	for _, name := range tc.Pkg.Scope().Names() {
		tn, ok := tc.Pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.Identical(tn.Type(), t) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 {
			if st, ok := n.Underlying().(*types.Struct); ok && st.NumFields() == 0 {
				twins = append(twins, n)
			}
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

// lostIdentityLimit is the message of an assertion to typ that gopad
// cannot decide: the value may as well be one of twins. cell is the cell's
// type among them.
func lostIdentityLimit(typ string, twins []string, cell string) string {
	return "gopad cannot tell a " + typ + " from a " + twins[0] + " inside an interface (type assertion or type switch case " +
		typ + "): yaegi gives types defined over maps, slices, arrays, channels and funcs, and struct types without fields, " +
		"no run-time type of their own. Workaround: declare " + cell + " as a struct type with a field " +
		"(type " + cell + " struct{ ... }), or keep the value in a variable of its own type instead of an interface"
}

// identityAsserts guards the assertions x.(T) of the chunk whose answer
// yaegi's assertion gets wrong: x is an empty interface and T has lost
// twins, or T is a basic type cell types share (basictwins.go), or x is a
// non-empty interface of the cells and T a cell's type over a basic type
// (switchedOperand). The guards read x once, through a function.
func (tc *Types) identityAsserts() []source.Edit {
	var edits []source.Edit
	commaOK := CommaOKAsserts(tc.File)
	ast.Inspect(tc.File, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil || tc.Info.Types[ta.X].Type == nil || !types.IsInterface(tc.Info.Types[ta.X].Type) {
			return true
		}
		xt := tc.Info.Types[ta.X].Type
		if rebox := tc.selfRebox([]types.Type{tc.Info.Types[ta.Type].Type}); rebox != "" && empty(xt) {
			// selfrebox.go; inside the guards below (Order 0, theirs ±1)
			edits = append(edits, source.Insert(tc.Off(ta.X.Pos()), rebox), source.Insert(tc.Off(ta.X.End()), ")"))
		}
		if es, ok := tc.erasedAssert(ta, commaOK[ta]); ok {
			edits = append(edits, es...) // erasedcomposites.go
		} else if args, ok := tc.emptyArgs(tc.Info.Types[ta.Type].Type, tc.code(ta.Type)); ok && (empty(xt) || tc.compiledInterface(xt)) {
			// fieldless.go (gopadrt)
			x, typ := tc.code(ta.X), tc.code(ta.Type)
			test := "gopadBuiltin.EmptyIs(" + args + ", " + x + ", " + tc.switchTest(x, typ) + ")"
			if kept, ok := tc.keptTest(tc.Info.Types[ta.Type].Type, typ, x); ok && empty(xt) {
				test = kept
			}
			open, end := "return gopadBuiltin.EmptyNot(", ")"
			if !commaOK[ta] {
				// Go's run-time error, which recover() gives
				open, end = "panic(gopadBuiltin.EmptyAssert(", ", "+strconv.Quote(tc.ifaceName(xt))+", "+strconv.Quote(tc.runtimeTypeName(ta.Type))+"))"
			}
			edits = append(edits, source.Around(tc.Off(ta.X.Pos()), tc.Off(ta.X.End()),
				"func() any { if "+test+" { return *new("+typ+") }; "+open, end+" }()")...)
		} else if msg, ok := tc.keptAssertFamily(tc.Info.Types[ta.Type].Type, tc.code(ta.Type)); ok && empty(xt) {
			edits = append(edits, tc.onceOperand(ta, "gopadBuiltin.KeptCase("+msg+", gopadX, ", ")", commaOK[ta])...)
		} else if args, ok := tc.emptyPtrArgs(tc.Info.Types[ta.Type].Type, xt); ok {
			it, _ := tc.TypeText(xt)
			x := tc.code(ta.X)
			edits = append(edits, source.Around(tc.Off(ta.X.Pos()), tc.Off(ta.X.End()),
				"func() "+it+" { if !gopadBuiltin.EmptyPtrIs("+args+", "+x+") { return nil }; return ", " }()")...)
		} else if tc.compiledOnCompiled(tc.Info.Types[ta.Type].Type, xt) {
			// typeswitch.go
			if it, ok := tc.TypeText(xt); ok {
				edits = append(edits, source.Around(tc.Off(ta.X.Pos()), tc.Off(ta.X.End()),
					"func(gopadX "+it+") "+it+" { if gopadBuiltin.CellWrapped(gopadX) { return nil }; return gopadX }(", ")")...)
			}
		} else if name, ok := tc.basicNamed(tc.Info.Types[ta.Type].Type); ok && tc.compiledInterface(xt) {
			edits = append(edits, tc.selfAssert(ta, xt, name, commaOK[ta])...)
		} else if guard := tc.identityGuard(tc.Info.Types[ta.Type].Type, tc.code(ta.Type)); guard != "" {
			edits = append(edits, tc.guardedAssert(ta, xt, guard, commaOK[ta])...)
		} else if tc.hasBasicTwin(tc.Info.Types[ta.Type].Type) && !empty(xt) && plainOperand(ta.X) && !tc.callsFunc(ta.X) {
			edits = append(edits, tc.basicTwinAssert(ta, xt, commaOK[ta])...)
		} else if args := tc.basicTwinArgs(tc.Info.Types[ta.Type].Type, tc.code(ta.Type), false); args != "" && empty(xt) {
			// basictwins.go
			edits = append(edits, tc.onceOperand(ta, "gopadX == nil || gopadBuiltin.BasicCase("+args+", gopadX, ", ")", commaOK[ta])...)
		} else if _, ok := tc.basicNamed(tc.Info.Types[ta.Type].Type); ok && commaOK[ta] && tc.cellIfaceWithMethods(xt) {
			edits = append(edits, tc.switchedOperand(ta, xt)...)
		}
		return true
	})
	return edits
}

// guardedAssert is identityAsserts' edit of ta, whose type identityGuard
// guards: the operand of an empty interface once, through TwinCase; a
// plain operand of another interface replaced by nil where it holds no
// value of the type.
func (tc *Types) guardedAssert(ta *ast.TypeAssertExpr, xt types.Type, guard string, commaOK bool) []source.Edit {
	switch {
	case empty(xt):
		return tc.onceOperand(ta, "gopadBuiltin.TwinCase("+guard+", gopadX, ", ", true)", commaOK)
	case plainOperand(ta.X) && !tc.callsFunc(ta.X):
		it, ok := tc.TypeText(xt)
		if !ok {
			return nil
		}
		// A non-empty interface keeps the value's type, and yaegi's switch
		// reads it; a value that is no T is replaced by nil, which no
		// assertion accepts.
		is := tc.typedNilIs(ta)
		if n, ok := tc.Info.Types[ta.Type].Type.(*types.Named); ok && tc.compiledInterface(xt) {
			// yaegi's switch reads the compiled interface's wrapper, not
			// the value: its GopadSelf names the type (selfmethods.go).
			is = "gopadBuiltin.SelfIs(" + strconv.Quote("main."+n.Obj().Name()) + ", " + tc.code(ta.X) + ", " + is + ")"
		}
		return source.Around(tc.Off(ta.X.Pos()), tc.Off(ta.X.End()), "func() "+it+" { if !"+is+" { return nil }; return ", " }()")
	}
	return nil
}

// basicTwinAssert is identityAsserts' edit of ta where a cell's interface
// holding a Bold is asserted to a Text (both over string, both with
// methods): yaegi's assertion answers from the string, its switch from the
// type it keeps (basicnamedtwins.go).
func (tc *Types) basicTwinAssert(ta *ast.TypeAssertExpr, xt types.Type, commaOK bool) []source.Edit {
	it, ok := tc.TypeText(xt)
	if !ok {
		return nil
	}
	is := tc.typedNilIs(ta)
	no := "return nil"
	if !commaOK {
		no = "panic(gopadBuiltin.AssertFailed(" + strconv.Quote(tc.ifaceName(xt)) + ", " + tc.dynamicName(it, xt, tc.code(ta.X)) + ", " + strconv.Quote(tc.runtimeTypeName(ta.Type)) + "))"
	}
	return source.Around(tc.Off(ta.X.Pos()), tc.Off(ta.X.End()), "func() "+it+" { if !"+is+" { "+no+" }; return ", " }()")
}

// cellIfaceWithMethods reports whether t is an interface type with methods
// that is no compiled package's (error, fmt.Stringer are).
func (tc *Types) cellIfaceWithMethods(t types.Type) bool {
	return types.IsInterface(t) && !empty(t) && !tc.compiledInterface(t)
}

// switchedOperand hands the operand of ta, a comma-ok assertion of a
// non-empty interface of the cells to a cell's type over a basic type, to
// a function that returns it when yaegi's type switch finds it is one, and
// nil otherwise:
//
//	v, ok := f.(Veggie)  →  v, ok := func(gopadX Food) Food { if !<switch gopadX.(type)> { return nil }; return gopadX }(f).(Veggie)
//
// yaegi's comma-ok assertion took a value of another of the cells' types
// over the same basic type (a Meat string) for a Veggie, where its type
// switch tells them apart.
func (tc *Types) switchedOperand(ta *ast.TypeAssertExpr, xt types.Type) []source.Edit {
	it, ok := tc.TypeText(xt)
	if !ok {
		return nil
	}
	// (the switch is on a copy: see dynamicTypeName)
	is := "func() bool { gopadV := gopadX; switch gopadV.(type) { case " + tc.code(ta.Type) + ": return true }; return false }()"
	return source.Around(tc.Off(ta.X.Pos()), tc.Off(ta.X.End()),
		"func(gopadX "+it+") "+it+" { if !"+is+" { return nil }; return gopadX }(", ")")
}

// callsFunc reports whether x calls a function (a conversion is no call):
// reading it twice would call it twice (heap.Pop(h).(Dist)).
func (tc *Types) callsFunc(x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	return ok && !tc.Info.Types[call.Fun].IsType()
}

// onceOperand hands the empty interface operand of ta to a function that
// reads it once and returns it when test (open, the answer of the type
// switch over it, close) holds, and a value of no cell's type otherwise:
//
//	x.(Dist)  →  func(gopadX any) any { if gopadX == nil || gopadBuiltin.BasicCase(..., gopadX, <switch gopadX.(type)>) { return gopadX }; return gopadBuiltin.NotThat() }(x).(Dist)
//
// The helpers answer and return nothing: a compiled function that
// returned a kept value would have yaegi wrap the next bare value returned
// at that call into a broken pair (gopadrt's handed.go); and an operand
// with effects (heap.Pop(h)) is read once.
//
// A single-valued assertion panics there, with Go's message naming the
// value's type (an assertion of the value returned would name gopad's).
func (tc *Types) onceOperand(ta *ast.TypeAssertExpr, open, close string, commaOK bool) []source.Edit {
	return tc.onceOperandIf(ta, open+tc.switchTest("gopadX", tc.code(ta.Type))+close, commaOK)
}

// onceOperandIf is onceOperand with the whole test, over gopadX.
func (tc *Types) onceOperandIf(ta *ast.TypeAssertExpr, test string, commaOK bool) []source.Edit {
	first, no := "", "return gopadBuiltin.NotThat()"
	if !commaOK {
		iface, target := strconv.Quote(tc.ifaceName(tc.Info.Types[ta.X].Type)), strconv.Quote(tc.runtimeTypeName(ta.Type))
		first = "if gopadX == nil { panic(gopadBuiltin.EmptyAssert(nil, " + iface + ", " + target + ")) }; "
		no = "panic(gopadBuiltin.AssertFailed(" + iface + ", " + tc.dynamicName("any", types.NewInterfaceType(nil, nil), "gopadX") + ", " + target + "))"
	}
	return source.Around(tc.Off(ta.X.Pos()), tc.Off(ta.X.End()),
		"func(gopadX any) any { "+first+"if "+test+" { return gopadX }; "+no+" }(", ")")
}

// identityGuard is the first arguments of gopadBuiltin.TwinCase for an
// assertion to t (written typ), or "" when yaegi can decide it.
func (tc *Types) identityGuard(t types.Type, typ string) string {
	twins := tc.lostTwins(t)
	if len(twins) == 0 {
		return ""
	}
	cell := typ
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); !ok || n.Obj().Pkg() != tc.Pkg {
		cell = strings.TrimPrefix(twins[0], "*")
	}
	return strconv.Quote(lostIdentityLimit(typ, twins, cell)) + ", *new(" + typ + ")"
}

// identityCase is the test of case e of a type switch over v (test as
// caseTest wrote it), guarded when the interpreter cannot decide it. In a
// non-empty interface of the cells yaegi keeps a cell value's type beside
// it, and its own switch tells empty struct types apart there; in one of a
// compiled package (compiled: error, fmt.Stringer) it does not.
func (tc *Types) identityCase(v string, e ast.Expr, xt types.Type, guardEmpty, compiled bool, test string, bare map[string]int) string {
	t := tc.Info.Types[e].Type
	if kept, ok := tc.keptTest(t, tc.code(e), v); ok && guardEmpty {
		return kept
	}
	if args, ok := tc.emptyArgs(t, tc.code(e)); ok && (guardEmpty || compiled) && test != "true" && test != "false" {
		return "gopadBuiltin.EmptyIs(" + args + ", " + v + ", " + tc.switchTest(v, tc.code(e)) + ")" // fieldless.go (gopadrt)
	}
	if args, ok := tc.emptyPtrArgs(t, xt); ok && compiled && test != "true" && test != "false" {
		return "gopadBuiltin.EmptyPtrIs(" + args + ", " + v + ")"
	}
	if name, ok := tc.basicNamed(t); ok && compiled && test != "true" && test != "false" {
		return "gopadBuiltin.SelfIs(" + name + ", " + v + ", " + test + ")" // selfis.go (gopadrt)
	}
	if b, ok := t.Underlying().(*types.Basic); ok && guardEmpty {
		if args := tc.basicTwinArgs(t, tc.code(e), bare[b.Name()] > 1); args != "" {
			return "gopadBuiltin.BasicCase(" + args + ", " + v + ", " + tc.switchTest(v, tc.code(e)) + ")" // basictwins.go
		}
	}
	if len(tc.lostTwins(t)) == 0 {
		if guarded := tc.shapeCase(v, e, t, test, bare); guardEmpty && guarded != "" {
			return guarded // shapetwins.go
		}
		return test
	}
	if !guardEmpty {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		if _, ok := t.Underlying().(*types.Struct); ok {
			return tc.switchTest(v, tc.code(e))
		}
		return test
	}
	return "gopadBuiltin.TwinCase(" + tc.identityGuard(t, tc.code(e)) + ", " + v + ", " + tc.switchTest(v, tc.code(e)) + ", " + test + ")"
}

// emptyArgs is the first arguments of gopadBuiltin.EmptyIs and EmptyTwin,
// the Go name of t and the refusal where a value cannot be told, when t
// (written typ) is a struct type of the cells' package without fields.
// In an empty interface yaegi cannot tell such types apart; in an error
// or a fmt.Stringer its wrapper holds struct{}, and only the name that the
// type's GopadSelf method gives (selfmethods.go) says which type it was,
// where yaegi's own switch answers false.
func (tc *Types) emptyArgs(t types.Type, typ string) (string, bool) {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.Obj().Parent() != tc.Pkg.Scope() || n.TypeParams().Len() > 0 {
		return "", false
	}
	if st, ok := n.Underlying().(*types.Struct); !ok || st.NumFields() > 0 {
		return "", false
	}
	twins := tc.lostTwins(t)
	if len(twins) == 0 {
		return "", false
	}
	return strconv.Quote("main."+n.Obj().Name()) + ", " + strconv.Quote(lostIdentityLimit(typ, twins, typ)), true
}

// ifaceName is the interface type t as Go's run-time errors name it.
func (tc *Types) ifaceName(t types.Type) string {
	if empty(t) {
		return "interface {}"
	}
	if name, ok := tc.goTypeName(t); ok {
		return name
	}
	return types.TypeString(t, nil)
}

// emptyPtrArgs is the first arguments of gopadBuiltin.EmptyPtrIs for an
// assertion of a value of the compiled interface it (error) to t, when t
// is a pointer to a struct type of the cells without fields: its Go name,
// and the refusal where a pointer without a name may be another such
// type's ("" when t is the only pointer to a type without value methods
// that implements it).
func (tc *Types) emptyPtrArgs(t, it types.Type) (string, bool) {
	p, ok := t.(*types.Pointer)
	if !ok || it == nil || !tc.compiledInterface(it) {
		return "", false
	}
	typ := tc.typeText(t)
	args, ok := tc.emptyArgs(p.Elem(), typ)
	if !ok || typ == "" {
		return "", false
	}
	name, _, _ := strings.Cut(args, ", ")
	msg := strconv.Quote(lostIdentityLimit(typ, tc.lostTwins(t), p.Elem().(*types.Named).Obj().Name()))
	iface := it.Underlying().(*types.Interface)
	for _, other := range tc.emptyStructs() {
		if !types.Identical(other, p.Elem()) && types.NewMethodSet(other).Len() == 0 && types.Implements(types.NewPointer(other), iface) {
			return name + ", " + msg, true
		}
	}
	return name + `, ""`, true
}

// emptyStructs are the package-level struct types of the cells without
// fields, not generic.
func (tc *Types) emptyStructs() []types.Type {
	var out []types.Type
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 {
			if st, ok := n.Underlying().(*types.Struct); ok && st.NumFields() == 0 {
				out = append(out, n)
			}
		}
	}
	return out
}

// selfAssert answers x.(T) where x is of a compiled interface (error,
// fmt.Stringer) and T, whose Go name is name, a cell's type over a basic
// type: yaegi's wrapper holds the bare value, which its assertion takes for
// any such type (a Reason for a Code), and the name the value's GopadSelf
// method gives decides (gopadBuiltin.SelfIs). A failed assertion without
// comma-ok panics with Go's run-time error.
//
//	c, ok := err.(Code)  →  c, ok := func(gopadX error) (Code, bool) { if gopadBuiltin.SelfIs("main.Code", gopadX, <switch>) { gopadA, gopadOK := gopadX.(Code); return gopadA, gopadOK }; return *new(Code), false }(err)
func (tc *Types) selfAssert(ta *ast.TypeAssertExpr, xt types.Type, name string, commaOK bool) []source.Edit {
	it, ok := tc.TypeText(xt)
	if !ok {
		return nil
	}
	typ := tc.code(ta.Type)
	results, yes, no := typ+", bool", "gopadA, gopadOK := gopadX.("+typ+"); return gopadA, gopadOK", "return *new("+typ+"), false"
	if !commaOK {
		results, yes = typ, "return gopadX.("+typ+")"
		no = "panic(gopadBuiltin.EmptyAssert(gopadX, " + strconv.Quote(tc.ifaceName(xt)) + ", " + strconv.Quote(tc.runtimeTypeName(ta.Type)) + "))"
	}
	is := tc.switchTest("gopadX", typ)
	return []source.Edit{
		source.Insert(tc.Off(ta.Pos()), "func(gopadX "+it+") ("+results+") { if gopadBuiltin.SelfIs("+name+", gopadX, "+is+") { "+yes+" }; "+no+" }("),
		{From: tc.Off(ta.X.End()), To: tc.Off(ta.End()), Text: ")"},
	}
}

// keptTest is the test of an assertion or a type switch case of v, an
// empty interface, to t (written typ), when keptFamily says yaegi's switch
// decides it; a struct type without fields asks gopadBuiltin.EmptyIs
// first, which names the type of an error or fmt.Stringer wrapper held in
// v by its GopadSelf method (fieldless.go, gopadrt).
func (tc *Types) keptTest(t types.Type, typ, v string) (string, bool) {
	msg, ok := tc.keptFamily(t, typ)
	if !ok {
		return "", false
	}
	test := "gopadBuiltin.KeptCase(" + msg + ", " + v + ", " + tc.switchTest(v, typ) + ")"
	if n, named := t.(*types.Named); named {
		if st, isStruct := n.Underlying().(*types.Struct); isStruct && st.NumFields() == 0 {
			test = "gopadBuiltin.EmptyIs(" + strconv.Quote("main."+n.Obj().Name()) + `, "", ` + v + ", " + test + ")"
		}
	}
	return test, true
}

// keptFamily tells whether yaegi decides an assertion or a type switch
// case of an empty interface to t (written typ) by itself: t is a type
// over a map, a slice, an array, a channel, a func or struct{}, and every type of
// the cells' package level that shares its run-time type keeps that type
// beside its values (keptTypes gave it GopadSelf), so a bare value of the
// run-time type is the run-time type's own. msg is the refusal (quoted)
// for a bare value that may be a cell type's that went to compiled code
// and came back bare, with the zero value of t where t is no cell type
// and whether it is one (the first arguments of gopadBuiltin.KeptCase).
func (tc *Types) keptFamily(t types.Type, typ string) (msg string, ok bool) {
	return tc.keptFamilyBy(t, typ, types.Identical)
}

// keptAssertFamily is keptFamily for a single assertion, whose family
// takes in the cells' types with t's run-time type in yaegi (erased,
// shapetwins.go: an IDs, type IDs []ID, is an []int there, which the
// assertion took for one). A type switch keeps keptFamily: its cases of
// one run-time shape are shapeCase's to refuse.
func (tc *Types) keptAssertFamily(t types.Type, typ string) (msg string, ok bool) {
	return tc.keptFamilyBy(t, typ, func(a, b types.Type) bool { return types.Identical(tc.erased(a, 0), tc.erased(b, 0)) })
}

// keptFamilyBy is keptFamily with same deciding which of the cells' types
// share t's run-time type, by their underlying types.
func (tc *Types) keptFamilyBy(t types.Type, typ string, same func(a, b types.Type) bool) (msg string, ok bool) {
	if t == nil || types.IsInterface(t) {
		return "", false
	}
	under := t.Underlying()
	if _, basic := under.(*types.Basic); basic || !keptUnder(under) {
		return "", false
	}
	if n, named := t.(*types.Named); named && (n.Obj().Pkg() != tc.Pkg || !tc.autoKept(n)) {
		return "", false
	}
	var cells []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, isType := scope.Lookup(name).(*types.TypeName)
		if !isType || tn.IsAlias() {
			continue
		}
		n, named := tn.Type().(*types.Named)
		if !named || !same(n.Underlying(), under) {
			continue
		}
		if !tc.autoKept(n) {
			return "", false // a generic type's instance, yaegi's to confuse
		}
		cells = append(cells, tn.Name())
	}
	if len(cells) == 0 {
		return "", false
	}
	under0, ok := tc.TypeText(under)
	if !ok {
		return "", false
	}
	zero := "nil, true"
	if _, named := t.(*types.Named); !named {
		zero = "*new(" + typ + "), false"
	}
	return strconv.Quote("gopad cannot tell a "+strings.Join(cells, " or a ")+" from a "+under0+
		" inside an interface (type assertion or type switch case "+typ+"): values of these types went to compiled code "+
		"as interfaces (a container/list, a sync.Map, sort.Sort, reflect...), which gives them back without their cell type. "+
		"Workaround: keep such values in a container of their own type ([]"+cells[0]+"), or declare "+cells[0]+
		" as a struct type with a field") + ", " + zero, true
}

// typedNilTest is the test that adds to a type switch's the typed nil
// pointer gopad made (typedNil in ifaceconvert.go) of ta's type, a pointer
// to a cell's type that is no struct: yaegi's switch does not see the
// pointer it holds. "" for other types.
func (tc *Types) typedNilTest(ta *ast.TypeAssertExpr) string {
	p, ok := tc.Info.Types[ta.Type].Type.(*types.Pointer)
	if !ok || isStruct(p.Elem()) || !tc.ownType(p) {
		return ""
	}
	return " || gopadBuiltin.TypedNilName(" + tc.code(ta.X) + ") == " + strconv.Quote(tc.runtimeTypeName(ta.Type))
}

// typedNilIs is the switch test of x to typ with the typed nil test of ta
// (typedNilTest), one operand for the ! before it.
func (tc *Types) typedNilIs(ta *ast.TypeAssertExpr) string {
	if t := tc.typedNilTest(ta); t != "" {
		return "(" + tc.switchTest(tc.code(ta.X), tc.code(ta.Type)) + t + ")"
	}
	return tc.switchTest(tc.code(ta.X), tc.code(ta.Type))
}
