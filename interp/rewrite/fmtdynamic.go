package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// dynamicStringer prints an operand of an interface type through the
// String or Error method of the cell's type it holds at run time. yaegi
// hands such a value to fmt without its methods, so %-12v of a Shape
// holding a Rect with a String method prints the Rect's fields:
//
//	fmt.Printf("%-12v", s)  →  fmt.Printf("%-12v", func(gopadX Shape) any { if v, ok := gopadX.(Rect); ok { return v.String() }; return gopadX }(s))
//
// The candidates are the cells' types (and pointers to them) that the
// interface can hold and that have such a method. In an empty interface
// yaegi's assertion takes an int for a cell's type ID int: there struct
// types are asserted, and types over basic types are found by keptTypeTry.
// Interfaces of compiled packages that have the method already reach fmt
// with it (compiledInterface); the cells' own do not.
func (tc *Types) dynamicStringer(a ast.Expr, spaced bool) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || tc.Info.Types[a].IsNil() {
		return nil, false
	}
	fn, ok := tc.dynamicFunc(t, shownAs{spaced: spaced, late: tc.printedLate(a, t)})
	if !ok && tc.holdsStructPrinted(t) {
		fn, ok = tc.heldFunc(t)
	}
	if !ok {
		return tc.dynamicElems(a, t)
	}
	if tc.rewrapped(a, t) {
		// A call's result of a cell's interface type (ifaceargs.go).
		st, _ := tc.TypeText(t)
		return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), fn+"([]"+st+"{", "}[0])"), true
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), fn+"(", ")"), true
}

// dynamicElems converts operand a, a slice, array or map of interface
// values, element by element with dynamicFunc, as stringerElems converts
// the elements of a cell's type.
func (tc *Types) dynamicElems(a ast.Expr, t types.Type) ([]source.Edit, bool) {
	elem := tc.elemFunc
	if tc.inFunc(a) {
		// Elements of types later cells declare (fmtlate.go).
		elem = func(et types.Type) (string, bool) {
			if empty(et) && tc.printedLate(a, et) {
				return tc.dynamicFunc(et, shownAs{late: true})
			}
			return tc.elemFunc(et)
		}
	}
	return tc.elemsThrough(a, t, elem)
}

// elemsThrough converts operand a of type t, a slice, array or map of
// interface values, element by element with the function literal that
// elemFn gives for the element type.
func (tc *Types) elemsThrough(a ast.Expr, t types.Type, elemFn func(types.Type) (string, bool)) ([]source.Edit, bool) {
	open, ok := tc.elemsOpen(t, elemFn)
	if !ok {
		return nil, false
	}
	return tc.wrapCall(a, open)
}

// pairedElems reports whether elements of type e, an interface the cells
// declared, reach a []any as yaegi's pairs of value and type when the
// element function returns them as they are (a Rect without String in a
// []Shape printed {0xc000… {…}}): gopadBuiltin.Unkept takes the value out.
func (tc *Types) pairedElems(e types.Type) bool {
	it, ok := e.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0 && !compiledInterface(e, tc.Pkg)
}

// elemsOpen is the start of elemsThrough's conversion of a value of type t
// (its end is ")").
func (tc *Types) elemsOpen(t types.Type, elemFn func(types.Type) (string, bool)) (string, bool) {
	if t == nil {
		return "", false // an operand the checker did not type
	}
	tt, ok := tc.TypeText(t)
	if !ok {
		return "", false
	}
	elem := func(e types.Type) (string, bool) {
		fn, ok := elemFn(e)
		if ok && tc.pairedElems(e) {
			fn = "gopadBuiltin.Unkept(" + fn
		}
		return fn, ok
	}
	end := func(e types.Type) string {
		if tc.pairedElems(e) {
			return ")"
		}
		return ""
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		if fn, ok := elem(u.Elem()); ok {
			return fmt.Sprintf("func(s %s) []any { if s == nil { return nil }; out := make([]any, len(s)); for i := 0; i < len(s); i++ { out[i] = gopadBuiltin.Nested(%s(s[i])%s) }; return out }(", tt, fn, end(u.Elem())), true
		}
	case *types.Array:
		if fn, ok := elem(u.Elem()); ok {
			return fmt.Sprintf("func(s %s) [%d]any { var out [%d]any; for i := 0; i < len(s); i++ { out[i] = gopadBuiltin.Nested(%s(s[i])%s) }; return out }(", tt, u.Len(), u.Len(), fn, end(u.Elem())), true
		}
	case *types.Map:
		if _, basic := u.Key().Underlying().(*types.Basic); !basic || mentionsPackage(u.Key(), tc.Pkg) {
			return "", false
		}
		if fn, ok := elem(u.Elem()); ok {
			return mapPrinterOpen(tt, "k", "k", fn+"(v)"+end(u.Elem())), true
		}
	}
	return "", false
}

// elemFunc is dynamicFunc's function literal for an element (or an
// exported field) of interface type t, printed inside a slice, array, map
// or struct; heldFunc's where no cell type has a print method.
func (tc *Types) elemFunc(t types.Type) (string, bool) { return tc.elemFuncAt(t, 0) }

// elemFuncAt is elemFunc for a field of a struct nested depth deep.
func (tc *Types) elemFuncAt(t types.Type, depth int) (string, bool) {
	if fn, ok := tc.dynamicFunc(t, shownAs{}); ok {
		return fn, true
	}
	if fn, ok := tc.heldFuncAt(t, depth); ok {
		return fn, true
	}
	return tc.containerFuncAt(t, depth+1, true)
}

// containerFuncAt is the function literal that converts a slice, array or
// map (t) holding values of the cells' interfaces, directly or in nested
// slices, arrays and maps ([][]Shape, a struct's []Shape field), element by
// element as elemsOpen does; exported tells whether fmt may call the
// elements' String methods (not for an unexported field's). depth bounds
// the nesting; false when nothing in t needs it.
func (tc *Types) containerFuncAt(t types.Type, depth int, exported bool) (string, bool) {
	if depth > maxHeldDepth {
		return "", false
	}
	switch t.Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map:
	default:
		return "", false
	}
	elem := func(e types.Type) (string, bool) {
		switch {
		case !types.IsInterface(e):
			return tc.containerFuncAt(e, depth+1, exported)
		case exported:
			return tc.elemFuncAt(e, depth)
		}
		return tc.bareHeldFunc(e, depth)
	}
	open, ok := tc.elemsOpen(t, elem)
	tt, known := tc.TypeText(t)
	if !ok || !known {
		return "", false
	}
	return "func(gopadC " + tt + ") any { return " + open + "gopadC) }", true
}

// heldFunc is the function literal that hands fmt the value of a cell's
// type that a value of interface type t holds, where t has methods and the
// cells declared it (or it is an interface literal): inside a slice,
// array, map or struct such a value reaches fmt as yaegi's own pair of
// node and value, printed as pointers. The value is asserted to each cell
// type that implements t (yaegi keeps the pair when the interface value
// itself is returned as any); false when t is no such interface.
func (tc *Types) heldFunc(t types.Type) (string, bool) { return tc.heldFuncAt(t, 0) }

// heldEmptyFunc is heldFunc for an element of the empty interface (an
// []any, a map[string]any printed with %d, %f...): a value of a cell's
// struct type with a Format method as an fmt.Formatter, any other value
// without yaegi's pairs of value and type, which fmt printed field by
// field ([{824634 {…}}] where Go prints [3]). False when the cells
// declare no type with methods, whose values yaegi would pair.
func (tc *Types) heldEmptyFunc(t types.Type) (string, bool) {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || !empty(t) {
		return "", false
	}
	var tries []string
	paired := false
	for _, n := range tc.cellNamedTypes() {
		if types.IsInterface(n) {
			continue
		}
		paired = paired || types.NewMethodSet(types.NewPointer(n)).Len() > 0
		if try, ok := tc.namedBasicTry(n); ok {
			tries = append(tries, try)
			continue
		}
		if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			if try, ok := tc.formatterTry(ct, t, it, shownAs{}); ok {
				tries = append(tries, try)
			}
		}
	}
	switch {
	case len(tries) > 0:
		return "func(gopadX any) any { if gopadX == nil { return nil }; " + strings.Join(tries, "") + "return gopadBuiltin.Unkept(gopadX) }", true
	case paired:
		return "gopadBuiltin.Unkept", true
	}
	return "", false
}

// namedBasicTry is heldEmptyFunc's try for a value of n, a cell's type
// over a basic type that yaegi keeps beside its type in an interface: a
// gopadBuiltin.NamedBasic, which prints the value for the verb and names
// n where fmt finds the verb bad for it (%!d(main.Celsius=21.5)).
func (tc *Types) namedBasicTry(n *types.Named) (string, bool) {
	b, ok := n.Underlying().(*types.Basic)
	if !ok || n.TypeParams().Len() > 0 || b.Kind() == types.UnsafePointer || !tc.keptBeside(n) {
		return "", false
	}
	text, ok1 := tc.TypeText(n)
	name, ok2 := tc.goTypeName(n)
	if !ok1 || !ok2 {
		return "", false
	}
	if hasFormat(n) {
		// fmt calls Format for every verb (%d of a Level printed 1).
		return "if " + tc.switchTest("gopadX", text) + " { v := gopadX.(" + text + "); return func() gopadFmtPkg.Formatter { var gopadFm gopadFmtPkg.Formatter = v; return gopadFm }() }; ", true
	}
	basic := types.Typ[b.Kind()].Name()
	return "if " + tc.switchTest("gopadX", text) + " { v := gopadX.(" + text + "); return gopadBuiltin.NamedBasic(" +
		strconv.Quote(name) + ", " + strconv.Quote(basic) + ", " + basic + "(v)) }; ", true
}

// holdsStructPrinted reports whether t is an interface that a cell's
// struct type implements whose fields fmt must be handed one by one (an
// interface field: a tree's children), which yaegi would print as its own
// pairs of node and value, also where the interface value itself prints
// right.
func (tc *Types) holdsStructPrinted(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 || compiledInterface(t, tc.Pkg) {
		return false
	}
	for _, n := range tc.cellNamedTypes() {
		if !types.IsInterface(n) && types.Implements(n, it) && !viaEmbeddedInterface(n, it) && tc.structNeedsMethods(n, 1) {
			return true
		}
	}
	return false
}

// viaEmbeddedInterface reports whether ct gets a method of it from an
// embedded field of an interface type (type Service struct{ Logger }):
// yaegi does not count such a method, and refuses an assertion of a
// value of it to ct as impossible.
func viaEmbeddedInterface(ct types.Type, it *types.Interface) bool {
	for i := 0; i < it.NumMethods(); i++ {
		m := it.Method(i)
		_, index, _ := types.LookupFieldOrMethod(ct, true, m.Pkg(), m.Name())
		t := ct
		for _, x := range index[:max(len(index)-1, 0)] {
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			st, ok := t.Underlying().(*types.Struct)
			if !ok || x >= st.NumFields() {
				break
			}
			if t = st.Field(x).Type(); types.IsInterface(t) {
				return true
			}
		}
	}
	return false
}

// maxHeldDepth bounds how deep heldFuncAt shows structs held in
// interface fields of structs held in interfaces (a tree's nodes): the
// text grows with each level, and recursive types never end.
const maxHeldDepth = 3

// heldDepth is maxHeldDepth for structs held in it, less where many
// struct types implement it: each level writes the printers of all of
// them, inside each field's printer, so the text grows as their number
// to the power of the depth (an interpreter's twenty node types never
// finished rewriting). A value nested deeper prints as yaegi prints it.
func (tc *Types) heldDepth(it *types.Interface) int {
	if d, ok := tc.heldDepths[it]; ok {
		return d
	}
	k := 0
	for _, n := range tc.cellStructTypes() {
		if types.Implements(n, it) || types.Implements(types.NewPointer(n), it) {
			k++
		}
	}
	d := 1
	for d < maxHeldDepth && pow(k, d+1) <= heldBudget {
		d++
	}
	if tc.heldDepths == nil {
		tc.heldDepths = map[*types.Interface]int{}
	}
	tc.heldDepths[it] = d
	return d
}

// heldBudget bounds the printers heldDepth lets a chunk write for one
// interface: implementers to the power of the depth.
const heldBudget = 16

// pow is k to the power of d.
func pow(k, d int) int {
	p := 1
	for range d {
		p *= k
	}
	return p
}

// heldFuncAt is heldFunc for a field of a struct nested depth deep.
func (tc *Types) heldFuncAt(t types.Type, depth int) (string, bool) {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 || compiledInterface(t, tc.Pkg) {
		return "", false
	}
	st, ok := tc.TypeText(t)
	if !ok {
		return "", false
	}
	var tries []string
	for _, n := range tc.cellNamedTypes() {
		if types.IsInterface(n) {
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			text, ok := tc.TypeText(ct)
			if !ok || !types.Implements(ct, it) || viaEmbeddedInterface(ct, it) {
				continue
			}
			shown := "v"
			if ct == types.Type(n) && tc.structNeedsMethods(n, depth+1) {
				shown = tc.heldShown(n, it, depth)
			}
			if try, ok := tc.formatterTry(ct, t, it, shownAs{}); ok {
				tries = append(tries, try) // fmt calls Format for every verb
				continue
			}
			tries = append(tries, "if v, ok := "+tc.assertOperand("gopadX", t, ct)+".("+text+"); ok"+tc.identityTry(ct, text, false)+" { return "+shown+" }; ")
		}
	}
	if len(tries) == 0 {
		return "", false
	}
	// yaegi's assertions of a nil value of a cell's interface panic.
	return "func(gopadX " + st + ") any { if gopadX == nil { return nil }; " + strings.Join(tries, "") + "return gopadX }", true
}

// heldShown is what heldFuncAt returns for v, a struct value of n held in
// t at depth, whose fields fmt prints through methods: its printer, or
// past heldDepth v itself (heldFuncAt serves unexported fields, inside
// which fmt calls no method).
func (tc *Types) heldShown(n types.Type, it *types.Interface, depth int) string {
	if depth >= tc.heldDepth(it) {
		return "v"
	}
	if printer, ok := tc.structPrinter(n, depth+1); ok {
		return printer + "(v)"
	}
	return "v"
}

// dynamicFunc is the function literal that dynamicStringer calls on an
// operand of interface type t; false when no cell type needs it. It is
// written once a chunk per type and state: each struct type's printer
// asks again for its fields of interface types, and a chunk of many
// types implementing one interface asked for the same ones thousands of
// times.
func (tc *Types) dynamicFunc(t types.Type, as shownAs) (string, bool) {
	self, pop := tc.pushHeldSelf(t)
	defer pop()
	key := printerKey{t: t, as: as, depth: -1, held: tc.heldNest, inTry: tc.inStructTry, bare: tc.bareFields, self: tc.heldSelfKey()}
	if r, ok := tc.printerMemo[key]; ok {
		return r.text, r.ok
	}
	text, ok := tc.dynamicFuncOf(t, as)
	if ok && self != "" {
		text = selfCalling(self, t, tc, text)
	}
	if tc.printerMemo == nil {
		tc.printerMemo = map[printerKey]printerResult{}
	}
	tc.printerMemo[key] = printerResult{text, ok}
	return text, ok
}

// A printerKey is what dynamicFunc's and structNeedsMethods' answers
// depend on: the type, how it is shown or how deep it is, and the state
// of the printer being written around them.
type printerKey struct {
	t           types.Type
	as          shownAs
	depth, held int
	inTry, bare bool
	self        string // the printers' variables in scope (heldSelfKey)
}

type printerResult struct {
	text string
	ok   bool
}

// dynamicFuncOf writes dynamicFunc's literal.
func (tc *Types) dynamicFuncOf(t types.Type, as shownAs) (string, bool) {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || printMethod(t) != "" && compiledInterface(t, tc.Pkg) {
		return "", false
	}
	st, ok := tc.TypeText(t)
	if !ok {
		return "", false
	}
	var tries []string
	printers := false               // a cell's type with a String or Error method
	unkept := tc.wrappedBare(t, it) // a value of a plainKept type may be printed
	for _, name := range tc.Pkg.Scope().Names() {
		tn, ok := tc.Pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || name == "_" {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if tc.plainKept(tn.Type()) {
			// The value without yaegi's pairs (a List []Node in a Node too): the last return.
			unkept = unkept || it.NumMethods() == 0 || tc.pairsInside(tn.Type(), it, 0)
			continue
		}
		if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct && it.NumMethods() == 0 {
			tries = append(tries, tc.keptTypeTry(tn.Type().(*types.Named), as)...)
			printers = printers || printMethod(tn.Type()) != "" || printMethod(types.NewPointer(tn.Type())) != ""
			continue
		}
		tries = append(tries, tc.structFieldsTry(tn.Type(), it)...)
		tries = append(tries, tc.heldStructTry(t, tn.Type(), it)...)
		unkept = unkept || tc.pairsInside(tn.Type(), it, 0)
		for _, ct := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if try, ok := tc.printerTry(ct, t, it, as); ok {
				tries = append(tries, try)
				printers = true
			}
		}
	}
	unkeptFn := "gopadBuiltin.Unkept"
	if it.NumMethods() == 0 {
		tries = append(tries, tc.emptyTries(printers)...)
		if tc.hidesMethods() {
			unkept, unkeptFn = true, "gopadBuiltin.RawHidden" // fmtrawfields.go
		}
	}
	last := "return gopadX"
	if m := printMethod(t); m != "" && !as.kept {
		// A cell's interface that lists the method: the types known now
		// first (one of them may have Error where the interface lists
		// String), then the method through the interface, for the types
		// and methods later cells declare.
		last = "return gopadX." + m + "()"
		if as.spaced {
			last = "return gopadBuiltin.Shown(gopadX." + m + "())"
		}
	} else if as.late {
		last = lateReturn
		if unkept {
			last = "return gopadBuiltin.Late(" + unkeptFn + "(gopadX))"
		}
	} else if unkept && len(tries) == 0 {
		return unkeptFn, true // one call, where a function literal costs yaegi a compile
	} else if unkept {
		last = "return " + unkeptFn + "(gopadX)"
	} else if len(tries) == 0 {
		return "", false
	}
	if printMethod(t) != "" {
		// yaegi's assertions of a nil value of a cell's interface with
		// methods panic.
		tries = append([]string{"if gopadX == nil { return nil }; "}, tries...)
	}
	if it.NumMethods() == 0 && printers {
		return nestedAnys(strings.Join(tries, "") + last), true
	}
	return fmt.Sprintf("func(gopadX %s) any { %s%s }", st, strings.Join(tries, ""), last), true
}

// nestedAnys is dynamicFunc's function literal for an empty interface,
// with body, that also goes into an []any or a map[string]any the value
// is, element by element: a Color inside them is yaegi's pair of value
// and type, which fmt printed as such ({0xc000… {…}}) where Go calls its
// String method.
func nestedAnys(body string) string {
	return "func() func(any) any { var gopadF func(any) any; gopadF = func(gopadX any) any { " +
		"if gopadS, ok := gopadX.([]any); ok && gopadS != nil { gopadO := make([]any, len(gopadS)); for gopadI, gopadE := range gopadS { gopadO[gopadI] = gopadBuiltin.Nested(gopadF(gopadE)) }; return gopadO }; " +
		"if gopadM, ok := gopadX.(map[string]any); ok && gopadM != nil { gopadO := make(map[string]any, len(gopadM)); for gopadK, gopadE := range gopadM { gopadO[gopadK] = gopadBuiltin.Nested(gopadF(gopadE)) }; return gopadO }; " +
		body + " }; return gopadF }()"
}

// emptyTries are dynamicFunc's tries for an empty interface after those of
// the cells' types: a slice or map of the cells' types with String or
// Error methods (printers), which yaegi made one over their underlying
// types (markcomposites.go), and a value yaegi holds paired with its type.
func (tc *Types) emptyTries(printers bool) []string {
	var tries []string
	if printers {
		tries = append(tries, "if v, ok := gopadBuiltin.Marked(gopadX); ok { return v }; ")
	}
	return append(tries, tc.unwrapTries()...)
}

// identityTry is the test that completes "v, ok := gopadX.(text)" in a
// try of the function literals above when ct is a struct type without
// fields (or a pointer to one): yaegi's assertion takes any of them for
// another, an idle{} for a busy{}, so a state printed through an
// interface showed the String of another state. Its type switch decides
// where yaegi keeps the value's type; in an empty interface a bare value
// stops the cell (identity.go's TwinCase).
func (tc *Types) identityTry(ct types.Type, text string, empty bool) string {
	return tc.identityTryOf("gopadX", ct, text, empty)
}

// identityTryOf is identityTry of the operand named v.
func (tc *Types) identityTryOf(v string, ct types.Type, text string, empty bool) string {
	guard := tc.identityGuard(ct, text)
	if guard == "" {
		return tc.twinGuard(v, ct, text) // basicnamedtwins.go""
	}
	is := tc.switchTest(v, text)
	if !empty {
		return " && " + is
	}
	if msg, ok := tc.keptFamily(ct, text); ok {
		// Every such type keeps its type beside its values (keptTypes).
		return " && gopadBuiltin.KeptCase(" + msg + ", " + v + ", " + is + ")"
	}
	return " && gopadBuiltin.TwinCase(" + guard + ", " + v + ", " + is + ", true)"
}

// wrappedBare reports whether t is a compiled interface with methods none
// of which fmt calls (io.Reader, sort.Interface) that only the cells' types
// implement, none with a String, Error or Format method: yaegi hands fmt
// its wrapper of such a value ({IValue WLen WLess WSwap}), which
// gopadBuiltin.Unkept unwraps. Of a struct value the wrapper keeps one
// field, which is printed then (docs/limits.md).
func (tc *Types) wrappedBare(t types.Type, it *types.Interface) bool {
	if !compiledInterface(t, tc.Pkg) || it.NumMethods() == 0 || printMethod(t) != "" || hasFormat(t) {
		return false
	}
	found := false
	for _, n := range tc.cellNamedTypes() {
		if types.IsInterface(n) {
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			if !types.Implements(ct, it) {
				continue
			}
			if printMethod(ct) != "" || hasFormat(ct) {
				return false
			}
			found = true
		}
	}
	return found
}

// compiledInterface reports whether t is an interface type of a compiled
// package or the universe (error, fmt.Stringer): yaegi hands fmt the values
// such an interface holds with its methods. A value in an interface the
// cells declared, or in an interface literal, reaches fmt without them,
// also when String or Error is in the interface's method set.
func compiledInterface(t types.Type, pkg *types.Package) bool {
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != pkg
}

// printerTry is dynamicFunc's try for a value of ct, a cell's struct type
// or a pointer to one, held in interface t: through its Format method
// (formatterTry), or its String or Error method.
func (tc *Types) printerTry(ct, t types.Type, it *types.Interface, as shownAs) (string, bool) {
	if try, ok := tc.formatterTry(ct, t, it, as); ok {
		return try, true
	}
	m := printMethod(ct)
	if m == "" || !types.Implements(ct, it) {
		return "", false
	}
	text, ok := tc.TypeText(ct)
	if !ok {
		return "", false
	}
	return "if v, ok := " + tc.assertOperand("gopadX", t, ct) + ".(" + text + "); ok" + tc.identityTry(ct, text, it.NumMethods() == 0) + " { return " + as.call(ct, m) + " }; ", true
}

// formatterTry is dynamicFunc's try for a value of ct, a cell's struct
// type (or a pointer to one) with a Format method, held in interface t:
// fmt calls Format before String or Error, for every verb but %T and %p,
// and yaegi hands fmt the value without its methods ([Cv7] printed [{7}]).
// The value goes to fmt as an fmt.Formatter made in interpreted code.
func (tc *Types) formatterTry(ct, t types.Type, it *types.Interface, as shownAs) (string, bool) {
	if as.kept || !hasFormat(ct) || !types.Implements(ct, it) {
		return "", false
	}
	text, ok := tc.TypeText(ct)
	if !ok {
		return "", false
	}
	ret := "var gopadFm gopadFmtPkg.Formatter = v; return gopadFm"
	if _, ptr := ct.(*types.Pointer); ptr {
		ret = "if v == nil { return v }; " + ret
	}
	return "if v, ok := " + tc.assertOperand("gopadX", t, ct) + ".(" + text + "); ok" +
		tc.identityTry(ct, text, it.NumMethods() == 0) + " { " + ret + " }; ", true
}

// dynamicShown is the start of a call of dynamicFunc's function literal
// on an operand of interface type t (its end is ")").
func (tc *Types) dynamicShown(t types.Type, spaced bool) (string, bool) {
	fn, ok := tc.dynamicFunc(t, shownAs{spaced: spaced})
	return fn + "(", ok
}

// shownCall is the call of method m on v of type t as fmt would print it:
// on a nil pointer whose method panics, <nil>; for Print, the result
// spaced as a value that is not a string.
func shownCall(t types.Type, m string, spaced bool) string {
	call := "v." + m + "()"
	if spaced {
		call = "gopadBuiltin.Shown(" + call + ")"
	}
	if _, ptr := t.(*types.Pointer); !ptr {
		return call
	}
	if pointerReceiver(t, m) {
		return "func() (r any) { if v == nil { defer func() { if recover() != nil { r = nil } }() }; return " + call + " }()"
	}
	return "func() any { if v == nil { return nil }; return " + call + " }()"
}

// keptTypeTry is the test, in dynamicStringer's function, of a value of
// the cell's type n over a basic type held in an empty interface. yaegi
// keeps such a value there with its type when n has methods (as its
// valueInterface, which compiled code would print field by field), and
// its own type switch reads that type: the value is printed through its
// String or Error method, or as a value of the basic type.
func (tc *Types) keptTypeTry(n *types.Named, as shownAs) []string {
	return tc.keptTry(n, printMethod(n), as)
}

// keptBareFunc is the function literal that gives a numeric verb the basic
// value of a cell's type that an operand of interface type t holds (see
// keptTypeTry); false when no cell type needs it.
func (tc *Types) keptBareFunc(t types.Type) (string, bool) {
	if t == nil {
		return "", false
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return "", false
	}
	st, ok := tc.TypeText(t)
	if !ok {
		return "", false
	}
	var tries []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
			if n, ok := tn.Type().(*types.Named); ok && types.Implements(n, it) {
				if try, ok := tc.namedBasicTry(n); ok {
					tries = append(tries, try) // named where the verb is bad for it
					continue
				}
				tries = append(tries, tc.keptTry(n, "", shownAs{})...)
			}
		}
	}
	if len(tries) == 0 {
		return "", false
	}
	return "func(gopadX " + st + ") any { " + strings.Join(tries, "") + "return gopadX }", true
}

// keptTry is keptTypeTry's test, printing through method m ("" for the
// basic value).
func (tc *Types) keptTry(n *types.Named, m string, as shownAs) []string {
	b, ok := n.Underlying().(*types.Basic)
	if n.TypeParams().Len() > 0 || !tc.keptBeside(n) {
		return nil
	}
	text, textOK := tc.TypeText(n)
	if !textOK {
		return nil
	}
	if !ok {
		return tc.keptCompositeTry(n, text, m, as)
	}
	shown := b.Name() + "(v)"
	if name, ok := tc.goTypeName(n); ok && m == "" {
		// fmt names the type where the verb is bad for it (%!s(main.Count=3))
		shown = "gopadBuiltin.NamedBasic(" + strconv.Quote(name) + ", " + strconv.Quote(types.Typ[b.Kind()].Name()) + ", " + shown + ")"
	}
	switch {
	case hasFormat(n) && !as.kept:
		// fmt calls Format before String or Error, for every verb:
		// the value as an fmt.Formatter made in interpreted code ([Lv1]
		// of a Level in an []any printed [1]).
		shown = "func() gopadFmtPkg.Formatter { var gopadFm gopadFmtPkg.Formatter = v; return gopadFm }()"
	case m != "":
		shown = as.call(n, m)
	}
	return []string{"if " + tc.switchTest("gopadX", text) + " { v := gopadX.(" + text + "); return " + shown + " }; "}
}

// keptCompositeTry is keptTry's test for a cell's type over a slice, map,
// array, channel or func type with a String or Error method (type Names
// []string): yaegi keeps such a value in an empty interface paired with
// its type, and hands compiled code the pair, which fmt printed field by
// field (or as [a b], with %T interp.valueInterface). Only a kept value is
// taken for n: a bare []string in the interface is no Names.
func (tc *Types) keptCompositeTry(n *types.Named, text, m string, as shownAs) []string {
	test := "gopadBuiltin.KeptIs(gopadX, " + tc.switchTest("gopadX", text) + ")"
	if m == "" {
		if !tc.autoKept(n) {
			return nil // a struct type: told apart at run time (structtags.go)
		}
		// The value, without yaegi's pairs in it (gopadrt's unkept.go).
		return []string{"if " + test + " { return gopadBuiltin.Unkept(gopadX) }; "}
	}
	return []string{"if " + test + " { v := gopadX.(" + text + "); return " + as.call(n, m) + " }; "}
}

// structFieldsTry is dynamicFunc's test, for an empty interface, for a
// cell's struct type t without a String or Error method of its own, some
// field of which has one (type Pair struct{ K string; V ID } where ID has
// String): fmt prints such a struct held in an interface field by field,
// through the fields' methods, which yaegi's value does not carry; the
// struct printer (fmtstruct.go) does. Struct types are told apart at run
// time (structtags.go), so the assertion decides.
func (tc *Types) structFieldsTry(t types.Type, it *types.Interface) []string {
	if tc.inStructTry || it.NumMethods() > 0 || !types.Implements(t, it) {
		// A printer's interface fields get no struct tries of their own;
		// the cells' interfaces hold structs by heldFuncAt.
		return nil
	}
	// The tries call the printers' variables in scope (a Query's Where
	// Cond printed inside a Cond's printer calls gopadHeld_Cond): kept
	// apart by them, or another print statement of the chunk, with no such
	// variable, would call it.
	key := structTryKey{t, tc.heldSelfKey()}
	if tries, ok := tc.structTries[key]; ok {
		return tries // each operand of type any asks again
	}
	tries := tc.structTriesOf(t, it)
	if tc.structTries == nil {
		tc.structTries = map[structTryKey][]string{}
	}
	tc.structTries[key] = tries
	return tries
}

// A structTryKey is what structFieldsTry's answer depends on: the type
// and the printers' variables in scope (heldSelfKey).
type structTryKey struct {
	t    types.Type
	self string
}

// heldStructTry is dynamicFunc's tries, for an operand of t, a cell's
// interface with methods, of n, a struct type of the cells whose fields
// fmt must be handed one by one (a Center Point field whose Point has
// String), and of *n, where they implement it: heldFunc's tries, which
// dynamicStringer uses only where dynamicFunc has nothing to do, and
// dynamicFunc has when another implementer has a String method or the
// operand is inside a function.
func (tc *Types) heldStructTry(t, n types.Type, it *types.Interface) []string {
	if it.NumMethods() == 0 || tc.heldNest > tc.heldDepth(it) {
		return nil
	}
	if tc.heldNest == tc.heldDepth(it) {
		return tc.heldLimitTry(t, n, it) // (fmtheldlimit.go)
	}
	tc.heldNest++ // (the struct's fields of interface types ask dynamicFunc again)
	defer func() { tc.heldNest-- }()
	if !tc.structNeedsMethods(n, 1) {
		return nil
	}
	var tries []string
	for _, ct := range []types.Type{n, types.NewPointer(n)} {
		if !types.Implements(ct, it) || viaEmbeddedInterface(ct, it) {
			continue
		}
		if ct != n && tc.heldNest > 1 {
			// A pointer inside a value fmt prints is printed as its
			// address: no printer, and none of the printers of what it
			// points to (an AST's nodes wrote each other's, nested).
			continue
		}
		text, ok1 := tc.TypeText(ct)
		printer, ok2 := tc.structPrinter(n, 1)
		if ct != n {
			printer, ok2 = tc.pointerPrinter(ct)
		}
		if ok1 && ok2 {
			tries = append(tries, "if v, ok := "+tc.assertOperand("gopadX", t, ct)+".("+text+"); ok"+tc.identityTry(ct, text, false)+" { return "+printer+"(v) }; ")
		}
	}
	return tries
}

// structTriesOf writes structFieldsTry's tests for t.
func (tc *Types) structTriesOf(t types.Type, it *types.Interface) []string {
	tc.inStructTry = true
	defer func() { tc.inStructTry = false }()
	if !tc.structNeedsMethods(t, 0) {
		return nil
	}
	text, ok1 := tc.TypeText(t)
	printer, ok2 := tc.structPrinter(t, 0)
	if !ok1 || !ok2 {
		return nil
	}
	tries := []string{"if v, ok := gopadX.(" + text + "); ok { return " + printer + "(v) }; "}
	if ptr, ok := tc.pointerPrinter(types.NewPointer(t)); ok && types.Implements(types.NewPointer(t), it) {
		tries = append(tries, "if v, ok := gopadX.(*"+text+"); ok { return "+ptr+"(v) }; ")
	}
	return tries
}

// shownAs is how dynamicFunc hands fmt a value of a cell's type with a
// String or Error method: the method's result (spaced for Print), or,
// where the verbs are not known (fmt.Printf(format, args...)), a
// gopadBuiltin.Kept that formats through the method for the verbs that
// use it and as the value for the others.
//
// late is set for an operand inside a function, which may run after later
// cells declared types the tries cannot name: a value of none of the tried
// types is printed through gopadBuiltin.Late (fmtlate.go).
type shownAs struct{ spaced, kept, late bool }

// call is the expression that shows v, of type t with method m.
func (as shownAs) call(t types.Type, m string) string {
	if !as.kept {
		return shownCall(t, m, as.spaced)
	}
	_, ptr := t.Underlying().(*types.Pointer)
	switch {
	case m == "Error" && !ptr:
		// An error stays one: Errorf's %w needs it.
		return "func() error { return v }()"
	case m == "Error":
		// Kept, and an error that errors.Is and As see through: %d of a
		// pointer prints &{...}, and Errorf's %w wraps it.
		return "gopadBuiltin.KeptError(v, func() string { return gopadFmtPkg.Sprint(" + shownCall(t, m, false) + ") })"
	}
	return "gopadBuiltin.Kept(v, func() string { return gopadFmtPkg.Sprint(" + shownCall(t, m, false) + ") })"
}

// unwrapTries are the tries that hand fmt the value an empty interface
// holds, when it is of a cell's type with methods: yaegi keeps such a
// value in an any (a parameter, a variable declared any, an element of an
// []any) paired with its interpreted type, and a compiled function gets
// the pair, so fmt printed {0xc000… {…}} for &T{…}. Asserted to its type
// and returned as any, the value is a plain one again. A type over a basic
// type may be taken for its basic type here, which prints the same.
func (tc *Types) unwrapTries() []string {
	var tries []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || name == "_" {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 || types.NewMethodSet(types.NewPointer(n)).Len() == 0 {
			continue
		}
		for _, ct := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if printMethod(ct) != "" {
				continue // tried through its method
			}
			if text, ok := tc.TypeText(ct); ok {
				tries = append(tries, "if v, ok := gopadX.("+text+"); ok { return v }; ")
			}
		}
	}
	return tries
}

// unwrapped writes the function literal that hands compiled code the
// value the empty interface a holds (see unwrapTries), as the text that
// goes before a and after it; false when a is no empty interface or no
// cell type needs it.
func (tc *Types) unwrapped(a ast.Expr) (open, close string, ok bool) {
	t := tc.Info.Types[a].Type
	if t == nil || tc.Info.Types[a].IsNil() {
		return "", "", false
	}
	if it, isIface := t.Underlying().(*types.Interface); !isIface || it.NumMethods() > 0 {
		return "", "", false
	}
	tries := tc.unwrapTries()
	if len(tries) == 0 {
		return "", "", false
	}
	return "func(gopadX any) any { " + strings.Join(tries, "") + "return gopadX }(", ")", true
}

// dynamicTypeName writes %T of an interface operand holding a value of a
// cell's type over a basic type, a slice, a map (type F float64): at run
// time yaegi gives such a value the underlying type, and %T said float64
// where Go says main.F (the Tour's describe(i I)). Inside a cell's
// interface the value keeps its type, and yaegi's type switch finds it
// (its assertion would take an F for a MyFloat over the same float64):
//
//	%T of i  →  func(gopadX I) string { switch gopadV := gopadX; gopadV.(type) { case F: return "main.F" }; return gopadBuiltin.TypeName("", gopadX) }(i)
//
// The switch is on a copy of the parameter: yaegi's switch on the
// parameter itself missed the type (or dereferenced nil) when the
// argument was a call's result, %T of mk(). An empty interface is left to keptStatic (printargs.go). Struct types
// are named at run time already (typenames.go in interp).
func (tc *Types) dynamicTypeName(a ast.Expr) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || tc.Info.Types[a].IsNil() {
		return nil, false
	}
	it, ok := t.Underlying().(*types.Interface)
	named, isNamed := t.(*types.Named)
	if !ok || it.NumMethods() == 0 || !isNamed || named.Obj().Pkg() != tc.Pkg || named.TypeParams().Len() > 0 {
		return nil, false
	}
	st, ok := tc.TypeText(t)
	if !ok {
		return nil, false
	}
	open, ok := tc.dynamicNameFunc(st, it)
	if !ok {
		return nil, false
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open+"(", ")"), true
}

// dynamicNameFunc is dynamicTypeName's function literal, for a value of
// the cells' interface type st (it): false when no cell type over a basic
// type implements it.
func (tc *Types) dynamicNameFunc(st string, it *types.Interface) (string, bool) {
	cases := tc.basicTypeCases(it)
	if len(cases) == 0 {
		return "", false
	}
	find := "switch gopadV := gopadX; gopadV.(type) { " + strings.Join(cases, "") + "}; "
	return fmt.Sprintf("func(gopadX %s) string { %sreturn gopadBuiltin.TypeName(\"\", gopadX) }", st, find), true
}

// dynamicName is the expression that names, as %T does, the dynamic type
// of x, a value of the cells' interface t (written st).
func (tc *Types) dynamicName(st string, t types.Type, x string) string {
	find := ""
	if it, ok := t.Underlying().(*types.Interface); ok {
		if cases := tc.basicTypeCases(it); len(cases) > 0 {
			find = "switch gopadV := gopadX; gopadV.(type) { " + strings.Join(cases, "") + "}; "
		}
	}
	return fmt.Sprintf("func(gopadX %s) string { %sreturn gopadBuiltin.TypeName(\"\", gopadX) }(%s)", st, find, x)
}

// basicTypeCases are dynamicTypeName's cases: the cells' types other than
// structs and interfaces (and pointers to them) that implement it.
func (tc *Types) basicTypeCases(it *types.Interface) []string {
	var cases []string
	for _, n := range tc.cellNamedTypes() {
		switch n.Underlying().(type) {
		case *types.Struct, *types.Interface:
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			text, ok := tc.TypeText(ct)
			goName, named := tc.goTypeName(ct)
			if ok && named && types.Implements(ct, it) {
				cases = append(cases, "case "+text+": return "+strconv.Quote(goName)+"; ")
			}
		}
	}
	return cases
}

// containerShown shows a slice or map of an interface type, printed
// whole, element by element as dynamicStringer shows one operand:
//
//	fmt.Println(xs)  →  fmt.Println(func(gopadS []any) []any { ... }(xs))
//
// The copy has the same length, keys and order, so fmt prints it as the
// original would be printed.
func (tc *Types) containerShown(a ast.Expr) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || tc.Info.Types[a].IsNil() {
		return nil, false
	}
	st, ok := tc.TypeText(t)
	if !ok {
		return nil, false
	}
	// shown is the element gopadX as fmt is to print it: through its
	// String or Error method, and without yaegi's pair where the element
	// type does not have one (a Circle among Rects with String in a []Shape
	// printed {0xc000… {…}}, see pairedElems).
	shown := func(e types.Type) (string, bool) {
		open, ok := tc.dynamicShown(e, false)
		if ok && tc.pairedElems(e) {
			return "gopadBuiltin.Unkept(" + open + "gopadX))", true
		}
		return open + "gopadX)", ok
	}
	var conv string
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem, ok := shown(u.Elem())
		if !ok {
			return nil, false
		}
		conv = fmt.Sprintf("func(gopadS %s) []any { if gopadS == nil { return nil }; gopadO := make([]any, len(gopadS)); "+
			"for gopadI, gopadX := range gopadS { gopadO[gopadI] = gopadBuiltin.Nested(%s) }; return gopadO }(", st, elem)
	case *types.Map:
		if key, ok := tc.pairedKeyShown(u.Key(), "gopadK"); ok {
			elem, ok := shown(u.Elem())
			if !ok {
				elem = "gopadX"
			}
			conv = mapPrinterNamed(st, "gopadK", "gopadX", "gopadBuiltin.Unkept(gopadK)", "gopadBuiltin.Nested("+key+")", "gopadBuiltin.Nested("+elem+")")
			break
		}
		elem, ok := shown(u.Elem())
		kt, known := tc.TypeText(u.Key())
		if !ok || !known {
			return nil, false
		}
		conv = fmt.Sprintf("func(gopadM %s) map[%s]any { if gopadM == nil { return nil }; gopadO := make(map[%s]any, len(gopadM)); "+
			"for gopadK, gopadX := range gopadM { gopadO[gopadK] = gopadBuiltin.Nested(%s) }; return gopadO }(", st, kt, kt, elem)
	default:
		return nil, false
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), conv, ")"), true
}

// pairsInside reports whether t, a cell's struct type that interface it
// can hold, has a field (or an element of one, not behind a pointer) of an
// interface type of the cells or the empty interface: yaegi keeps the
// values there paired with their types, and hands fmt the struct with the
// pairs in it (type Call struct{ Args []Node } printed through a Node),
// which gopadBuiltin.Unkept takes out.
func (tc *Types) pairsInside(t types.Type, it *types.Interface, depth int) bool {
	if depth == 0 && !types.Implements(t, it) && !types.Implements(types.NewPointer(t), it) {
		return false
	}
	if depth > 4 || isTypeParam(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return depth > 0 && !compiledInterface(t, tc.Pkg)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if tc.pairsInside(u.Field(i).Type(), it, depth+1) {
				return true
			}
		}
	case *types.Slice:
		return tc.pairsInside(u.Elem(), it, depth+1)
	case *types.Array:
		return tc.pairsInside(u.Elem(), it, depth+1)
	case *types.Map:
		return tc.pairsInside(u.Key(), it, depth+1) || tc.pairsInside(u.Elem(), it, depth+1)
	}
	return false
}

// plainKept reports whether t is a type keptTypes gives GopadSelf that is
// not over a basic type and has no String or Error method: fmt prints its
// value as the underlying type's, once gopadBuiltin.Unkept took yaegi's
// pairs of value and type out of it (gopadrt's unkept.go).
func (tc *Types) plainKept(t types.Type) bool {
	if _, basic := t.Underlying().(*types.Basic); basic || !tc.autoKept(t) {
		return false
	}
	return printMethod(t) == "" && printMethod(types.NewPointer(t)) == ""
}

// pairedKeyShown is the expression that shows x, a key of a map whose key
// type t is an interface that may hold yaegi's pairs of the cells' values
// and their types (anyKeyed: gopadBuiltin.AnyKey keeps them as keys of a
// map[any]), as fmt is to print it: through its String or Error method,
// without the pair (fmt printed the pair's fields); false for other keys.
func (tc *Types) pairedKeyShown(t types.Type, x string) (string, bool) {
	if !types.IsInterface(t) || !tc.anyKeyed(t, 0) || tc.compiledInterface(t) || !tc.dynamicNames {
		return "", false
	}
	open, ok := tc.dynamicShown(t, false)
	if !ok {
		return "gopadBuiltin.Unkept(" + x + ")", true
	}
	return "gopadBuiltin.Unkept(" + open + x + "))", true
}
